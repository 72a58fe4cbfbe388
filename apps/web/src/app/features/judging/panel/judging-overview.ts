import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { forkJoin } from 'rxjs';
import { JudgingApi } from '../common/judging-api';
import { JudgingChallenge } from './judging-challenge';
import { judgingFailureKey } from '../common/judging-errors';
import { JudgingTask, judgingTasks } from './judging-tasks';

/** `/challenges/:id/judging`: the judging tasks of a challenge and where each stands (GOV.UK task list). */
@Component({
  selector: 'app-judging-overview',
  imports: [RouterLink, TranslatePipe],
  template: `
    <span class="govuk-caption-l">{{ context.title() }}</span>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.overview.heading' | translate }}</h1>
    <p class="govuk-body">{{ 'judging.overview.intro' | translate }}</p>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (tasks(); as tasks) {
      <ul class="govuk-task-list" data-testid="judging-tasks">
        @for (task of tasks; track task.page) {
          <li class="govuk-task-list__item govuk-task-list__item--with-link">
            <div class="govuk-task-list__name-and-hint">
              <a
                class="govuk-link govuk-task-list__link"
                [routerLink]="['/challenges', context.id(), 'judging', task.page]"
                [attr.aria-describedby]="'task-' + task.page + '-hint task-' + task.page + '-status'"
                >{{ 'judging.nav.' + task.page | translate }}</a
              >
              <div class="govuk-task-list__hint" [id]="'task-' + task.page + '-hint'">
                {{ 'judging.overview.hints.' + task.page | translate }}
              </div>
            </div>
            <div class="govuk-task-list__status" [id]="'task-' + task.page + '-status'">
              @if (task.tag) {
                <strong [class]="'govuk-tag ' + task.tag">{{ task.status | translate: task.params }}</strong>
              } @else {
                {{ task.status | translate: task.params }}
              }
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class JudgingOverview {
  private readonly api = inject(JudgingApi);
  protected readonly context = inject(JudgingChallenge);
  protected readonly tasks = signal<JudgingTask[] | null>(null);
  protected readonly failed = signal<string | null>(null);

  constructor() {
    const id = this.context.id();
    forkJoin({
      rubric: this.api.rubric(id),
      panel: this.api.panel(id),
      shortlist: this.api.shortlist(id),
      conflicts: this.api.conflicts(id),
      progress: this.api.progress(id),
    }).subscribe({
      next: (facts) => this.tasks.set(judgingTasks(facts, Date.now())),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }
}
