import { Component, input } from '@angular/core';
import type { IdeaDetail } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';

/** Status tags the team (and moderators) see: draft, withdrawn, awaiting moderation, hidden with the reason. */
@Component({
  selector: 'app-idea-status',
  imports: [TranslatePipe],
  template: `
    @if (idea().status === 'draft') {
      <strong class="govuk-tag govuk-tag--grey">{{ 'ideas.status.draft' | translate }}</strong>
    }
    @if (idea().status === 'withdrawn') {
      <strong class="govuk-tag govuk-tag--orange">{{ 'ideas.status.withdrawn' | translate }}</strong>
    }
    @if (idea().status === 'submitted' && idea().moderationStatus === 'pending') {
      <strong class="govuk-tag govuk-tag--yellow">{{ 'ideas.status.pending' | translate }}</strong>
    }
    @if (idea().moderationStatus === 'hidden') {
      <strong class="govuk-tag govuk-tag--red">{{ 'ideas.status.hidden' | translate }}</strong>
      @if (idea().hiddenReason; as reason) {
        <p class="govuk-body govuk-!-margin-top-2">{{ 'ideas.status.hiddenReason' | translate: { reason } }}</p>
      }
    }
  `,
})
export class IdeaStatus {
  readonly idea = input.required<IdeaDetail>();
}
