import { Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { CurrentLocale } from '../../core/i18n/locale';
import { apiErrorKey, isUnavailable } from '../../shared/forms/api-errors';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { pageTitleFrom } from '../../shared/page-title';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { IdeaUpdates } from '../results';
import { VoteControl } from '../voting';
import { fileSize } from './file-size';
import { IdeaComments } from './idea-comments';
import { IdeaStatus } from './idea-status';
import { IdeasApi } from '../../shared/api/ideas-api';

/** One idea: its details, files, status for the team, edit and withdraw, report, and comments. */
@Component({
  selector: 'app-idea-page',
  imports: [RouterLink, TranslatePipe, SuccessBanner, IdeaComments, IdeaStatus, IdeaUpdates, VoteControl],
  template: `
    @if (idea(); as idea) {
      <a class="govuk-back-link" [routerLink]="['/challenges', idea.challengeId, 'ideas']">{{
        'ideas.page.back' | translate
      }}</a>
      @if (notice(); as notice) {
        <app-success-banner [notice]="notice" />
      }
      <h1 class="govuk-heading-l" tabindex="-1">{{ idea.title }}</h1>
      <app-idea-status [idea]="idea" />
      @if (idea.summary) {
        <p class="govuk-body-l govuk-!-margin-top-4">{{ idea.summary }}</p>
      }
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{{ 'ideas.page.author' | translate }}</dt>
          <dd class="govuk-summary-list__value">{{ idea.author.displayName }}</dd>
        </div>
        @if (coAuthors().length) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'ideas.page.team' | translate }}</dt>
            <dd class="govuk-summary-list__value">{{ coAuthors() }}</dd>
          </div>
        }
        @if (idea.category) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'ideas.page.category' | translate }}</dt>
            <dd class="govuk-summary-list__value">{{ idea.category }}</dd>
          </div>
        }
        @if (idea.location; as location) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'ideas.page.location' | translate }}</dt>
            <dd class="govuk-summary-list__value">
              @if (location.label) {
                {{ location.label }}<br />
              }
              <span class="govuk-body-s">{{ location.latitude }}, {{ location.longitude }}</span>
            </dd>
          </div>
        }
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{{ 'ideas.page.supporters' | translate }}</dt>
          <dd class="govuk-summary-list__value" data-testid="supporters">{{ idea.voteCount }}</dd>
        </div>
      </dl>
      @if (challenge(); as challenge) {
        @if (idea.status === 'submitted' && idea.moderationStatus === 'approved') {
          <app-vote-control
            [challenge]="challenge"
            [ideaId]="idea.id"
            [ideaTitle]="idea.title"
            [ownIdea]="idea.viewer.isTeamMember"
            (changed)="countVote($event)"
          />
        }
      }

      @if (idea.descriptionHtml) {
        <h2 class="govuk-heading-m">{{ 'ideas.page.description' | translate }}</h2>
        <div class="govuk-body app-idea-description" [innerHTML]="idea.descriptionHtml"></div>
      }

      @if (idea.attachments.length) {
        <h2 class="govuk-heading-m">{{ 'ideas.page.attachments' | translate }}</h2>
        <ul class="govuk-list" data-testid="attachments">
          @for (file of idea.attachments; track file.id) {
            <li>
              <a class="govuk-link" [href]="file.url">{{ file.fileName }}</a>
              <span class="govuk-body-s"> ({{ size(file.sizeBytes, locale()) }})</span>
            </li>
          }
        </ul>
      }

      @if (confirmingWithdraw()) {
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{{ 'ideas.page.warning' | translate }}</span>
            {{ 'ideas.page.withdrawWarning' | translate }}
          </strong>
        </div>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button govuk-button--warning" [disabled]="busy()" (click)="withdraw()">
            {{ 'ideas.page.withdrawConfirm' | translate }}
          </button>
          <button type="button" class="govuk-button govuk-button--secondary" (click)="confirmingWithdraw.set(false)">
            {{ 'common.cancel' | translate }}
          </button>
        </div>
      } @else {
        <div class="govuk-button-group">
          @if (idea.viewer.canEdit) {
            <a class="govuk-button govuk-button--secondary" [routerLink]="['/ideas', idea.id, 'edit']">{{
              'ideas.page.edit' | translate
            }}</a>
          }
          @if (canWithdraw()) {
            <button type="button" class="govuk-button govuk-button--warning" (click)="confirmingWithdraw.set(true)">
              {{ 'ideas.page.withdraw' | translate }}
            </button>
          }
          @if (session.signedIn() && !idea.viewer.isTeamMember) {
            <a class="govuk-link" [routerLink]="['/ideas', idea.id, 'report']">{{ 'ideas.page.report' | translate }}</a>
          }
        </div>
      }
      @if (failed(); as key) {
        <p class="govuk-error-message" role="alert">{{ key | translate }}</p>
      }

      @if (idea.status === 'submitted') {
        <app-idea-updates [challengeId]="idea.challengeId" [ideaId]="idea.id" />
      }

      <app-idea-comments [ideaId]="idea.id" />
    } @else if (failed(); as key) {
      <h1 class="govuk-heading-l" tabindex="-1">{{ 'ideas.page.unavailable' | translate }}</h1>
      <p class="govuk-body">{{ key | translate }}</p>
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class IdeaPage {
  private readonly api = inject(IdeasApi);
  protected readonly session = inject(Session);
  protected readonly locale = inject(CurrentLocale).locale;
  readonly id = input.required<string>();

  /** The idea; a new id cancels the request for the previous one. Votes and withdrawing update it in place. */
  private readonly loaded = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly idea = linkedSignal(() => valueOf(this.loaded));
  protected readonly failed = linkedSignal<string | null>(() => {
    const error = errorOf(this.loaded);
    if (!error) return null;
    return error.statusCode === 404 || error.statusCode === 403 ? 'ideas.errors.notFound' : 'common.serviceUnavailable';
  });
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirmingWithdraw = signal(false);
  protected readonly size = fileSize;
  /** The challenge of an idea that loaded as submitted: whether it still takes submissions (no withdrawing after) and its voting. */
  private readonly loadedChallenge = rxResource({
    params: () => {
      const idea = valueOf(this.loaded);
      return idea?.status === 'submitted' ? idea.challengeId : undefined;
    },
    stream: ({ params }) => this.api.challenge(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  private readonly submissionsOpen = linkedSignal(() => !!this.challenge()?.open?.submissions);
  /** Only the author may withdraw, only a submitted idea, and only while submissions are open. */
  protected readonly canWithdraw = computed(() => {
    const idea = this.idea();
    return !!idea && idea.viewer.isAuthor && idea.status === 'submitted' && this.submissionsOpen();
  });
  protected readonly coAuthors = computed(() => {
    const idea = this.idea();
    if (!idea) return '';
    return idea.team
      .filter((p) => p.id !== idea.author.id)
      .map((p) => p.displayName)
      .join(', ');
  });

  constructor() {
    // "<idea title> – Council Challenges" once the idea loads.
    pageTitleFrom(computed(() => this.idea()?.title));
  }

  /** Keeps the supporter count in step with the person's own vote or withdrawal. */
  protected countVote(delta: number): void {
    this.idea.update((idea) => (idea ? { ...idea, voteCount: Math.max(0, idea.voteCount + delta) } : idea));
  }

  protected withdraw(): void {
    const idea = this.idea();
    if (!idea || this.busy()) return;
    this.busy.set(true);
    this.api.withdraw(idea.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirmingWithdraw.set(false);
        this.notice.set({ key: 'ideas.page.withdrawn' });
        this.api.get(idea.id).subscribe({ next: (fresh) => this.idea.set(fresh), error: () => undefined });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.confirmingWithdraw.set(false);
        if (error.code === 'submissions_closed') this.submissionsOpen.set(false);
        this.failed.set(
          isUnavailable(error) ? 'common.serviceUnavailable' : (apiErrorKey(error.code) ?? 'ideas.page.withdrawFailed'),
        );
      },
    });
  }
}
