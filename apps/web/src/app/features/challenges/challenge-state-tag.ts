import { Component, computed, input } from '@angular/core';
import type { ChallengeState } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { STATE_TAG } from './challenge-format';

/** The challenge's lifecycle state as a GOV.UK tag. */
@Component({
  selector: 'app-challenge-state-tag',
  imports: [TranslatePipe],
  template: `<strong class="govuk-tag" [class]="tagClass()">{{ 'challenges.states.' + state() | translate }}</strong>`,
})
export class ChallengeStateTag {
  readonly state = input.required<ChallengeState>();
  protected readonly tagClass = computed(() => `govuk-tag ${STATE_TAG[this.state()]}`);
}
