import { Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-privacy',
  imports: [TranslatePipe],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'info.privacyHeading' | translate }}</h1>
        <p class="govuk-body">{{ 'info.privacyIntro' | translate }}</p>
        <p class="govuk-body">{{ 'info.privacyVotes' | translate }}</p>
        <p class="govuk-body">{{ 'info.privacyRights' | translate }}</p>
      </div>
    </div>
  `,
})
export class Privacy {}
