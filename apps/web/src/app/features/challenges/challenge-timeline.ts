import { Component, computed, inject, input } from '@angular/core';
import type { StageName, Stages } from '@challenge/contract';
import { STAGE_NAMES } from '@challenge/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { formatLondonDateTime } from '../../shared/dates/london-time';

type Row = { stage: StageName; opens: string | null; closes: string | null; opensKey: string; closesKey: string };

/** The stages and their dates in London time, as a GOV.UK summary list. Stages without dates are left out. */
@Component({
  selector: 'app-challenge-timeline',
  imports: [TranslatePipe],
  template: `
    <dl class="govuk-summary-list" data-testid="timeline">
      @for (row of rows(); track row.stage) {
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{{ 'challenges.stages.' + row.stage | translate }}</dt>
          <dd class="govuk-summary-list__value">
            <p class="govuk-body govuk-!-margin-bottom-1">
              {{ row.opensKey | translate }}: {{ row.opens ?? ('challenges.page.notSet' | translate) }}
            </p>
            <p class="govuk-body govuk-!-margin-bottom-0">
              {{ row.closesKey | translate }}: {{ row.closes ?? ('challenges.page.notSet' | translate) }}
            </p>
          </dd>
        </div>
      }
    </dl>
    <p class="govuk-body-s">{{ 'challenges.page.timesNote' | translate }}</p>
  `,
})
export class ChallengeTimeline {
  readonly stages = input.required<Stages>();
  private readonly locale = inject(CurrentLocale).locale;

  protected readonly rows = computed((): Row[] => {
    const locale = this.locale();
    const when = (iso: string | null): string | null => (iso ? formatLondonDateTime(iso, locale) : null);
    return STAGE_NAMES.filter((s) => this.stages()[s].opensAt || this.stages()[s].closesAt).map((stage) => ({
      stage,
      opens: when(this.stages()[stage].opensAt),
      closes: when(this.stages()[stage].closesAt),
      opensKey: stage === 'results' ? 'challenges.page.announced' : 'challenges.page.opens',
      closesKey: stage === 'results' ? 'challenges.page.challengeCloses' : 'challenges.page.closes',
    }));
  });
}
