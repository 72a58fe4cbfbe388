import { Location } from '@angular/common';
import { Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { OpenChallenges } from '../challenges';

@Component({
  selector: 'app-home',
  imports: [RouterLink, TranslatePipe, OpenChallenges],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (accountDeleted) {
          <div
            class="govuk-notification-banner govuk-notification-banner--success"
            role="alert"
            aria-labelledby="deleted-title"
          >
            <div class="govuk-notification-banner__header">
              <h2 class="govuk-notification-banner__title" id="deleted-title">{{ 'account.success' | translate }}</h2>
            </div>
            <div class="govuk-notification-banner__content">
              <p class="govuk-notification-banner__heading">{{ 'account.deleted' | translate }}</p>
            </div>
          </div>
        }
        <h1 class="govuk-heading-xl" tabindex="-1">{{ 'home.heading' | translate }}</h1>
        <p class="govuk-body-l">{{ 'home.lead' | translate }}</p>
        @if (me(); as me) {
          <p class="govuk-body">{{ 'home.welcomeBack' | translate: { name: me.displayName } }}</p>
          <p class="govuk-body">
            <a class="govuk-link" routerLink="/account">{{ 'home.goToAccount' | translate }}</a>
          </p>
        } @else {
          <a routerLink="/register" role="button" draggable="false" class="govuk-button govuk-button--start">
            {{ 'home.getStarted' | translate }}
            <svg
              class="govuk-button__start-icon"
              xmlns="http://www.w3.org/2000/svg"
              width="17.5"
              height="19"
              viewBox="0 0 33 40"
              aria-hidden="true"
              focusable="false"
            >
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </a>
          <p class="govuk-body">
            {{ 'home.haveAccount' | translate }}
            <a class="govuk-link" routerLink="/sign-in">{{ 'home.signInLink' | translate }}</a>
          </p>
        }
        <app-open-challenges />
        <h2 class="govuk-heading-m">{{ 'home.howItWorks' | translate }}</h2>
        <ol class="govuk-list govuk-list--number">
          <li>{{ 'home.step1' | translate }}</li>
          <li>{{ 'home.step2' | translate }}</li>
          <li>{{ 'home.step3' | translate }}</li>
          <li>{{ 'home.step4' | translate }}</li>
        </ol>
      </div>
    </div>
  `,
})
export class Home {
  protected readonly me = inject(Session).me;
  /** Set by my account after erasure (navigation state, so a reload does not repeat it). */
  protected readonly accountDeleted =
    (inject(Location).getState() as { notice?: unknown } | null)?.notice === 'account.deleted';
}
