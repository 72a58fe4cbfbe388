import {
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  linkedSignal,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ApiError, Challenge, NextPair, PairAnswerRequest, PairIdea, PairwiseScores } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';
import type { Notice } from '../../shared/success-banner';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { localised } from '../../shared/i18n/local-text';
import { PairwiseScoresTable } from './pairwise-scores-table';
import { VotesApi } from './votes-api';
import { votingErrorKey, votingPhase } from './voting-rules';

/** Errors after which the page asks for a fresh pair rather than stopping. */
const NEW_PAIR = new Set(['pair_invalid', 'winner_not_in_pair', 'idea_not_listed', 'own_idea']);

/**
 * `/challenges/:id/compare`: pairwise voting. Two ideas side by side, "Choose this idea" under each
 * and "I can't decide"; after each answer the next pair is shown, announced, and focus moves to it.
 */
@Component({
  selector: 'app-compare-ideas',
  imports: [RouterLink, TranslatePipe, LondonDateTimePipe, PairwiseScoresTable],
  styles: `
    .app-pair-idea {
      border: 1px solid #b1b4b6;
      padding: 15px;
      margin-bottom: 20px;
    }
    .app-pair-idea h2:focus {
      outline: 3px solid #ffdd00;
      box-shadow: 0 4px 0 #0b0c0c;
    }
  `,
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id()]">{{ 'voting.compare.back' | translate }}</a>
    @if (challenge()) {
      <span class="govuk-caption-l">{{ challengeTitle() }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'voting.compare.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (blocked(); as blocked) {
      <div class="govuk-inset-text" data-testid="compare-blocked">
        {{ blocked.key | translate: { date: (blocked.date | londonDateTime: locale()) } }}
      </div>
    } @else if (next(); as next) {
      <p class="govuk-body">{{ 'voting.compare.intro' | translate }}</p>
      <p class="govuk-body-s" data-testid="answered">
        {{ 'voting.compare.answered' | translate: { count: answered() } }}
      </p>
      @if (error(); as key) {
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span> {{ key | translate }}
        </p>
      }
      @if (next.pair; as pair) {
        <div class="govuk-grid-row" data-testid="pair">
          @for (idea of pair; track $index; let i = $index) {
            <div class="govuk-grid-column-one-half">
              <section class="app-pair-idea" [attr.aria-labelledby]="'pair-idea-' + i">
                <span class="govuk-caption-m">{{ 'voting.compare.pairLabel' | translate: { number: i + 1 } }}</span>
                <h2 class="govuk-heading-m" tabindex="-1" [id]="'pair-idea-' + i" #ideaHeading>{{ idea.title }}</h2>
                @if (idea.category; as category) {
                  <p class="govuk-body-s">
                    <strong class="govuk-tag govuk-tag--blue">{{
                      'voting.compare.category' | translate: { category }
                    }}</strong>
                  </p>
                }
                @if (idea.summary) {
                  <p class="govuk-body">{{ idea.summary }}</p>
                }
                <button
                  type="button"
                  class="govuk-button govuk-!-margin-bottom-0"
                  [attr.data-testid]="'choose-' + i"
                  [attr.aria-label]="'voting.compare.chooseNamed' | translate: { title: idea.title }"
                  (click)="choose(idea)"
                >
                  {{ 'voting.compare.choose' | translate }}
                </button>
              </section>
            </div>
          }
        </div>
        <div class="govuk-form-group">
          <div class="govuk-hint" id="skip-hint">{{ 'voting.compare.skipHint' | translate }}</div>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            aria-describedby="skip-hint"
            (click)="skip()"
          >
            {{ 'voting.compare.skip' | translate }}
          </button>
        </div>
      } @else {
        <div class="govuk-panel govuk-panel--confirmation" data-testid="compare-done">
          <h2 class="govuk-panel__title" tabindex="-1" #doneHeading>{{ 'voting.compare.doneHeading' | translate }}</h2>
          <div class="govuk-panel__body">{{ 'voting.compare.doneText' | translate }}</div>
        </div>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
    <div class="govuk-body" role="status" data-testid="compare-status">
      @if (announcement(); as notice) {
        {{ notice.key | translate: notice.params }}
      }
    </div>
    @if (scores(); as scores) {
      <app-pairwise-scores-table [scores]="scores" />
    }
  `,
})
export class CompareIdeas {
  private readonly challenges = inject(ChallengesApi);
  private readonly votes = inject(VotesApi);
  private readonly session = inject(Session);
  protected readonly locale = inject(CurrentLocale).locale;
  /** The challenge id from the route. */
  readonly id = input.required<string>();

  /** Cancelled when the id changes; the pair and the scores follow the challenge that loaded. */
  private readonly loadedChallenge = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.challenges.get(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  protected readonly next = signal<NextPair | null>(null);
  protected readonly answered = signal(0);
  protected readonly failed = linkedSignal<string | null>(() => {
    const error = errorOf(this.loadedChallenge);
    return error ? votingErrorKey(error) : null;
  });
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal<Notice | null>(null);
  protected readonly scores = signal<PairwiseScores | null>(null);
  private readonly busy = signal(false);
  private readonly ideaHeading = viewChild<ElementRef<HTMLElement>>('ideaHeading');
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');
  /** Set after an answer: the next render moves focus to the new pair (or to "you have compared every pair"). */
  private answeredJustNow = false;
  private readonly focusRequest = signal(false);

  protected readonly challengeTitle = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });
  /** Why pairs cannot be shown now, if they cannot. */
  protected readonly blocked = computed((): { key: string; date?: string } | null => {
    const c = this.challenge();
    if (!c) return null;
    if (!c.voting.pairwiseVoting) return { key: 'voting.compare.disabled' };
    const phase = votingPhase(c, Date.now());
    if (phase.kind === 'notYet') return { key: 'voting.compare.notYet', date: phase.opensAt };
    if (phase.kind !== 'open') return { key: 'voting.compare.closed' };
    if (!this.session.me()?.emailVerified) return { key: 'voting.compare.unverified' };
    return null;
  });

  constructor() {
    effect(() => {
      const c = this.challenge();
      untracked(() => this.start(c));
    });
    afterRenderEffect(() => {
      const target = this.ideaHeading() ?? this.doneHeading();
      if (target && this.focusRequest()) {
        this.focusRequest.set(false);
        target.nativeElement.focus();
      }
    });
  }

  protected choose(idea: PairIdea): void {
    const pairId = this.next()?.pairId;
    const chosen = { key: 'voting.compare.chosen', params: { title: idea.title } };
    if (pairId) this.answer({ pairId, winnerIdeaId: idea.id }, chosen);
  }

  protected skip(): void {
    const pairId = this.next()?.pairId;
    if (pairId) this.answer({ pairId, skip: true }, { key: 'voting.compare.skipped' });
  }

  /** A challenge has loaded (or a new one is loading, `null`): its scores once voting has opened, and the first pair. */
  private start(c: Challenge | null): void {
    this.next.set(null);
    if (!c) return;
    if (c.voting.pairwiseVoting && c.stages.voting.opensAt && Date.parse(c.stages.voting.opensAt) <= Date.now()) {
      this.loadScores(c.id);
    }
    if (!this.blocked()) this.loadNext(c.id);
  }

  private loadNext(challengeId: string): void {
    this.votes.nextPair(challengeId).subscribe({
      next: (next) => {
        this.busy.set(false);
        this.answered.set(next.answered);
        this.next.set(next);
        this.focusRequest.set(this.answeredJustNow);
        this.answeredJustNow = false;
        if (!next.pair) this.loadScores(challengeId);
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.failed.set(votingErrorKey(error));
      },
    });
  }

  private loadScores(challengeId: string): void {
    this.votes.pairwiseScores(challengeId).subscribe({
      next: (scores) => this.scores.set(scores),
      error: () => this.scores.set(null),
    });
  }

  private answer(request: PairAnswerRequest, done: Notice): void {
    const c = this.challenge();
    if (!c || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.announcement.set(null);
    this.votes.answerPair(c.id, request).subscribe({
      next: (response) => {
        this.answered.set(response.answered);
        this.announcement.set(done);
        this.answeredJustNow = true;
        this.loadNext(c.id);
      },
      error: (error: ApiError) => {
        this.error.set(votingErrorKey(error));
        if (error.code && NEW_PAIR.has(error.code)) {
          this.answeredJustNow = true;
          this.loadNext(c.id);
        } else this.busy.set(false);
      },
    });
  }
}
