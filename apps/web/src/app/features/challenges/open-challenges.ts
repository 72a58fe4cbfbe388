import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ChallengeSummary } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { ChallengeCard } from './challenge-card';
import { ChallengesApi } from '../../shared/api/challenges-api';

/** The first few open challenges, for the home page. */
@Component({
  selector: 'app-open-challenges',
  imports: [RouterLink, TranslatePipe, ChallengeCard],
  template: `
    <h2 class="govuk-heading-m">{{ 'challenges.home.heading' | translate }}</h2>
    @if (challenges(); as list) {
      @for (challenge of list; track challenge.id) {
        <app-challenge-card [challenge]="challenge" />
      } @empty {
        <p class="govuk-body">{{ 'challenges.home.none' | translate }}</p>
      }
    }
    <p class="govuk-body">
      <a class="govuk-link" routerLink="/challenges">{{ 'challenges.home.seeAll' | translate }}</a>
    </p>
  `,
})
export class OpenChallenges {
  protected readonly challenges = signal<ChallengeSummary[] | null>(null);

  constructor() {
    inject(ChallengesApi)
      .list({ state: 'open', pageSize: 3 })
      .subscribe({ next: (page) => this.challenges.set(page.items), error: () => this.challenges.set([]) });
  }
}
