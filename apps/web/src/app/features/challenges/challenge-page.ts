import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Challenge } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { CurrentLocale } from '../../core/i18n/locale';
import { LocalText, langAttr, localText } from '../../shared/i18n/local-text';
import { formatPercent } from '../../shared/format/money';
import { ChallengePrizes } from './challenge-prizes';
import { ChallengeStateTag } from './challenge-state-tag';
import { ChallengeTimeline } from './challenge-timeline';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';

/** A section of text; `html` (already sanitised by the API from markdown) replaces the plain text when given. */
type Section = { heading: string; text: LocalText; testId: string; html?: string | null };

/** Everything an entrant needs to know about one challenge, and the admin's actions on it. */
@Component({
  selector: 'app-challenge-page',
  imports: [RouterLink, TranslatePipe, ChallengePrizes, ChallengeStateTag, ChallengeTimeline],
  styles: `
    .app-pre-wrap {
      white-space: pre-line; /* keeps line breaks; drops the template’s leading space */
      overflow-wrap: break-word;
    }
    .app-markdown {
      overflow-wrap: break-word;
    }
    .app-cover {
      display: block;
      max-width: 100%;
      height: auto;
      margin-bottom: 20px;
    }
  `,
  template: `
    <a class="govuk-back-link" routerLink="/challenges">{{ 'challenges.page.backToList' | translate }}</a>
    @if (notFound()) {
      <h1 class="govuk-heading-l" tabindex="-1">{{ 'challenges.page.notFound' | translate }}</h1>
      <p class="govuk-body">{{ 'challenges.page.notFoundBody' | translate }}</p>
    } @else if (failed()) {
      <h1 class="govuk-heading-l" tabindex="-1">{{ 'challenges.page.title' | translate }}</h1>
      <p class="govuk-body">{{ 'challenges.loadFailed' | translate }}</p>
    } @else if (challenge(); as c) {
      @if (c.state === 'draft') {
        <div class="govuk-inset-text">{{ 'challenges.page.draftNotice' | translate }}</div>
      }
      <span class="govuk-caption-l">{{ c.organisation.name }}</span>
      <h1 class="govuk-heading-xl" tabindex="-1" [attr.lang]="lang(title())">{{ title().text }}</h1>
      @if (c.coverUrl) {
        <img
          class="app-cover"
          [src]="c.coverUrl"
          [alt]="coverAlt().text"
          [attr.lang]="coverAlt().text ? lang(coverAlt()) : null"
          data-testid="cover"
        />
      }
      <p class="govuk-body"><app-challenge-state-tag [state]="c.state" /></p>
      @if (summary().text) {
        <p class="govuk-body-l app-pre-wrap" [attr.lang]="lang(summary())">{{ summary().text }}</p>
      }
      <div class="govuk-button-group">
        @if (c.open.submissions) {
          <a class="govuk-button" [routerLink]="['/challenges', c.id, 'ideas', 'new']">{{
            'challenges.page.submitIdea' | translate
          }}</a>
        }
        @if (hasIdeas()) {
          <a class="govuk-button govuk-button--secondary" [routerLink]="['/challenges', c.id, 'ideas']">{{
            'challenges.page.browseIdeas' | translate
          }}</a>
        }
        @if (c.voting.pairwiseVoting && c.open.voting) {
          <a class="govuk-button govuk-button--secondary" [routerLink]="['/challenges', c.id, 'compare']">{{
            'voting.links.compare' | translate
          }}</a>
        }
        @if (hasVote() && signedIn() && c.voting.supportVoting) {
          <a class="govuk-button govuk-button--secondary" [routerLink]="['/challenges', c.id, 'my-votes']">{{
            'voting.links.myVotes' | translate
          }}</a>
        }
        @if (c.resultsPublishedAt) {
          <a class="govuk-button" [routerLink]="['/challenges', c.id, 'results']" data-testid="results-link">{{
            'results.links.results' | translate
          }}</a>
        } @else if (c.canManage && judgingStarted()) {
          <a
            class="govuk-button govuk-button--secondary"
            [routerLink]="['/challenges', c.id, 'results', 'preview']"
            data-testid="results-preview-link"
            >{{ 'results.links.preview' | translate }}</a
          >
        }
        @if (c.canManage) {
          <a class="govuk-button govuk-button--secondary" [routerLink]="['/admin/challenges', c.id, 'edit']">{{
            'challenges.page.edit' | translate
          }}</a>
          @if (c.state === 'draft') {
            <a class="govuk-button govuk-button--secondary" [routerLink]="['/admin/challenges', c.id, 'publish']">{{
              'challenges.page.publish' | translate
            }}</a>
          }
          @if (hasVote()) {
            <a class="govuk-button govuk-button--secondary" [routerLink]="['/challenges', c.id, 'vote-flags']">{{
              'voting.links.flags' | translate
            }}</a>
          }
          <a
            class="govuk-button govuk-button--secondary"
            [routerLink]="['/challenges', c.id, 'judging']"
            data-testid="judging-link"
            >{{ 'judging.links.manage' | translate }}</a
          >
        }
        @if (isJudge()) {
          <a class="govuk-button govuk-button--secondary" routerLink="/judging" data-testid="judge-queue-link">{{
            'judging.links.queue' | translate
          }}</a>
        }
      </div>

      <h2 class="govuk-heading-m">{{ 'challenges.page.hosts' | translate }}</h2>
      <ul class="govuk-list" data-testid="hosts">
        @for (host of c.hosts; track host.id) {
          <li>{{ host.name }}</li>
        }
      </ul>

      @for (section of sections(); track section.testId) {
        <h2 class="govuk-heading-m">{{ section.heading | translate }}</h2>
        @if (section.html) {
          <div
            class="govuk-body app-markdown"
            [attr.data-testid]="section.testId"
            [attr.lang]="lang(section.text)"
            [innerHTML]="section.html"
          ></div>
        } @else {
          <div class="govuk-body app-pre-wrap" [attr.data-testid]="section.testId" [attr.lang]="lang(section.text)">
            {{ section.text.text }}
          </div>
        }
      }
      @if (c.requiresVerifiedEmail || c.preModeration) {
        <ul class="govuk-list govuk-list--bullet">
          @if (c.requiresVerifiedEmail) {
            <li>{{ 'challenges.page.verifiedEmail' | translate }}</li>
          }
          @if (c.preModeration) {
            <li>{{ 'challenges.page.preModeration' | translate }}</li>
          }
        </ul>
      }
      @if (c.categories.length || c.entrantCategories.length) {
        <dl class="govuk-summary-list govuk-summary-list--no-border">
          @if (c.categories.length) {
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'challenges.page.categories' | translate }}</dt>
              <dd class="govuk-summary-list__value">{{ c.categories.join(', ') }}</dd>
            </div>
          }
          @if (c.entrantCategories.length) {
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'challenges.page.entrantCategories' | translate }}</dt>
              <dd class="govuk-summary-list__value">{{ c.entrantCategories.join(', ') }}</dd>
            </div>
          }
        </dl>
      }

      <h2 class="govuk-heading-m">{{ 'challenges.page.prizes' | translate }}</h2>
      <app-challenge-prizes [prizes]="c.prizes" [prizePotPence]="c.prizePotPence" />

      <h2 class="govuk-heading-m">{{ 'challenges.page.judging' | translate }}</h2>
      @if (judging().text) {
        <div class="govuk-body app-pre-wrap" [attr.lang]="lang(judging())">{{ judging().text }}</div>
      }
      @if (c.publicVoteWeight !== null) {
        <p class="govuk-body" data-testid="vote-weight">
          @if (c.publicVoteWeight > 0) {
            {{ 'challenges.page.voteWeight' | translate: { percent: percent(c.publicVoteWeight) } }}
          } @else {
            {{ 'challenges.page.noVote' | translate }}
          }
        </p>
      }

      <h2 class="govuk-heading-m">{{ 'challenges.page.timeline' | translate }}</h2>
      <app-challenge-timeline [stages]="c.stages" />

      @if (c.rules; as rules) {
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">{{
              'challenges.page.rulesVersion' | translate: { version: rules.version }
            }}</span>
          </summary>
          <div class="govuk-details__text app-pre-wrap" [attr.lang]="lang(rulesText())">{{ rulesText().text }}</div>
        </details>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class ChallengePage {
  private readonly api = inject(ChallengesApi);
  private readonly locale = inject(CurrentLocale).locale;
  private readonly session = inject(Session);
  protected readonly signedIn = this.session.signedIn;
  /** The signed-in person sits on this challenge's judging panel. */
  protected readonly isJudge = computed(() =>
    (this.session.me()?.judging ?? []).some((j) => j.challengeId === this.challenge()?.id),
  );
  /** The challenge id from the route. */
  readonly id = input.required<string>();

  /** A new id cancels the request for the previous challenge. */
  private readonly loaded = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly challenge = computed(() => valueOf(this.loaded));
  private readonly status = computed(() => errorOf(this.loaded)?.statusCode);
  protected readonly notFound = computed(() => this.status() === 404 || this.status() === 400);
  protected readonly failed = computed(() => this.status() !== undefined && !this.notFound());

  private readonly text = (en: keyof Challenge, cy: keyof Challenge) =>
    computed(() => {
      const c = this.challenge();
      return localText(this.locale(), c?.[en] as string | null, c?.[cy] as string | null);
    });
  protected readonly title = this.text('title', 'titleCy');
  protected readonly summary = this.text('summary', 'summaryCy');
  protected readonly judging = this.text('judgingSummary', 'judgingSummaryCy');
  protected readonly rulesText = computed(() =>
    localText(this.locale(), this.challenge()?.rules?.body, this.challenge()?.rules?.bodyCy),
  );
  private readonly problem = this.text('problemStatement', 'problemStatementCy');
  private readonly description = this.text('description', 'descriptionCy');
  /** The rendered description in the language `description` picked. */
  private readonly descriptionHtml = computed(() => {
    const c = this.challenge();
    return this.description().lang === 'cy' ? c?.descriptionCyHtml : c?.descriptionHtml;
  });
  /** Empty alt text means a decorative image (`alt=""`). */
  protected readonly coverAlt = this.text('coverAlt', 'coverAltCy');
  private readonly eligibility = this.text('eligibility', 'eligibilityCy');
  private readonly howToEnter = this.text('howToEnter', 'howToEnterCy');

  protected readonly sections = computed((): Section[] =>
    [
      { heading: 'challenges.page.problem', text: this.problem(), testId: 'problem' },
      {
        heading: 'challenges.page.description',
        text: this.description(),
        testId: 'description',
        html: this.descriptionHtml(),
      },
      { heading: 'challenges.page.eligibility', text: this.eligibility(), testId: 'eligibility' },
      { heading: 'challenges.page.howToEnter', text: this.howToEnter(), testId: 'how-to-enter' },
    ].filter((s) => s.text.text.trim()),
  );
  /** Ideas can be browsed once submissions have opened. */
  protected readonly hasIdeas = computed(() => {
    const state = this.challenge()?.state;
    return !!state && state !== 'draft' && state !== 'upcoming';
  });

  /** The public vote has opened (votes can be seen, changed while open, and reviewed). */
  protected readonly hasVote = computed(() => {
    const opensAt = this.challenge()?.stages.voting.opensAt;
    return this.hasIdeas() && !!opensAt && Date.parse(opensAt) <= Date.now();
  });

  /**
   * Judging has opened (its dates, or a confirmed shortlist): the hosting councils' admins can
   * preview the results (the API answers 409 before).
   */
  protected readonly judgingStarted = computed(() => {
    const state = this.challenge()?.state;
    return state === 'judging' || state === 'results_published' || state === 'closed';
  });

  protected lang(text: LocalText): string | null {
    return langAttr(text, this.locale());
  }

  protected percent(weight: number): string {
    return formatPercent(weight);
  }
}
