import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublicVoteMeasure, RankedIdea } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { FLAG_TAG, formatDecimal, formatZ } from './results-format';

let nextId = 0;

/**
 * The ranking of the shortlisted ideas with every score that makes it: the panel's raw average
 * and normalised score, the public vote and the final score; with `showFlags`, the flags an admin
 * must look at before confirming.
 */
@Component({
  selector: 'app-results-ranking',
  imports: [RouterLink, TranslatePipe],
  styles: `
    .app-table-scroll {
      overflow-x: auto;
    }
    .app-flags .govuk-tag {
      margin: 0 5px 5px 0;
    }
  `,
  template: `
    <div class="app-table-scroll" role="region" [attr.aria-labelledby]="captionId" tabindex="0">
      <table class="govuk-table govuk-!-font-size-16" data-testid="ranking">
        <caption class="govuk-table__caption govuk-table__caption--s" [id]="captionId">
          {{
            'results.ranking.caption' | translate
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'results.ranking.rank' | translate }}
            </th>
            <th scope="col" class="govuk-table__header">{{ 'results.ranking.idea' | translate }}</th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'results.ranking.panelRaw' | translate }}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'results.ranking.panelNormalised' | translate }}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ (measure() === 'pairwise' ? 'results.ranking.pairwise' : 'results.ranking.supports') | translate }}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'results.ranking.publicScore' | translate }}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'results.ranking.finalScore' | translate }}
            </th>
            @if (showFlags()) {
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {{ 'results.ranking.judges' | translate }}
              </th>
              <th scope="col" class="govuk-table__header">{{ 'results.ranking.flags' | translate }}</th>
            }
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (row of rows(); track row.ideaId) {
            <tr class="govuk-table__row" [attr.data-testid]="'rank-' + row.rank">
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.rank }}</td>
              <th scope="row" class="govuk-table__header">
                <a class="govuk-link" [routerLink]="['/ideas', row.ideaId]">{{ row.title }}</a>
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.raw }}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.normalised }}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {{ row.vote ?? ('results.ranking.none' | translate) }}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.publicScore }}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.finalScore }}</td>
              @if (showFlags()) {
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.judgeCount }}</td>
                <td class="govuk-table__cell app-flags" [attr.data-testid]="'flags-' + row.rank">
                  @for (flag of row.flags; track flag) {
                    <strong class="govuk-tag" [class]="'govuk-tag ' + tag[flag]">{{
                      'results.flags.' + flag + '.label' | translate
                    }}</strong>
                  } @empty {
                    <span class="govuk-visually-hidden">{{ 'results.flags.none' | translate }}</span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class ResultsRanking {
  readonly ranking = input.required<RankedIdea[]>();
  readonly measure = input.required<PublicVoteMeasure>();
  readonly showFlags = input(false);
  private readonly locale = inject(CurrentLocale).locale;
  protected readonly captionId = `ranking-caption-${nextId++}`;
  protected readonly tag = FLAG_TAG;

  protected readonly rows = computed(() => {
    const locale = this.locale();
    const pairwise = this.measure() === 'pairwise';
    return this.ranking().map((r) => ({
      ideaId: r.ideaId,
      rank: r.rank,
      title: r.title,
      raw: formatDecimal(r.panelRawAverage, 1, locale),
      normalised: formatZ(r.panelScore, locale),
      vote: pairwise
        ? r.pairwiseScore === null
          ? null
          : `${formatDecimal(r.pairwiseScore * 100, 1, locale)}%`
        : formatDecimal(r.voteCount, 0, locale),
      publicScore: formatDecimal(r.publicScore, 3, locale),
      finalScore: formatDecimal(r.finalScore, 3, locale),
      judgeCount: r.judgeCount,
      flags: r.flags,
    }));
  });
}
