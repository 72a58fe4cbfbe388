import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-footer',
  imports: [RouterLink, TranslatePipe],
  template: `
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">{{ 'layout.footerLinks' | translate }}</h2>
            <ul class="govuk-footer__inline-list">
              <li class="govuk-footer__inline-list-item">
                <a class="govuk-footer__link" routerLink="/accessibility">{{ 'layout.accessibility' | translate }}</a>
              </li>
              <li class="govuk-footer__inline-list-item">
                <a class="govuk-footer__link" routerLink="/privacy">{{ 'layout.privacy' | translate }}</a>
              </li>
              <li class="govuk-footer__inline-list-item">
                <a class="govuk-footer__link" routerLink="/cookies">{{ 'layout.cookies' | translate }}</a>
              </li>
            </ul>
            <span class="govuk-footer__licence-description">{{ 'layout.licence' | translate }}</span>
          </div>
        </div>
      </div>
    </footer>
  `,
})
export class Footer {}
