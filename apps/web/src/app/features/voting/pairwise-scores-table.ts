import { Component, input } from '@angular/core';
import type { PairwiseScores } from '@challenge/contract';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { scorePercent } from './voting-rules';

/** The public pairwise scores: each idea's chance of being chosen over a random other, with its likely range. */
@Component({
  selector: 'app-pairwise-scores-table',
  imports: [RouterLink, TranslatePipe],
  template: `
    <h2 class="govuk-heading-m">{{ 'voting.compare.scoresHeading' | translate }}</h2>
    <p class="govuk-body">{{ 'voting.compare.scoresIntro' | translate }}</p>
    @if (scores().scores.length && scores().comparisons) {
      <table class="govuk-table" data-testid="pairwise-scores">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {{
            'voting.compare.scoresCaption' | translate: { count: scores().comparisons }
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{{ 'voting.compare.scoreIdea' | translate }}</th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'voting.compare.score' | translate }}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'voting.compare.range' | translate }}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'voting.compare.comparisons' | translate }}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (row of scores().scores; track row.ideaId) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                <a class="govuk-link" [routerLink]="['/ideas', row.ideaId]">{{ row.title }}</a>
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ percent(row.score) }}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {{ 'voting.compare.rangeValue' | translate: { low: percent(row.low), high: percent(row.high) } }}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.comparisons }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="govuk-body">{{ 'voting.compare.noScores' | translate }}</p>
    }
  `,
})
export class PairwiseScoresTable {
  readonly scores = input.required<PairwiseScores>();
  protected readonly percent = scorePercent;
}
