import { Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ChartRow, chartSummary, scaleBars } from './chart-scale';

/**
 * A horizontal bar chart drawn with CSS: one image to assistive technology (role="img", its
 * label summarising the chart), followed by a GOV.UK details component holding the same numbers
 * as a table.
 */
@Component({
  selector: 'app-bar-chart',
  imports: [TranslatePipe],
  styles: `
    :host {
      display: block;
      margin-bottom: 30px;
    }
    .app-chart {
      margin-bottom: 15px;
    }
    .app-chart__row {
      display: flex;
      align-items: center;
      gap: 10px;
      margin-bottom: 5px;
    }
    .app-chart__label {
      flex: 0 0 35%;
      overflow-wrap: break-word;
    }
    .app-chart__track {
      flex: 1 1 auto;
      height: 24px;
      background: #f3f2f1;
    }
    .app-chart__bar {
      display: block;
      height: 100%;
      background: #1d70b8;
    }
    .app-chart__value {
      flex: 0 0 4.5em;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  template: `
    <h3 class="govuk-heading-s">{{ heading() | translate }}</h3>
    @if (summary(); as summary) {
      <div
        class="app-chart govuk-body-s"
        role="img"
        [attr.aria-label]="(heading() | translate) + ': ' + ('results.charts.summary' | translate: summary)"
        [attr.data-testid]="testId()"
      >
        @for (bar of bars(); track bar.id) {
          <div class="app-chart__row">
            <span class="app-chart__label">{{ bar.label }}</span>
            <span class="app-chart__track"><span class="app-chart__bar" [style.width.%]="bar.percent"></span></span>
            <span class="app-chart__value">{{ bar.display }}</span>
          </div>
        }
      </div>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{{
            'results.charts.showTable' | translate: { chart: (heading() | translate) }
          }}</span>
        </summary>
        <div class="govuk-details__text">
          <table class="govuk-table" [attr.data-testid]="testId() + '-table'">
            <caption class="govuk-table__caption govuk-table__caption--s">
              {{
                heading() | translate
              }}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">{{ 'results.charts.idea' | translate }}</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {{ valueHeader() | translate }}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (row of rows(); track row.id) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">{{ row.label }}</th>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.display }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
    }
  `,
})
export class BarChart {
  /** Translation keys for the chart's title and the value column of its table. */
  readonly heading = input.required<string>();
  readonly valueHeader = input.required<string>();
  readonly rows = input.required<ChartRow[]>();
  /** A fixed scale (e.g. 1 for scores from 0 to 1); without one, the largest value fills the width. */
  readonly max = input<number>();
  readonly testId = input('chart');

  protected readonly bars = computed(() => scaleBars(this.rows(), this.max()));
  protected readonly summary = computed(() => chartSummary(this.rows()));
}
