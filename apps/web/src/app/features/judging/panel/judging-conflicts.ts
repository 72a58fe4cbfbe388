import { Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError, Conflict, PanelJudge, ShortlistIdea } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { forkJoin } from 'rxjs';
import { CurrentLocale } from '../../../core/i18n/locale';
import { LondonDatePipe } from '../../../shared/dates/london-date.pipe';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import { FieldError, errorFor } from '../../../shared/forms/field-error';
import { FormError, fieldError } from '../../../shared/forms/form-errors';
import { TextareaField } from '../../../shared/forms/textarea-field';
import { Notice, SuccessBanner } from '../../../shared/success-banner';
import { JudgingApi } from '../common/judging-api';
import { JudgingChallenge } from './judging-challenge';
import { judgingErrors, judgingFailureKey } from '../common/judging-errors';
import { LIMITS } from '@challenge/contract';

const IDS = { judge: 'conflict-judge', idea: 'conflict-idea', reason: 'conflict-reason' };

/** The errors of a conflict form (judge and idea chosen, a reason of at most 1000 characters). */
export function conflictErrors(values: { judgeId?: string; ideaId: string; reason: string }, ids = IDS): FormError[] {
  const errors: FormError[] = [];
  if (values.judgeId !== undefined && !values.judgeId)
    errors.push(fieldError(ids.judge, 'judging.conflicts.judgeRequired'));
  if (!values.ideaId) errors.push(fieldError(ids.idea, 'judging.conflicts.ideaRequired'));
  const reason = values.reason.trim();
  if (!reason) errors.push(fieldError(ids.reason, 'judging.conflicts.reasonRequired'));
  else if (reason.length > LIMITS.conflictReason) {
    errors.push(fieldError(ids.reason, 'judging.conflicts.reasonTooLong', { max: String(LIMITS.conflictReason) }));
  }
  return errors;
}

/** `/challenges/:id/judging/conflicts`: every declared or recorded conflict of interest; record one for a judge. */
@Component({
  selector: 'app-judging-conflicts',
  imports: [ReactiveFormsModule, TranslatePipe, LondonDatePipe, ErrorSummary, FieldError, SuccessBanner, TextareaField],
  template: `
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    <span class="govuk-caption-l">{{ context.title() }}</span>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.conflicts.heading' | translate }}</h1>
    <p class="govuk-body">{{ 'judging.conflicts.intro' | translate }}</p>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (conflicts(); as conflicts) {
      @if (conflicts.length) {
        <table class="govuk-table" data-testid="conflicts">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.conflicts.heading' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.judge' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.idea' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.reason' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.conflicts.recorded' | translate }}</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (c of conflicts; track c.id) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">{{ c.judgeName }}</th>
                <td class="govuk-table__cell">{{ c.ideaTitle }}</td>
                <td class="govuk-table__cell">{{ c.reason }}</td>
                <td class="govuk-table__cell">
                  {{
                    (c.recordedByAdmin ? 'judging.conflicts.byAdminOn' : 'judging.conflicts.byJudgeOn')
                      | translate: { date: (c.createdAt | londonDate: locale()) }
                  }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'judging.conflicts.none' | translate }}</p>
      }

      <h2 class="govuk-heading-m">{{ 'judging.conflicts.recordHeading' | translate }}</h2>
      @if (!judges().length) {
        <p class="govuk-body">{{ 'judging.conflicts.noJudges' | translate }}</p>
      } @else if (!ideas().length) {
        <p class="govuk-body">{{ 'judging.conflicts.noIdeas' | translate }}</p>
      } @else {
        <form novalidate (submit)="$event.preventDefault(); record()">
          <div class="govuk-form-group" [class.govuk-form-group--error]="has(ids.judge)">
            <label class="govuk-label govuk-label--s" [for]="ids.judge">{{
              'judging.conflicts.judge' | translate
            }}</label>
            <app-field-error [fieldId]="ids.judge" [errors]="errors()" />
            <select
              class="govuk-select"
              [class.govuk-select--error]="has(ids.judge)"
              [id]="ids.judge"
              [formControl]="judge"
              [attr.aria-describedby]="has(ids.judge) ? ids.judge + '-error' : null"
            >
              <option value="">{{ 'judging.conflicts.chooseJudge' | translate }}</option>
              @for (j of judges(); track j.userId) {
                <option [value]="j.userId">{{ j.displayName }} ({{ j.email }})</option>
              }
            </select>
          </div>
          <div class="govuk-form-group" [class.govuk-form-group--error]="has(ids.idea)">
            <label class="govuk-label govuk-label--s" [for]="ids.idea">{{
              'judging.conflicts.idea' | translate
            }}</label>
            <div class="govuk-hint" [id]="ids.idea + '-hint'">{{ 'judging.conflicts.ideaHint' | translate }}</div>
            <app-field-error [fieldId]="ids.idea" [errors]="errors()" />
            <select
              class="govuk-select"
              [class.govuk-select--error]="has(ids.idea)"
              [id]="ids.idea"
              [formControl]="idea"
              [attr.aria-describedby]="ids.idea + '-hint' + (has(ids.idea) ? ' ' + ids.idea + '-error' : '')"
            >
              <option value="">{{ 'judging.conflicts.chooseIdea' | translate }}</option>
              @for (i of ideas(); track i.ideaId) {
                <option [value]="i.ideaId">{{ i.title }}</option>
              }
            </select>
          </div>
          <app-textarea-field
            [fieldId]="ids.reason"
            label="judging.conflicts.reasonLabel"
            hint="judging.conflicts.reasonHint"
            [rows]="3"
            [control]="reason"
            [errors]="errors()"
          />
          <button type="submit" class="govuk-button" [disabled]="busy()">
            {{ 'judging.conflicts.record' | translate }}
          </button>
        </form>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class JudgingConflicts {
  private readonly api = inject(JudgingApi);
  protected readonly context = inject(JudgingChallenge);
  protected readonly locale = inject(CurrentLocale).locale;
  protected readonly ids = IDS;

  protected readonly conflicts = signal<Conflict[] | null>(null);
  protected readonly judges = signal<PanelJudge[]>([]);
  protected readonly ideas = signal<ShortlistIdea[]>([]);
  protected readonly failed = signal<string | null>(null);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly judge = new FormControl('', { nonNullable: true });
  protected readonly idea = new FormControl('', { nonNullable: true });
  protected readonly reason = new FormControl('', { nonNullable: true });

  constructor() {
    focusHeadingWhen(() => !!this.notice());
    const id = this.context.id();
    forkJoin({ panel: this.api.panel(id), shortlist: this.api.shortlist(id) }).subscribe({
      next: ({ panel, shortlist }) => {
        this.judges.set(panel.judges);
        this.ideas.set(shortlist.ideas);
        this.load();
      },
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }

  protected has(id: string): boolean {
    return !!errorFor(this.errors(), id);
  }

  protected record(): void {
    const values = { judgeId: this.judge.value, ideaId: this.idea.value, reason: this.reason.value };
    const errors = conflictErrors(values);
    this.errors.set(errors);
    if (errors.length || this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.api.declareConflict(this.context.id(), { ...values, reason: values.reason.trim() }).subscribe({
      next: (conflict) => {
        this.busy.set(false);
        this.judge.setValue('');
        this.idea.setValue('');
        this.reason.setValue('');
        this.notice.set({
          key: 'judging.conflicts.recordedNotice',
          params: { judge: conflict.judgeName, idea: conflict.ideaTitle },
        });
        this.load();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(
          judgingErrors(
            error,
            { judgeId: IDS.judge, ideaId: IDS.idea, reason: IDS.reason },
            { judge_not_on_panel: IDS.judge, idea_not_in_challenge: IDS.idea },
          ),
        );
      },
    });
  }

  private load(): void {
    this.api.conflicts(this.context.id()).subscribe({
      next: (conflicts) => this.conflicts.set(conflicts),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }
}
