import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ApiError, PrizeAward } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { localText } from '../../shared/i18n/local-text';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { localised } from '../../shared/i18n/local-text';
import { AwardSlot, OverrideRequest } from './award-slot';
import { JudgeScores } from './judge-scores';
import { overrideApiErrors, overrideErrors } from './override-rules';
import { ResultsAction, ResultsActions } from './results-actions';
import { ResultsApi } from './results-api';
import { resultsErrorKey } from './results-errors';
import { FLAG_TAG, formatDecimal } from './results-format';
import { ResultsMethodSection } from './results-method';
import { ResultsRanking } from './results-ranking';

const FLAGS = ['tie', 'disagreement', 'too_few_judges'] as const;

/**
 * `/challenges/:id/results/preview`: the hosting council's admin checks the ranking and its flags,
 * overrides prize slots with a reason, confirms, then publishes.
 */
@Component({
  selector: 'app-results-preview',
  imports: [
    RouterLink,
    TranslatePipe,
    ErrorSummary,
    SuccessBanner,
    AwardSlot,
    JudgeScores,
    ResultsActions,
    ResultsMethodSection,
    ResultsRanking,
  ],
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id()]">{{ 'results.backToChallenge' | translate }}</a>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (challenge()) {
      <span class="govuk-caption-l">{{ challengeTitle() }}</span>
    }
    <h1 class="govuk-heading-xl" tabindex="-1">{{ 'results.preview.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body" data-testid="results-unavailable">{{ key | translate }}</p>
    } @else if (results(); as r) {
      <app-results-actions [results]="r" [busy]="busy()" (action)="act($event)" />

      <h2 class="govuk-heading-l">{{ 'results.ranking.heading' | translate }}</h2>
      <p class="govuk-body">{{ 'results.preview.rankingIntro' | translate }}</p>
      <app-results-ranking [ranking]="r.ranking" [measure]="r.method.publicVoteMeasure" [showFlags]="true" />
      <h3 class="govuk-heading-s">{{ 'results.flags.heading' | translate }}</h3>
      <dl class="govuk-summary-list" data-testid="flag-explanations">
        @for (flag of flags; track flag) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              <strong class="govuk-tag" [class]="'govuk-tag ' + tag[flag]">{{
                'results.flags.' + flag + '.label' | translate
              }}</strong>
            </dt>
            <dd class="govuk-summary-list__value">
              {{
                'results.flags.' + flag + '.explanation'
                  | translate: { threshold: threshold(r.method.disagreementThreshold) }
              }}
            </dd>
          </div>
        }
      </dl>
      @for (idea of r.ranking; track idea.ideaId) {
        <app-judge-scores [idea]="idea" />
      }

      <h2 class="govuk-heading-l">{{ 'results.preview.prizesHeading' | translate }}</h2>
      @if (r.status === 'confirmed') {
        <div class="govuk-inset-text">{{ 'results.preview.overrideClears' | translate }}</div>
      }
      @for (
        award of r.awards;
        track award.prizeId + '#' + award.slot + '#' + award.ideaId + '#' + award.overrideReason
      ) {
        <app-award-slot
          [award]="award"
          [count]="slotCount(award)"
          [ranking]="r.ranking"
          [errors]="errors()"
          [busy]="busy()"
          [canOverride]="r.status !== 'published'"
          (override)="override($event)"
        />
      } @empty {
        <p class="govuk-body">{{ 'results.preview.noPrizes' | translate }}</p>
      }

      <h2 class="govuk-heading-l">{{ 'results.method.heading' | translate }}</h2>
      <app-results-method [method]="r.method" [awards]="r.awards" />
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class ResultsPreview {
  private readonly api = inject(ResultsApi);
  private readonly challenges = inject(ChallengesApi);
  private readonly locale = inject(CurrentLocale).locale;
  /** The disagreement threshold as the method shows it: "1.5", "2". */
  protected readonly threshold = (value: number): string =>
    formatDecimal(value, Number.isInteger(value) ? 0 : 1, this.locale());
  /** The challenge id from the route. */
  readonly id = input.required<string>();

  // Each request is cancelled when the id changes; overriding, confirming and publishing set the results in place.
  private readonly loadedChallenge = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.challenges.get(params),
  });
  private readonly loadedResults = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  protected readonly results = computed(() => valueOf(this.loadedResults));
  protected readonly failed = computed(() => {
    const error = errorOf(this.loadedResults);
    return error ? resultsErrorKey(error) : null;
  });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly flags = FLAGS;
  protected readonly tag = FLAG_TAG;
  protected readonly challengeTitle = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });

  constructor() {
    focusHeadingWhen(() => !!this.notice());
  }

  protected slotCount(award: PrizeAward): number {
    return this.results()?.awards.filter((a) => a.prizeId === award.prizeId).length ?? 1;
  }

  protected override({ award, ideaId, reason }: OverrideRequest): void {
    const errors = overrideErrors(award, ideaId, reason);
    this.errors.set(errors);
    if (errors.length || this.busy()) return;
    this.notice.set(null);
    this.busy.set(true);
    this.api.override(this.id(), award.prizeId, award.slot, { ideaId, reason }).subscribe({
      next: (results) => {
        this.busy.set(false);
        this.loadedResults.set(results);
        const updated = results.awards.find((a) => a.prizeId === award.prizeId && a.slot === award.slot);
        this.notice.set({
          key: 'results.preview.overrideSaved',
          params: {
            prize: localText(this.locale(), award.prizeName, award.prizeNameCy).text,
            title: updated?.ideaTitle ?? '',
          },
        });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(overrideApiErrors(award, error));
      },
    });
  }

  protected act(action: ResultsAction): void {
    if (this.busy()) return;
    this.errors.set([]);
    this.notice.set(null);
    this.busy.set(true);
    const request = action === 'confirm' ? this.api.confirm(this.id()) : this.api.publish(this.id());
    request.subscribe({
      next: (results) => {
        this.busy.set(false);
        this.loadedResults.set(results);
        this.notice.set({ key: action === 'confirm' ? 'results.preview.confirmed' : 'results.preview.published' });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set([fieldError(null, resultsErrorKey(error))]);
        // Out of date: show what the results are now, with the way to confirm them again.
        if (error.code === 'results_stale') this.loadedResults.reload();
      },
    });
  }
}
