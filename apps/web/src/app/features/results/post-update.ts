import { Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ApiError, ImplementationUpdate } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FieldError, describedBy, errorFor } from '../../shared/forms/field-error';
import { FormError } from '../../shared/forms/form-errors';
import { TextareaField } from '../../shared/forms/textarea-field';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { ImplementationUpdates } from './implementation-updates';
import { ResultsApi } from './results-api';
import { resultsErrorKey } from './results-errors';
import { UPDATE_STATUSES } from './results-format';
import { UPDATE_FIELDS, toUpdateInput, updateApiErrors } from './update-form-model';
import { winningIdeas } from './results-view';

/** `/challenges/:id/results/ideas/:ideaId/update`: a hosting council's admin reports progress on a winning idea. */
@Component({
  selector: 'app-post-update',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummary,
    FieldError,
    ImplementationUpdates,
    SuccessBanner,
    TextareaField,
  ],
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id(), 'results']">{{
      'results.updates.backToResults' | translate
    }}</a>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (ideaTitle(); as title) {
      <span class="govuk-caption-l">{{ title }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'results.updates.formHeading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body" data-testid="update-unavailable">{{ key | translate }}</p>
    } @else if (ideaTitle()) {
      <p class="govuk-body">{{ 'results.updates.formIntro' | translate }}</p>
      <form novalidate (submit)="$event.preventDefault(); submit()">
        <div class="govuk-form-group" [class.govuk-form-group--error]="statusError()">
          <label class="govuk-label govuk-label--s" [for]="fields.status">{{
            'results.updates.statusLabel' | translate
          }}</label>
          <app-field-error [fieldId]="fields.status" [errors]="errors()" />
          <select
            class="govuk-select"
            [class.govuk-select--error]="statusError()"
            [id]="fields.status"
            [name]="fields.status"
            [formControl]="status"
            [attr.aria-describedby]="describedBy(fields.status, false, !!statusError())"
          >
            <option value="">{{ 'results.updates.chooseStatus' | translate }}</option>
            @for (option of statuses; track option) {
              <option [value]="option">{{ 'results.updates.status.' + option | translate }}</option>
            }
          </select>
        </div>
        <app-textarea-field
          [fieldId]="fields.body"
          label="results.updates.bodyLabel"
          hint="results.updates.bodyHint"
          [control]="body"
          [errors]="errors()"
        />
        <app-textarea-field
          [fieldId]="fields.bodyCy"
          label="results.updates.bodyCyLabel"
          hint="results.updates.bodyCyHint"
          lang="cy"
          [control]="bodyCy"
          [errors]="errors()"
        />
        <div class="govuk-form-group" [class.govuk-form-group--error]="spendError()">
          <label class="govuk-label govuk-label--s" [for]="fields.spendPence">{{
            'results.updates.spendLabel' | translate
          }}</label>
          <div class="govuk-hint" [id]="fields.spendPence + '-hint'">{{ 'results.updates.spendHint' | translate }}</div>
          <app-field-error [fieldId]="fields.spendPence" [errors]="errors()" />
          <div class="govuk-input__wrapper">
            <div class="govuk-input__prefix" aria-hidden="true">£</div>
            <input
              class="govuk-input govuk-input--width-10"
              [class.govuk-input--error]="spendError()"
              type="text"
              inputmode="decimal"
              spellcheck="false"
              [id]="fields.spendPence"
              [name]="fields.spendPence"
              [formControl]="spend"
              [attr.aria-describedby]="describedBy(fields.spendPence, true, !!spendError())"
            />
          </div>
        </div>
        <button type="submit" class="govuk-button" [disabled]="busy()">
          {{ 'results.updates.submit' | translate }}
        </button>
      </form>

      @if (updates().length) {
        <h2 class="govuk-heading-m">{{ 'results.updates.earlier' | translate }}</h2>
        <app-implementation-updates [updates]="updates()" />
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class PostUpdate {
  private readonly api = inject(ResultsApi);
  /** The challenge and idea ids from the route. */
  readonly id = input.required<string>();
  readonly ideaId = input.required<string>();

  protected readonly fields = UPDATE_FIELDS;
  protected readonly statuses = UPDATE_STATUSES;
  protected readonly describedBy = describedBy;
  // Both cancelled when the challenge or idea changes; a posted update joins the list in place.
  private readonly loadedResults = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  private readonly loadedUpdates = rxResource({
    params: () => ({ id: this.id(), ideaId: this.ideaId() }),
    stream: ({ params }) => this.api.ideaUpdates(params.id, params.ideaId),
  });
  protected readonly results = computed(() => valueOf(this.loadedResults));
  protected readonly updates = linkedSignal<ImplementationUpdate[]>(() => valueOf(this.loadedUpdates) ?? []);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = new FormControl('', { nonNullable: true });
  protected readonly body = new FormControl('', { nonNullable: true });
  protected readonly bodyCy = new FormControl('', { nonNullable: true });
  protected readonly spend = new FormControl('', { nonNullable: true });
  protected readonly statusError = computed(() => errorFor(this.errors(), UPDATE_FIELDS.status));
  protected readonly spendError = computed(() => errorFor(this.errors(), UPDATE_FIELDS.spendPence));
  protected readonly ideaTitle = computed(() => {
    const idea = winningIdeas(this.results()?.awards ?? []).find((i) => i.ideaId === this.ideaId());
    return idea?.ideaTitle ?? null;
  });
  protected readonly failed = computed(() => {
    const error = errorOf(this.loadedResults);
    if (error) return resultsErrorKey(error);
    const results = this.results();
    if (!results) return null;
    if (results.status !== 'published') return 'results.errors.notPublished';
    return this.ideaTitle() ? null : 'results.errors.notAWinner';
  });

  constructor() {
    focusHeadingWhen(() => !!this.notice());
  }

  protected submit(): void {
    const { errors, input } = toUpdateInput({
      status: this.status.value,
      body: this.body.value,
      bodyCy: this.bodyCy.value,
      spend: this.spend.value,
    });
    this.errors.set(errors);
    if (!input || this.busy()) return;
    this.notice.set(null);
    this.busy.set(true);
    this.api.postUpdate(this.id(), this.ideaId(), input).subscribe({
      next: (update) => {
        this.busy.set(false);
        this.updates.update((list) => [update, ...list]);
        for (const control of [this.status, this.body, this.bodyCy, this.spend]) control.setValue('');
        this.notice.set({ key: 'results.updates.posted', params: { title: update.ideaTitle } });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(updateApiErrors(error));
      },
    });
  }
}
