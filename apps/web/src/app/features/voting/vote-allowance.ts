import { Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Challenge } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { MyVotesStore } from './my-votes-store';
import { allowanceNotice } from './voting-rules';

/** "You have 3 of 5 votes left. See your votes", once above a list of ideas, while support voting is open. */
@Component({
  selector: 'app-vote-allowance',
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (notice(); as notice) {
      <div class="govuk-inset-text govuk-!-margin-top-0" data-testid="allowance">
        {{ notice.key | translate: notice.params }}
        <a class="govuk-link" [routerLink]="['/challenges', challenge().id, 'my-votes']">{{
          'voting.control.seeVotes' | translate
        }}</a>
      </div>
    }
  `,
})
export class VoteAllowance {
  private readonly store = inject(MyVotesStore);
  private readonly session = inject(Session);
  readonly challenge = input.required<Challenge>();

  private readonly active = computed(() => {
    const c = this.challenge();
    const me = this.session.me();
    return c.voting.supportVoting && c.open.voting && !!me?.emailVerified;
  });
  protected readonly notice = computed(() => {
    if (!this.active()) return null;
    const entry = this.store.entry(this.challenge().id);
    return entry?.status === 'ready' ? allowanceNotice(entry.mine) : null;
  });

  constructor() {
    effect(() => {
      const id = this.challenge().id;
      if (this.active()) untracked(() => this.store.load(id));
    });
  }
}
