import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ImplementationUpdate } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';
import { localised } from '../../shared/i18n/local-text';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { ImplementationUpdates } from './implementation-updates';
import { ResultsApi, exportUrl } from './results-api';
import { ResultsCharts } from './results-charts';
import { resultsErrorKey } from './results-errors';
import { SLOT, aroundSlot } from './results-format';
import { ResultsMethodSection } from './results-method';
import { ResultsRanking } from './results-ranking';
import { winningIdeas } from './results-view';
import { ResultsWinners } from './results-winners';

export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** `/challenges/:id/results`: the published results, charts, the method, updates and the open data. */
@Component({
  selector: 'app-results-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LondonDateTimePipe,
    ImplementationUpdates,
    ResultsCharts,
    ResultsMethodSection,
    ResultsRanking,
    ResultsWinners,
  ],
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id()]">{{ 'results.backToChallenge' | translate }}</a>
    @if (challenge(); as c) {
      <span class="govuk-caption-l">{{ challengeTitle() }}</span>
    }
    <h1 class="govuk-heading-xl" tabindex="-1">{{ 'results.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body" data-testid="results-unavailable">{{ key | translate }}</p>
    } @else if (results(); as r) {
      @if (r.status !== 'published') {
        <p class="govuk-body" data-testid="results-unavailable">{{ 'results.errors.notFound' | translate }}</p>
        @if (challenge()?.canManage) {
          <p class="govuk-body">
            <a class="govuk-link" [routerLink]="['/challenges', id(), 'results', 'preview']">{{
              'results.links.preview' | translate
            }}</a>
          </p>
        }
      } @else {
        <p class="govuk-body-l">
          {{ 'results.publishedOn' | translate: { date: (r.publishedAt | londonDateTime: locale()) } }}
        </p>

        <h2 class="govuk-heading-l">{{ 'results.winners.heading' | translate }}</h2>
        <app-results-winners [awards]="r.awards" />

        <h2 class="govuk-heading-l">{{ 'results.ranking.heading' | translate }}</h2>
        <p class="govuk-body">{{ 'results.ranking.intro' | translate }}</p>
        <app-results-ranking [ranking]="r.ranking" [measure]="r.method.publicVoteMeasure" />

        <h2 class="govuk-heading-l">{{ 'results.charts.heading' | translate }}</h2>
        <app-results-charts [ranking]="r.ranking" [measure]="r.method.publicVoteMeasure" />

        <h2 class="govuk-heading-l" id="how-the-winners-were-chosen">{{ 'results.method.heading' | translate }}</h2>
        <app-results-method [method]="r.method" [awards]="r.awards" />

        <h2 class="govuk-heading-l">{{ 'results.updates.heading' | translate }}</h2>
        @for (idea of winners(); track idea.ideaId) {
          <h3 class="govuk-heading-m">
            <a class="govuk-link" [routerLink]="['/ideas', idea.ideaId]">{{ idea.ideaTitle }}</a>
          </h3>
          @if (updatesOf(idea.ideaId); as list) {
            @if (list.length) {
              <app-implementation-updates [updates]="list" />
            } @else {
              <p class="govuk-body">{{ 'results.updates.none' | translate }}</p>
            }
          }
          @if (challenge()?.canManage) {
            <p class="govuk-body">
              <a class="govuk-link" [routerLink]="['/challenges', id(), 'results', 'ideas', idea.ideaId, 'update']"
                >{{ 'results.updates.post' | translate
                }}<span class="govuk-visually-hidden">{{
                  'results.updates.postHidden' | translate: { title: idea.ideaTitle }
                }}</span></a
              >
            </p>
          }
        } @empty {
          <p class="govuk-body">{{ 'results.updates.noWinners' | translate }}</p>
        }

        <h2 class="govuk-heading-l">{{ 'results.openData.heading' | translate }}</h2>
        <p class="govuk-body">{{ 'results.openData.intro' | translate }}</p>
        <ul class="govuk-list govuk-list--bullet" data-testid="open-data">
          <li>
            <a class="govuk-link" [href]="csv()" download>{{ 'results.openData.csv' | translate }}</a>
          </li>
          <li>
            <a class="govuk-link" [href]="json()" download>{{ 'results.openData.json' | translate }}</a>
          </li>
        </ul>
        @let licence = around('results.openData.licenceText' | translate: { licence: slot });
        <p class="govuk-body">
          {{ licence[0]
          }}<a class="govuk-link" [href]="oglUrl" rel="license">{{ 'results.openData.licence' | translate }}</a
          >{{ licence[1] }}
        </p>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class ResultsPage {
  private readonly api = inject(ResultsApi);
  private readonly challenges = inject(ChallengesApi);
  protected readonly locale = inject(CurrentLocale).locale;
  /** The challenge id from the route. */
  readonly id = input.required<string>();

  // Each request is cancelled when the id changes (another challenge, or leaving the page).
  private readonly loadedChallenge = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.challenges.get(params),
  });
  private readonly loadedResults = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  /** Implementation updates exist only once results are published. */
  private readonly loadedUpdates = rxResource({
    params: () => (valueOf(this.loadedResults)?.status === 'published' ? this.id() : undefined),
    stream: ({ params }) => this.api.updates(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  protected readonly results = computed(() => valueOf(this.loadedResults));
  protected readonly updates = computed<ImplementationUpdate[]>(() => valueOf(this.loadedUpdates) ?? []);
  protected readonly failed = computed(() => {
    const error = errorOf(this.loadedResults);
    if (!error) return null;
    return error.statusCode === 404 ? 'results.errors.notFound' : resultsErrorKey(error);
  });
  protected readonly oglUrl = OGL_URL;
  protected readonly slot = SLOT;
  protected readonly around = aroundSlot;
  protected readonly csv = computed(() => exportUrl(this.id(), 'csv'));
  protected readonly json = computed(() => exportUrl(this.id(), 'json'));
  protected readonly challengeTitle = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });
  protected readonly winners = computed(() => winningIdeas(this.results()?.awards ?? []));

  protected updatesOf(ideaId: string): ImplementationUpdate[] {
    return this.updates().filter((u) => u.ideaId === ideaId);
  }
}
