import { Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FieldError, errorFor } from '../../shared/forms/field-error';
import { FormError, apiFormErrors, fieldError } from '../../shared/forms/form-errors';
import { IdeasApi } from '../../shared/api/ideas-api';
import { LIMITS } from '@challenge/contract';

/** Report an idea, or one of its comments (`?comment=`), to the council's moderators. */
@Component({
  selector: 'app-report-form',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, FieldError],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (sent()) {
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title" tabindex="-1">{{ 'ideas.report.sentTitle' | translate }}</h1>
            <div class="govuk-panel__body">{{ 'ideas.report.sentText' | translate }}</div>
          </div>
          <p class="govuk-body">
            <a class="govuk-link" [routerLink]="['/ideas', id()]">{{ 'ideas.report.backToIdea' | translate }}</a>
          </p>
        } @else {
          <a class="govuk-back-link" [routerLink]="['/ideas', id()]">{{ 'ideas.report.backToIdea' | translate }}</a>
          <app-error-summary [errors]="errors()" />
          <form novalidate (submit)="$event.preventDefault(); send()">
            <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
              <h1 class="govuk-label-wrapper" tabindex="-1">
                <label class="govuk-label govuk-label--l" for="reason">{{ heading() | translate }}</label>
              </h1>
              <div class="govuk-hint" id="reason-hint">{{ 'ideas.report.hint' | translate }}</div>
              <app-field-error fieldId="reason" [errors]="errors()" />
              <textarea
                class="govuk-textarea"
                [class.govuk-textarea--error]="error()"
                id="reason"
                rows="5"
                [formControl]="reason"
                [attr.aria-describedby]="error() ? 'reason-hint reason-error' : 'reason-hint'"
              ></textarea>
            </div>
            <button type="submit" class="govuk-button" [disabled]="busy()">
              {{ 'ideas.report.submit' | translate }}
            </button>
          </form>
        }
      </div>
    </div>
  `,
})
export class ReportForm {
  private readonly api = inject(IdeasApi);
  readonly id = input.required<string>();
  /** The comment being reported, from `?comment=`; the idea itself without it. */
  readonly comment = input<string>();

  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly heading = computed(() =>
    this.comment() ? 'ideas.report.commentHeading' : 'ideas.report.ideaHeading',
  );
  protected readonly error = computed(() => errorFor(this.errors(), 'reason'));

  constructor() {
    focusHeadingWhen(() => this.sent());
  }

  protected send(): void {
    const reason = this.reason.value.trim();
    const errors = !reason
      ? [fieldError('reason', 'ideas.report.required')]
      : reason.length > LIMITS.reportReason
        ? [fieldError('reason', 'ideas.report.tooLong', { max: `${LIMITS.reportReason}` })]
        : [];
    this.errors.set(errors);
    if (errors.length || this.busy()) return;
    this.busy.set(true);
    this.api.report(this.id(), reason, this.comment() || undefined).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, { reason: 'reason' }));
      },
    });
  }
}
