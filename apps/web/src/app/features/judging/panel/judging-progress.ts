import {
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError, JudgingProgress } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import { FormError, fieldError } from '../../../shared/forms/form-errors';
import { TextareaField } from '../../../shared/forms/textarea-field';
import { Notice, SuccessBanner } from '../../../shared/success-banner';
import { JudgingApi } from '../common/judging-api';
import { JudgingChallenge } from './judging-challenge';
import { judgingErrors, judgingFailureKey } from '../common/judging-errors';
import { ASSIGNMENT_TAG } from '../common/panel-model';
import { LIMITS } from '@challenge/contract';

type Reopening = { assignmentId: string; judge: string; idea: string };
const REASON_ID = 'reopen-reason';

/** `/challenges/:id/judging/progress`: who has scored what; reopen a judge's submitted scores with a reason. */
@Component({
  selector: 'app-judging-progress',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummary, SuccessBanner, TextareaField],
  template: `
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    <span class="govuk-caption-l">{{ context.title() }}</span>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.progress.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (progress(); as progress) {
      <h2 class="govuk-heading-m">{{ 'judging.progress.byJudge' | translate }}</h2>
      @if (progress.judges.length) {
        <table class="govuk-table" data-testid="progress-judges">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.progress.byJudge' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.judge' | translate }}</th>
              @for (column of judgeColumns; track column) {
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {{ 'judging.progress.' + column | translate }}
                </th>
              }
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (j of progress.judges; track j.judgeId) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">{{ j.displayName }}</th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ j.assigned }}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {{ j.assigned - j.inProgress - j.submitted }}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ j.inProgress }}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ j.submitted }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'judging.panel.noJudges' | translate }}</p>
      }

      <h2 class="govuk-heading-m">{{ 'judging.progress.byIdea' | translate }}</h2>
      @if (progress.ideas.length) {
        <table class="govuk-table" data-testid="progress-ideas">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.progress.byIdea' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.idea' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.judge' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.status' | translate }}</th>
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">{{ 'judging.shortlist.actions' | translate }}</span>
              </th>
            </tr>
          </thead>
          @for (idea of progress.ideas; track idea.ideaId) {
            <tbody class="govuk-table__body">
              @for (j of idea.judges; track j.assignmentId; let first = $first) {
                <tr class="govuk-table__row">
                  @if (first) {
                    <th scope="rowgroup" class="govuk-table__header" [attr.rowspan]="idea.judges.length">
                      {{ idea.title }}
                    </th>
                  }
                  <td class="govuk-table__cell">{{ j.displayName }}</td>
                  <td class="govuk-table__cell">
                    <strong [class]="'govuk-tag ' + tag[j.status]">{{
                      'judging.status.' + j.status | translate
                    }}</strong>
                  </td>
                  <td class="govuk-table__cell">
                    @if (j.status === 'submitted') {
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        [id]="'reopen-' + j.assignmentId"
                        (click)="
                          startReopening({ assignmentId: j.assignmentId, judge: j.displayName, idea: idea.title })
                        "
                      >
                        {{ 'judging.progress.reopen' | translate
                        }}<span class="govuk-visually-hidden">: {{ j.displayName }}, {{ idea.title }}</span>
                      </button>
                    }
                  </td>
                </tr>
              } @empty {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">{{ idea.title }}</th>
                  <td class="govuk-table__cell" colspan="3">{{ 'judging.progress.noJudges' | translate }}</td>
                </tr>
              }
            </tbody>
          }
        </table>
      } @else {
        <p class="govuk-body">{{ 'judging.progress.noIdeas' | translate }}</p>
      }

      @if (reopening(); as r) {
        <h2 class="govuk-heading-m" tabindex="-1" #reopenHeading>
          {{ 'judging.progress.reopenHeading' | translate: { judge: r.judge, idea: r.idea } }}
        </h2>
        <form novalidate (submit)="$event.preventDefault(); reopen(r)">
          <app-textarea-field
            [fieldId]="reasonId"
            label="judging.progress.reasonLabel"
            hint="judging.progress.reasonHint"
            [rows]="3"
            [control]="reason"
            [errors]="errors()"
          />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" [disabled]="busy()">
              {{ 'judging.progress.reopenYes' | translate }}
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" (click)="cancelReopening(r)">
              {{ 'common.cancel' | translate }}
            </button>
          </div>
        </form>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class JudgingProgressPage {
  private readonly api = inject(JudgingApi);
  private readonly injector = inject(Injector);
  protected readonly context = inject(JudgingChallenge);
  protected readonly tag = ASSIGNMENT_TAG;
  protected readonly reasonId = REASON_ID;
  protected readonly judgeColumns = ['assigned', 'notStarted', 'inProgress', 'submitted'] as const;

  protected readonly progress = signal<JudgingProgress | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly reopening = signal<Reopening | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true });
  private readonly reopenHeading = viewChild<ElementRef<HTMLElement>>('reopenHeading');

  constructor() {
    focusHeadingWhen(() => !!this.notice());
    afterRenderEffect(() => this.reopenHeading()?.nativeElement.focus());
    this.api.progress(this.context.id()).subscribe({
      next: (progress) => this.progress.set(progress),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }

  protected startReopening(r: Reopening): void {
    this.errors.set([]);
    this.reason.setValue('');
    this.reopening.set(r);
  }

  protected cancelReopening(r: Reopening): void {
    this.reopening.set(null);
    this.errors.set([]);
    afterNextRender(() => document.getElementById(`reopen-${r.assignmentId}`)?.focus(), { injector: this.injector });
  }

  protected reopen(r: Reopening): void {
    const reason = this.reason.value.trim();
    if (!reason || reason.length > LIMITS.reopenReason) {
      const key = reason ? 'judging.conflicts.reasonTooLong' : 'judging.progress.reasonRequired';
      this.errors.set([fieldError(REASON_ID, key, { max: String(LIMITS.reopenReason) })]);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.notice.set(null);
    this.api.reopen(this.context.id(), r.assignmentId, reason).subscribe({
      next: (progress) => {
        this.busy.set(false);
        this.reopening.set(null);
        this.progress.set(progress);
        this.notice.set({ key: 'judging.progress.reopened', params: { judge: r.judge, idea: r.idea } });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(judgingErrors(error, { reason: REASON_ID }));
      },
    });
  }
}
