import { Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-cookies',
  imports: [TranslatePipe],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'info.cookiesHeading' | translate }}</h1>
        <p class="govuk-body">{{ 'info.cookiesIntro' | translate }}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>{{ 'info.cookiesSession' | translate }}</li>
          <li>{{ 'info.cookiesXsrf' | translate }}</li>
        </ul>
        <p class="govuk-body">{{ 'info.cookiesStorage' | translate }}</p>
      </div>
    </div>
  `,
})
export class Cookies {}
