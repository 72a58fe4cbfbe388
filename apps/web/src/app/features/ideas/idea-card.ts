import { Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { IdeaSummary } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';

/** One idea in a list: title (link), summary, category, author, supporters and comments. */
@Component({
  selector: 'app-idea-card',
  imports: [RouterLink, TranslatePipe],
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
      <li>{{ 'ideas.card.supporters' | translate: { count: idea().voteCount } }}</li>
      <li>{{ 'ideas.card.comments' | translate: { count: idea().commentCount } }}</li>
    </ul>
  `,
})
export class IdeaCard {
  readonly idea = input.required<IdeaSummary>();
}
