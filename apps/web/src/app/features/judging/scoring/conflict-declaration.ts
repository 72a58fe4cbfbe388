import { Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import type { FormError } from '../../../shared/forms/form-errors';
import { TextareaField } from '../../../shared/forms/textarea-field';
import { JudgingApi } from '../common/judging-api';
import { conflictErrors } from '../panel/judging-conflicts';
import { judgingErrors } from '../common/judging-errors';

export const DECLARE_REASON_ID = 'declare-reason';

/** "I have a conflict of interest": a judge declares one with a reason; the idea then leaves their queue. */
@Component({
  selector: 'app-conflict-declaration',
  imports: [ReactiveFormsModule, TranslatePipe, TextareaField],
  template: `
    <details class="govuk-details" data-testid="declare-conflict">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{{ 'judging.declare.summary' | translate }}</span>
      </summary>
      <div class="govuk-details__text">
        <p class="govuk-body">{{ 'judging.declare.intro' | translate }}</p>
        <form novalidate (submit)="$event.preventDefault(); declare()">
          <app-textarea-field
            [fieldId]="reasonId"
            label="judging.declare.reason"
            hint="judging.declare.reasonHint"
            [rows]="3"
            [control]="reason"
            [errors]="errors()"
          />
          <button type="submit" class="govuk-button govuk-button--warning" [disabled]="busy()">
            {{ 'judging.declare.submit' | translate }}
          </button>
        </form>
      </div>
    </details>
  `,
})
export class ConflictDeclaration {
  private readonly api = inject(JudgingApi);
  readonly challengeId = input.required<string>();
  readonly ideaId = input.required<string>();
  readonly errors = input<readonly FormError[]>([]);
  /** Errors to show (in the page's error summary), or an empty list when declared. */
  readonly failed = output<FormError[]>();
  readonly declared = output<void>();

  protected readonly reasonId = DECLARE_REASON_ID;
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);

  protected declare(): void {
    const errors = conflictErrors(
      { ideaId: this.ideaId(), reason: this.reason.value },
      {
        judge: '',
        idea: '',
        reason: DECLARE_REASON_ID,
      },
    );
    this.failed.emit(errors);
    if (errors.length || this.busy()) return;
    this.busy.set(true);
    this.api
      .declareConflict(this.challengeId(), { ideaId: this.ideaId(), reason: this.reason.value.trim() })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.declared.emit();
        },
        error: (error: ApiError) => {
          this.busy.set(false);
          this.failed.emit(judgingErrors(error, { reason: DECLARE_REASON_ID }));
        },
      });
  }
}
