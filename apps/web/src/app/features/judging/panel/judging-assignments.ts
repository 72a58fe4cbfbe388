import { Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError, AssignmentsSummary, JudgingProgress } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import { FormError, fieldError } from '../../../shared/forms/form-errors';
import { Notice, SuccessBanner } from '../../../shared/success-banner';
import { JudgingApi } from '../common/judging-api';
import { JudgingChallenge } from './judging-challenge';
import { judgingErrors, judgingFailureKey } from '../common/judging-errors';
import { NumberField } from '../common/number-field';
import { wholeNumber } from './shortlist-model';
import { LIMITS } from '@challenge/contract';

const K_ID = 'judges-per-idea';

/**
 * What to say when judges cannot be assigned: fewer judges on the panel than judges per idea,
 * or (with enough judges) too many conflicts or submitted scores for some ideas.
 */
export function assignmentErrors(error: ApiError, judgesPerIdea: number, panelSize: number): FormError[] {
  if (error.code === 'not_enough_judges' && panelSize < judgesPerIdea) {
    return [
      fieldError(K_ID, 'judging.assignments.tooFewJudges', { k: String(judgesPerIdea), judges: String(panelSize) }),
    ];
  }
  return judgingErrors(error, { judgesPerIdea: K_ID }, { not_enough_judges: K_ID, too_many_locked: K_ID });
}

/** `/challenges/:id/judging/assignments`: give each shortlisted idea k judges, balanced, never a conflicted one. */
@Component({
  selector: 'app-judging-assignments',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummary, SuccessBanner, NumberField],
  template: `
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    <span class="govuk-caption-l">{{ context.title() }}</span>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.assignments.heading' | translate }}</h1>
    <p class="govuk-body">{{ 'judging.assignments.intro' | translate }}</p>
    <form novalidate (submit)="$event.preventDefault(); generate()">
      <app-number-field
        [fieldId]="kId"
        label="judging.assignments.judgesPerIdea"
        hint="judging.assignments.judgesPerIdeaHint"
        [bold]="true"
        [control]="k"
        [errors]="errors()"
      />
      <button type="submit" class="govuk-button" [disabled]="busy()">
        {{ 'judging.assignments.generate' | translate }}
      </button>
    </form>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (progress(); as progress) {
      <h2 class="govuk-heading-m">{{ 'judging.assignments.loadsHeading' | translate }}</h2>
      @if (assigned()) {
        <table class="govuk-table" data-testid="assignment-loads">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.assignments.loadsHeading' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.judge' | translate }}</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {{ 'judging.assignments.ideas' | translate }}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (judge of progress.judges; track judge.judgeId) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">{{ judge.displayName }}</th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ judge.assigned }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'judging.assignments.noneYet' | translate }}</p>
      }
    }
  `,
})
export class JudgingAssignments {
  private readonly api = inject(JudgingApi);
  protected readonly context = inject(JudgingChallenge);
  protected readonly kId = K_ID;

  protected readonly k = new FormControl(String(this.context.challenge()?.judgesPerIdea ?? 3), { nonNullable: true });
  protected readonly progress = signal<JudgingProgress | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly assigned = computed(() => (this.progress()?.judges ?? []).some((j) => j.assigned > 0));

  constructor() {
    focusHeadingWhen(() => !!this.notice());
    this.load();
  }

  protected generate(): void {
    const k = wholeNumber(this.k.value, 1, LIMITS.judgesPerIdea);
    if (k === null) {
      this.errors.set([fieldError(K_ID, 'judging.assignments.kInvalid', { max: String(LIMITS.judgesPerIdea) })]);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.notice.set(null);
    this.api.generateAssignments(this.context.id(), k).subscribe({
      next: (summary: AssignmentsSummary) => {
        this.busy.set(false);
        this.notice.set({
          key: 'judging.assignments.generated',
          params: { created: String(summary.created), removed: String(summary.removed), kept: String(summary.kept) },
        });
        this.context.refresh();
        this.load();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(assignmentErrors(error, k, this.progress()?.judges.length ?? 0));
      },
    });
  }

  private load(): void {
    this.api.progress(this.context.id()).subscribe({
      next: (progress) => this.progress.set(progress),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }
}
