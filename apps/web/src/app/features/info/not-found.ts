import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'info.notFoundHeading' | translate }}</h1>
    <p class="govuk-body">{{ 'info.notFoundText' | translate }}</p>
    <p class="govuk-body">
      <a class="govuk-link" routerLink="/">{{ 'info.notFoundHome' | translate }}</a>
    </p>
  `,
})
export class NotFound {}
