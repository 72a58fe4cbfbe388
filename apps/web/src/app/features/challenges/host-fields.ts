import { Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { Membership, Organisation } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import type { FormError } from '../../shared/forms/form-errors';
import type { ChallengeFormControls } from './challenge-form-controls';

/** The lead council (one the admin administers) and co-hosting councils (checkboxes). Only when creating. */
@Component({
  selector: 'app-host-fields',
  imports: [ReactiveFormsModule, TranslatePipe],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="leadError()">
      <label class="govuk-label govuk-label--s" for="organisationId">{{
        'challenges.form.leadCouncil' | translate
      }}</label>
      <div class="govuk-hint" id="organisationId-hint">{{ 'challenges.form.leadCouncilHint' | translate }}</div>
      @if (leadError(); as error) {
        <p class="govuk-error-message" id="organisationId-error">
          <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span>
          {{ error.translate ? (error.message | translate: error.params) : error.message }}
        </p>
      }
      <select
        class="govuk-select"
        id="organisationId"
        name="organisationId"
        [class.govuk-select--error]="leadError()"
        [formControl]="form().organisationId"
        [attr.aria-describedby]="leadError() ? 'organisationId-hint organisationId-error' : 'organisationId-hint'"
      >
        <option value="">{{ 'challenges.form.chooseCouncil' | translate }}</option>
        @for (m of memberships(); track m.organisationId) {
          <option [value]="m.organisationId">{{ m.organisationName }}</option>
        }
      </select>
    </div>
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby="coHosts-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {{ 'challenges.form.coHosts' | translate }}
        </legend>
        <div class="govuk-hint" id="coHosts-hint">{{ 'challenges.form.coHostsHint' | translate }}</div>
        @if (partners().length) {
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            @for (org of partners(); track org.id; let first = $first) {
              <div class="govuk-checkboxes__item">
                <input
                  class="govuk-checkboxes__input"
                  type="checkbox"
                  [id]="first ? 'coHosts' : 'coHosts-' + org.id"
                  [checked]="form().coHostOrganisationIds.value.includes(org.id)"
                  (change)="toggle(org.id, $any($event.target).checked)"
                />
                <label class="govuk-label govuk-checkboxes__label" [for]="first ? 'coHosts' : 'coHosts-' + org.id">{{
                  org.name
                }}</label>
              </div>
            }
          </div>
        } @else {
          <p class="govuk-body">{{ 'challenges.form.noOtherCouncils' | translate }}</p>
        }
      </fieldset>
    </div>
  `,
})
export class HostFields {
  readonly form = input.required<ChallengeFormControls>();
  readonly memberships = input.required<readonly Membership[]>();
  readonly organisations = input.required<readonly Organisation[]>();
  /** The lead council chosen now, so it is not offered as a co-host. */
  readonly lead = input('');
  readonly errors = input<readonly FormError[]>([]);

  protected readonly leadError = computed(() => this.errors().find((e) => e.field === 'organisationId'));
  protected readonly partners = computed(() => this.organisations().filter((o) => o.id !== this.lead()));

  protected toggle(id: string, checked: boolean): void {
    const ids = this.form().coHostOrganisationIds.value.filter((x) => x !== id);
    this.form().coHostOrganisationIds.setValue(checked ? [...ids, id] : ids);
  }
}
