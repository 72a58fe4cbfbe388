import { Component, computed, inject, input } from '@angular/core';
import type { Prize } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { formatPence } from '../../shared/format/money';
import { langAttr, localText } from '../../shared/i18n/local-text';

/** The prize pot and the prize tiers as a GOV.UK table. */
@Component({
  selector: 'app-challenge-prizes',
  imports: [TranslatePipe],
  template: `
    @if (pot(); as pot) {
      <p class="govuk-body govuk-!-font-weight-bold">{{ 'challenges.page.prizePot' | translate: { amount: pot } }}</p>
    }
    @if (rows().length) {
      <table class="govuk-table" data-testid="prizes">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {{
            'challenges.page.prizesCaption' | translate
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{{ 'challenges.page.prizeName' | translate }}</th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'challenges.page.prizeAmount' | translate }}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'challenges.page.prizeCount' | translate }}
            </th>
            <th scope="col" class="govuk-table__header">{{ 'challenges.page.prizeCategory' | translate }}</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (row of rows(); track $index) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header" [attr.lang]="row.lang">{{ row.name }}</th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.amount }}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.count }}</td>
              <td class="govuk-table__cell">{{ row.category ?? ('challenges.page.anyCategory' | translate) }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class ChallengePrizes {
  readonly prizes = input.required<Prize[]>();
  readonly prizePotPence = input<number | null>(null);
  private readonly locale = inject(CurrentLocale).locale;

  protected readonly pot = computed(() => {
    const pence = this.prizePotPence();
    return pence === null ? null : formatPence(pence, this.locale());
  });
  protected readonly rows = computed(() => {
    const locale = this.locale();
    return this.prizes().map((p) => {
      const name = localText(locale, p.name, p.nameCy);
      return {
        name: name.text,
        lang: langAttr(name, locale),
        amount: formatPence(p.amountPence, locale),
        count: p.count,
        category: p.category,
      };
    });
  });
}
