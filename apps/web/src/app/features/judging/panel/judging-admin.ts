import { Component, effect, inject, input, untracked } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { JudgingChallenge } from './judging-challenge';

/** The admin's judging pages of one challenge, in the order the work is usually done. */
export const JUDGING_PAGES = ['', 'rubric', 'panel', 'shortlist', 'conflicts', 'assignments', 'progress'] as const;
export type JudgingPage = (typeof JUDGING_PAGES)[number];
export const pageKey = (page: JudgingPage): string => `judging.nav.${page || 'overview'}`;

/**
 * `/challenges/:id/judging/…`: the frame of a hosting council admin's judging pages: a back link,
 * the area's navigation and the page. Admins of other councils are told they cannot manage it.
 */
@Component({
  selector: 'app-judging-admin',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  styles: `
    .app-sub-nav {
      border-bottom: 1px solid #b1b4b6;
      margin-bottom: 30px;
      padding-bottom: 10px;
    }
    .app-sub-nav li {
      display: inline-block;
      margin-right: 25px;
    }
    .app-sub-nav a[aria-current='page'] {
      font-weight: 700;
      text-decoration: none;
    }
  `,
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id()]">{{ 'judging.admin.back' | translate }}</a>
    @if (context.failed(); as key) {
      <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.title' | translate }}</h1>
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (context.challenge(); as c) {
      @if (c.canManage) {
        <nav [attr.aria-label]="'judging.nav.label' | translate">
          <ul class="govuk-list app-sub-nav">
            @for (page of pages; track page) {
              <li>
                <a
                  class="govuk-link govuk-link--no-visited-state"
                  [routerLink]="page ? ['/challenges', c.id, 'judging', page] : ['/challenges', c.id, 'judging']"
                  routerLinkActive
                  [routerLinkActiveOptions]="{ exact: true }"
                  ariaCurrentWhenActive="page"
                  >{{ key(page) | translate }}</a
                >
              </li>
            }
          </ul>
        </nav>
        <router-outlet />
      } @else {
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.title' | translate }}</h1>
        <p class="govuk-body">{{ 'judging.admin.notAllowed' | translate }}</p>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class JudgingAdmin {
  protected readonly context = inject(JudgingChallenge);
  protected readonly pages = JUDGING_PAGES;
  protected readonly key = pageKey;
  /** The challenge id from the route. */
  readonly id = input.required<string>();

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.context.load(id));
    });
  }
}
