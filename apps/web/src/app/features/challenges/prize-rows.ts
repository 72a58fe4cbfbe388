import { Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError, describedBy, errorFor } from '../../shared/forms/field-error';
import type { FormError } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';
import type { ChallengeFormControls } from './challenge-form-controls';

/** Prize tiers: one fieldset per prize (name, Welsh name, amount, count, category, People's Choice), add and remove. */
@Component({
  selector: 'app-prize-rows',
  imports: [ReactiveFormsModule, TranslatePipe, TextField, FieldError],
  template: `
    @for (prize of form().prizes.value; track prize; let i = $index) {
      <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" data-testid="prize-row">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {{ 'challenges.form.prizeTier' | translate: { number: i + 1 } }}
        </legend>
        <app-text-field
          [fieldId]="'prize-' + i + '-name'"
          label="challenges.form.prizeName"
          [control]="prize.name"
          [errors]="errors()"
        />
        <app-text-field
          [fieldId]="'prize-' + i + '-nameCy'"
          label="challenges.form.prizeNameCy"
          [control]="prize.nameCy"
          [errors]="errors()"
        />
        <app-text-field
          [fieldId]="'prize-' + i + '-amount'"
          label="challenges.form.prizeAmount"
          hint="challenges.form.prizePotHint"
          [control]="prize.amount"
          [errors]="errors()"
        />
        <app-text-field
          [fieldId]="'prize-' + i + '-count'"
          label="challenges.form.prizeCount"
          [control]="prize.count"
          [errors]="errors()"
        />
        <app-text-field
          [fieldId]="'prize-' + i + '-category'"
          label="challenges.form.prizeCategory"
          [control]="prize.category"
          [errors]="errors()"
        />
        <div class="govuk-form-group" [class.govuk-form-group--error]="peoplesChoiceError(i)">
          <app-field-error [fieldId]="'prize-' + i + '-peoplesChoice'" [errors]="errors()" />
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                type="checkbox"
                [id]="'prize-' + i + '-peoplesChoice'"
                [attr.aria-describedby]="describedBy('prize-' + i + '-peoplesChoice', true, peoplesChoiceError(i))"
                [formControl]="prize.peoplesChoice"
              />
              <label class="govuk-label govuk-checkboxes__label" [for]="'prize-' + i + '-peoplesChoice'">{{
                'voting.settings.peoplesChoice' | translate
              }}</label>
              <div class="govuk-hint govuk-checkboxes__hint" [id]="'prize-' + i + '-peoplesChoice-hint'">
                {{ 'voting.settings.peoplesChoiceHint' | translate }}
              </div>
            </div>
          </div>
        </div>
        <button type="button" class="govuk-button govuk-button--warning" (click)="form().removePrize(i)">
          {{ 'challenges.form.removePrize' | translate: { number: i + 1 } }}
        </button>
      </fieldset>
    } @empty {
      <p class="govuk-body">{{ 'challenges.form.noPrizes' | translate }}</p>
    }
    <div class="govuk-form-group" [class.govuk-form-group--error]="listError()">
      @if (listError(); as error) {
        <p class="govuk-error-message" id="prizes-error">
          <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span>
          {{ error.translate ? (error.message | translate: error.params) : error.message }}
        </p>
      }
      <button
        type="button"
        id="prizes"
        class="govuk-button govuk-button--secondary"
        [attr.aria-describedby]="listError() ? 'prizes-error' : null"
        (click)="form().addPrize()"
      >
        {{ 'challenges.form.addPrize' | translate }}
      </button>
    </div>
  `,
})
export class PrizeRows {
  readonly form = input.required<ChallengeFormControls>();
  readonly errors = input<readonly FormError[]>([]);

  protected readonly describedBy = describedBy;

  /** True when the API rejected a prize's People's Choice checkbox (`prizes.N.peoplesChoice`). */
  protected peoplesChoiceError(index: number): boolean {
    return !!errorFor(this.errors(), `prize-${index}-peoplesChoice`);
  }

  protected listError(): FormError | undefined {
    return this.errors().find((e) => e.field === 'prizes');
  }
}
