import { Component, computed, inject, input } from '@angular/core';
import type { RankedIdea } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { formatDecimal, formatZ } from './results-format';

/** One idea's scores by judge ("judge 1"…): the raw weighted total beside the normalised one. */
@Component({
  selector: 'app-judge-scores',
  imports: [TranslatePipe],
  template: `
    <details class="govuk-details govuk-!-margin-bottom-3">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{{
          'results.preview.judgeScores' | translate: { title: idea().title }
        }}</span>
      </summary>
      <div class="govuk-details__text">
        @if (rows().length) {
          <table class="govuk-table govuk-!-margin-bottom-0">
            <caption class="govuk-table__caption govuk-visually-hidden">
              {{
                'results.preview.judgeScores' | translate: { title: idea().title }
              }}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">{{ 'results.preview.judge' | translate }}</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {{ 'results.ranking.panelRaw' | translate }}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {{ 'results.ranking.panelNormalised' | translate }}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (row of rows(); track row.judge) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    {{ 'results.preview.judgeNumber' | translate: { number: row.number } }}
                  </th>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.total }}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.normalised }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="govuk-body">{{ 'results.preview.noScores' | translate }}</p>
        }
      </div>
    </details>
  `,
})
export class JudgeScores {
  readonly idea = input.required<RankedIdea>();
  private readonly locale = inject(CurrentLocale).locale;
  protected readonly rows = computed(() => {
    const locale = this.locale();
    return this.idea().judges.map((j) => ({
      judge: j.judge,
      /** "judge 3" → "3", said as "judge 3" / "beirniad 3". */
      number: j.judge.replace(/^judge\s*/, ''),
      total: formatDecimal(j.total, 1, locale),
      normalised: formatZ(j.normalised, locale),
    }));
  });
}
