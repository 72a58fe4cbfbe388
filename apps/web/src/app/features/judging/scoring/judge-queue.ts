import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApiError, JudgeAssignmentSummary } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../../core/auth/session';
import { CurrentLocale } from '../../../core/i18n/locale';
import { LondonDateTimePipe } from '../../../shared/dates/london-date.pipe';
import { SuccessBanner } from '../../../shared/success-banner';
import { JudgingApi } from '../common/judging-api';
import { judgingFailureKey } from '../common/judging-errors';
import { ASSIGNMENT_TAG } from '../common/panel-model';
import { queueGroups } from './queue-model';

/** `/judging`: the signed-in judge's queue across challenges, with each idea's status. */
@Component({
  selector: 'app-judge-queue',
  imports: [RouterLink, TranslatePipe, LondonDateTimePipe, SuccessBanner],
  template: `
    @if (declared()) {
      <app-success-banner [notice]="{ key: 'judging.queue.declared' }" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.queue.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (queue(); as queue) {
      @for (group of groups(); track group.challengeId) {
        <h2 class="govuk-heading-m govuk-!-margin-bottom-2">{{ group.challengeTitle }}</h2>
        @if (group.assignments.length) {
          <p class="govuk-body">
            {{
              'judging.queue.submittedCount'
                | translate: { submitted: group.submitted, total: group.assignments.length }
            }}
          </p>
          <table class="govuk-table" data-testid="judge-queue">
            <caption class="govuk-table__caption govuk-visually-hidden">
              {{
                'judging.queue.caption' | translate: { challenge: group.challengeTitle }
              }}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">{{ 'judging.shortlist.idea' | translate }}</th>
                <th scope="col" class="govuk-table__header">{{ 'judging.panel.status' | translate }}</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (a of group.assignments; track a.id) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    <a class="govuk-link" [routerLink]="['/judging/assignments', a.id]">{{ a.ideaTitle }}</a>
                  </th>
                  <td class="govuk-table__cell">
                    <strong [class]="'govuk-tag ' + tag[a.status]">{{
                      'judging.status.' + a.status | translate
                    }}</strong>
                    @if (a.submittedAt) {
                      <span class="govuk-body-s govuk-!-margin-left-1">{{
                        a.submittedAt | londonDateTime: locale()
                      }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="govuk-body">{{ 'judging.queue.nothingYet' | translate }}</p>
        }
      } @empty {
        <p class="govuk-body">{{ 'judging.queue.empty' | translate }}</p>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class JudgeQueue {
  private readonly api = inject(JudgingApi);
  private readonly session = inject(Session);
  protected readonly locale = inject(CurrentLocale).locale;
  protected readonly tag = ASSIGNMENT_TAG;
  /** `?declared=1` after a conflict of interest was declared. */
  readonly declared = input<string>();

  protected readonly queue = signal<JudgeAssignmentSummary[] | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly groups = computed(() => queueGroups(this.queue() ?? [], this.session.me()?.judging ?? []));

  constructor() {
    this.api.queue().subscribe({
      next: (queue) => this.queue.set(queue),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }
}
