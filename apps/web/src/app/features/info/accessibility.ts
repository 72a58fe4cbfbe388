import { Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-accessibility',
  imports: [TranslatePipe],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'info.accessibilityHeading' | translate }}</h1>
        <p class="govuk-body">{{ 'info.accessibilityIntro' | translate }}</p>
        <p class="govuk-body">{{ 'info.accessibilityPoints' | translate }}</p>
        <p class="govuk-body">{{ 'info.accessibilityStandard' | translate }}</p>
        <p class="govuk-body">{{ 'info.accessibilityContact' | translate }}</p>
      </div>
    </div>
  `,
})
export class Accessibility {}
