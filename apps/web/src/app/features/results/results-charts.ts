import { Component, computed, inject, input } from '@angular/core';
import type { PublicVoteMeasure, RankedIdea } from '@challenge/contract';
import { CurrentLocale } from '../../core/i18n/locale';
import { BarChart } from './bar-chart';
import { rankingCharts } from './ranking-charts';

/** The results as charts, each with its table alternative. */
@Component({
  selector: 'app-results-charts',
  imports: [BarChart],
  template: `
    @for (chart of charts(); track chart.id) {
      <app-bar-chart
        [heading]="chart.heading"
        [valueHeader]="chart.valueHeader"
        [rows]="chart.rows"
        [max]="chart.max"
        [testId]="'chart-' + chart.id"
      />
    }
  `,
})
export class ResultsCharts {
  readonly ranking = input.required<RankedIdea[]>();
  readonly measure = input.required<PublicVoteMeasure>();
  private readonly locale = inject(CurrentLocale).locale;
  protected readonly charts = computed(() => rankingCharts(this.ranking(), this.measure(), this.locale()));
}
