import { Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../auth/session';
import { LanguageSwitch } from './language-switch';

@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  template: `
    <header>
      <div class="govuk-width-container">
        <app-language-switch />
      </div>
      <section class="govuk-service-navigation" [attr.aria-label]="'layout.serviceInformation' | translate">
        <div class="govuk-width-container">
          <div class="govuk-service-navigation__container">
            <span class="govuk-service-navigation__service-name">
              <a routerLink="/" class="govuk-service-navigation__link">{{ 'service.name' | translate }}</a>
            </span>
            <nav class="govuk-service-navigation__wrapper" [attr.aria-label]="'layout.navigationLabel' | translate">
              <ul class="govuk-service-navigation__list" id="navigation">
                <li class="govuk-service-navigation__item" routerLinkActive="govuk-service-navigation__item--active">
                  <a class="govuk-service-navigation__link" routerLink="/challenges" ariaCurrentWhenActive="page">{{
                    'layout.challenges' | translate
                  }}</a>
                </li>
                @if (me(); as me) {
                  @if (showCouncilAdmin()) {
                    <li
                      class="govuk-service-navigation__item"
                      routerLinkActive="govuk-service-navigation__item--active"
                      [routerLinkActiveOptions]="{ exact: true }"
                    >
                      <a class="govuk-service-navigation__link" routerLink="/admin" ariaCurrentWhenActive="page">{{
                        'layout.councilAdmin' | translate
                      }}</a>
                    </li>
                  }
                  @if (showModeration()) {
                    <li
                      class="govuk-service-navigation__item"
                      routerLinkActive="govuk-service-navigation__item--active"
                    >
                      <a class="govuk-service-navigation__link" routerLink="/moderation" ariaCurrentWhenActive="page">{{
                        'layout.moderation' | translate
                      }}</a>
                    </li>
                  }
                  @if (me.judging.length) {
                    <li
                      class="govuk-service-navigation__item"
                      routerLinkActive="govuk-service-navigation__item--active"
                      [routerLinkActiveOptions]="{ exact: true }"
                    >
                      <a class="govuk-service-navigation__link" routerLink="/judging" ariaCurrentWhenActive="page">{{
                        'judging.title' | translate
                      }}</a>
                    </li>
                  }
                  @if (me.isPlatformAdmin) {
                    <li
                      class="govuk-service-navigation__item"
                      routerLinkActive="govuk-service-navigation__item--active"
                    >
                      <a
                        class="govuk-service-navigation__link"
                        routerLink="/admin/organisations"
                        ariaCurrentWhenActive="page"
                        >{{ 'layout.organisations' | translate }}</a
                      >
                    </li>
                  }
                  <li class="govuk-service-navigation__item" routerLinkActive="govuk-service-navigation__item--active">
                    <a
                      class="govuk-service-navigation__link"
                      routerLink="/account"
                      ariaCurrentWhenActive="page"
                      data-testid="account-link"
                    >
                      <span class="govuk-visually-hidden">{{ 'layout.myAccount' | translate }}: </span
                      >{{ me.displayName }}
                    </a>
                  </li>
                  <li class="govuk-service-navigation__item">
                    <button type="button" class="app-service-navigation__button" (click)="signOut()">
                      {{ 'layout.signOut' | translate }}
                    </button>
                  </li>
                } @else {
                  <li class="govuk-service-navigation__item" routerLinkActive="govuk-service-navigation__item--active">
                    <a class="govuk-service-navigation__link" routerLink="/sign-in" ariaCurrentWhenActive="page">{{
                      'layout.signIn' | translate
                    }}</a>
                  </li>
                }
              </ul>
            </nav>
          </div>
        </div>
      </section>
      <div class="govuk-width-container">
        <div class="govuk-phase-banner">
          <p class="govuk-phase-banner__content">
            <strong class="govuk-tag govuk-phase-banner__content__tag">{{ 'service.phase' | translate }}</strong>
            <span class="govuk-phase-banner__text">{{ 'service.phaseText' | translate }}</span>
          </p>
        </div>
      </div>
    </header>
  `,
})
export class Header {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  protected readonly me = this.session.me;
  protected readonly showCouncilAdmin = computed(() => this.session.adminMemberships().length > 0);
  protected readonly showModeration = computed(() =>
    (this.me()?.memberships ?? []).some((m) => m.role === 'moderator' || m.role === 'admin'),
  );

  protected signOut(): void {
    this.session.signOut().subscribe({
      next: () => void this.router.navigateByUrl('/'),
      error: () => {
        this.session.clear();
        void this.router.navigateByUrl('/');
      },
    });
  }
}
