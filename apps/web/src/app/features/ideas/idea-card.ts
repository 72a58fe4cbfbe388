import { Component, computed, inject, input, linkedSignal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Challenge, IdeaSummary } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { VoteControl } from '../voting';

/** One idea in a list: title (link), summary, category, author, supporters and comments, and its vote button. */
@Component({
  selector: 'app-idea-card',
  imports: [RouterLink, TranslatePipe, VoteControl],
  styles: `
    :host {
      display: block;
      border-bottom: 1px solid #b1b4b6;
      margin-bottom: 20px;
    }
    .app-idea-card__meta li {
      display: inline-block;
      margin-right: 20px;
    }
  `,
  template: `
    <h2 class="govuk-heading-m govuk-!-margin-bottom-2">
      <a class="govuk-link" [routerLink]="['/ideas', idea().id]">{{ idea().title }}</a>
    </h2>
    @if (idea().category; as category) {
      <strong class="govuk-tag govuk-tag--blue govuk-!-margin-bottom-2">{{ category }}</strong>
    }
    @if (idea().summary) {
      <p class="govuk-body">{{ idea().summary }}</p>
    }
    <ul class="govuk-list govuk-body-s app-idea-card__meta">
      <li>{{ 'ideas.card.author' | translate: { name: idea().author.displayName } }}</li>
      <li data-testid="supporters">{{ 'ideas.card.supporters' | translate: { count: supporters() } }}</li>
      <li>{{ 'ideas.card.comments' | translate: { count: idea().commentCount } }}</li>
    </ul>
    @if (challenge(); as challenge) {
      <app-vote-control
        [challenge]="challenge"
        [ideaId]="idea().id"
        [ideaTitle]="idea().title"
        [ownIdea]="own()"
        [showAllowance]="false"
        (changed)="supporters.set(supporters() + $event)"
      />
    }
  `,
})
export class IdeaCard {
  private readonly session = inject(Session);
  readonly idea = input.required<IdeaSummary>();
  /** The idea's challenge, when the list knows it: its voting settings decide the vote button. */
  readonly challenge = input<Challenge | null>(null);
  /** The idea's supporters, moved by this person's own vote or withdrawal until the list reloads. */
  protected readonly supporters = linkedSignal(() => this.idea().voteCount);
  protected readonly own = computed(() => this.idea().author.id === this.session.me()?.id);
}
