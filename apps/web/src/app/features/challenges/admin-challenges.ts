import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ChallengeSummary } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { langAttr, localText } from '../../shared/i18n/local-text';
import { ChallengeStateTag } from './challenge-state-tag';
import { ChallengesApi } from '../../shared/api/challenges-api';

/** The challenges of the caller's councils, drafts included, with edit and publish actions. */
@Component({
  selector: 'app-admin-challenges',
  imports: [RouterLink, TranslatePipe, ChallengeStateTag],
  template: `
    <a class="govuk-back-link" routerLink="/admin">{{ 'challenges.admin.back' | translate }}</a>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'challenges.admin.title' | translate }}</h1>
    <a class="govuk-button" routerLink="/admin/challenges/new">{{ 'challenges.admin.create' | translate }}</a>
    @if (failed()) {
      <p class="govuk-body">{{ 'challenges.loadFailed' | translate }}</p>
    } @else if (challenges(); as list) {
      @if (list.length) {
        <table class="govuk-table" data-testid="admin-challenges">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {{
              'challenges.admin.caption' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'challenges.admin.colTitle' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'challenges.admin.colCouncil' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'challenges.admin.colState' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'challenges.admin.colActions' | translate }}</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (c of list; track c.id) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" [routerLink]="['/challenges', c.id]" [attr.lang]="lang(c)">{{ title(c) }}</a>
                </th>
                <td class="govuk-table__cell">{{ c.organisation.name }}</td>
                <td class="govuk-table__cell"><app-challenge-state-tag [state]="c.state" /></td>
                <td class="govuk-table__cell">
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    <li>
                      <a class="govuk-link" [routerLink]="['/admin/challenges', c.id, 'edit']"
                        >{{ 'challenges.admin.edit' | translate
                        }}<span class="govuk-visually-hidden"> {{ title(c) }}</span></a
                      >
                    </li>
                    @if (c.state === 'draft') {
                      <li>
                        <a class="govuk-link" [routerLink]="['/admin/challenges', c.id, 'publish']"
                          >{{ 'challenges.admin.publish' | translate
                          }}<span class="govuk-visually-hidden"> {{ title(c) }}</span></a
                        >
                      </li>
                    }
                  </ul>
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'challenges.admin.none' | translate }}</p>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class AdminChallenges {
  private readonly locale = inject(CurrentLocale).locale;
  protected readonly challenges = signal<ChallengeSummary[] | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    inject(ChallengesApi)
      .list({ mine: true, pageSize: 100 })
      .subscribe({ next: (page) => this.challenges.set(page.items), error: () => this.failed.set(true) });
  }

  protected title(c: ChallengeSummary): string {
    return localText(this.locale(), c.title, c.titleCy).text;
  }

  protected lang(c: ChallengeSummary): string | null {
    return langAttr(localText(this.locale(), c.title, c.titleCy), this.locale());
  }
}
