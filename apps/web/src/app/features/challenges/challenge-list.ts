import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ChallengeListState } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { ChallengeCard } from './challenge-card';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';

const STATES: readonly ChallengeListState[] = ['open', 'upcoming', 'past'];
const HEADINGS: Record<ChallengeListState, [heading: string, none: string]> = {
  open: ['challenges.list.headingOpen', 'challenges.list.noneOpen'],
  upcoming: ['challenges.list.headingUpcoming', 'challenges.list.noneUpcoming'],
  past: ['challenges.list.headingPast', 'challenges.list.nonePast'],
};

/** The public list of challenges, filtered by open / upcoming / past with sub-navigation links (`?state=`). */
@Component({
  selector: 'app-challenge-list',
  imports: [RouterLink, TranslatePipe, ChallengeCard],
  styles: `
    .app-sub-navigation__list {
      display: flex;
      flex-wrap: wrap;
      gap: 0 30px;
      margin: 0 0 30px;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid #b1b4b6;
    }
    .app-sub-navigation__link {
      display: inline-block;
      padding: 10px 0;
    }
    .app-sub-navigation__link[aria-current='page'] {
      font-weight: 700;
      text-decoration: none;
      border-bottom: 4px solid #1d70b8;
    }
  `,
  template: `
    <h1 class="govuk-heading-xl" tabindex="-1">{{ 'challenges.heading' | translate }}</h1>
    <p class="govuk-body-l">{{ 'challenges.list.intro' | translate }}</p>
    @if (canManage()) {
      <p class="govuk-body">
        <a class="govuk-link" routerLink="/admin/challenges">{{ 'challenges.list.manage' | translate }}</a>
      </p>
    }
    <nav [attr.aria-label]="'challenges.list.filterLabel' | translate">
      <ul class="app-sub-navigation__list">
        @for (option of states; track option) {
          <li>
            <a
              class="govuk-link govuk-link--no-visited-state app-sub-navigation__link"
              routerLink="/challenges"
              [queryParams]="{ state: option }"
              [attr.aria-current]="option === current() ? 'page' : null"
              >{{ 'challenges.list.' + option | translate }}</a
            >
          </li>
        }
      </ul>
    </nav>
    <h2 class="govuk-heading-l" data-testid="list-heading">{{ headings()[0] | translate }}</h2>
    @if (failed()) {
      <p class="govuk-body">{{ 'challenges.loadFailed' | translate }}</p>
    } @else if (challenges(); as list) {
      @for (challenge of list; track challenge.id) {
        <app-challenge-card [challenge]="challenge" />
      } @empty {
        <p class="govuk-body">{{ headings()[1] | translate }}</p>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class ChallengeList {
  private readonly api = inject(ChallengesApi);
  private readonly session = inject(Session);
  /** From the query string (`?state=upcoming`); anything else shows the open challenges. */
  readonly state = input<string>();

  protected readonly states = STATES;
  protected readonly current = computed<ChallengeListState>(() => {
    const s = this.state();
    return STATES.find((x) => x === s) ?? 'open';
  });
  protected readonly headings = computed(() => HEADINGS[this.current()]);
  /** Another tab cancels the request for the previous one. */
  private readonly loaded = rxResource({
    params: () => this.current(),
    stream: ({ params }) => this.api.list({ state: params }),
  });
  protected readonly challenges = computed(() => valueOf(this.loaded)?.items ?? null);
  protected readonly failed = computed(() => errorOf(this.loaded) !== null);
  protected readonly canManage = computed(() => this.session.adminMemberships().length > 0);
}
