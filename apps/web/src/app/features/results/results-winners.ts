import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PrizeAward } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { langAttr } from '../../shared/i18n/local-text';
import { awardRows, totalAwarded } from './results-view';

/** The prizes and who won them, with amounts (Welsh prize names in Welsh). */
@Component({
  selector: 'app-results-winners',
  imports: [RouterLink, TranslatePipe],
  template: `
    <table class="govuk-table" data-testid="winners">
      <caption class="govuk-table__caption govuk-table__caption--s">
        {{
          'results.winners.caption' | translate: { total: total() }
        }}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">{{ 'results.winners.prize' | translate }}</th>
          <th scope="col" class="govuk-table__header">{{ 'results.winners.idea' | translate }}</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            {{ 'results.winners.amount' | translate }}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        @for (row of rows(); track row.key) {
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">
              <span [attr.lang]="lang(row.prizeName)">{{ row.prizeName.text }}</span>
              @if (row.tier === 'peoples_choice') {
                <span class="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{{
                  'results.winners.peoplesChoice' | translate
                }}</span>
              } @else if (row.category) {
                <span class="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{{
                  'results.winners.category' | translate: { category: row.category }
                }}</span>
              }
            </th>
            <td class="govuk-table__cell">
              @if (row.ideaId) {
                <a class="govuk-link" [routerLink]="['/ideas', row.ideaId]">{{ row.ideaTitle }}</a>
              } @else {
                {{ 'results.winners.notAwarded' | translate }}
              }
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.amount }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class ResultsWinners {
  readonly awards = input.required<PrizeAward[]>();
  private readonly locale = inject(CurrentLocale).locale;
  protected readonly rows = computed(() => awardRows(this.awards(), this.locale()));
  protected readonly total = computed(() => totalAwarded(this.awards(), this.locale()));

  protected lang(text: { text: string; lang: 'en' | 'cy' }): string | null {
    return langAttr(text, this.locale());
  }
}
