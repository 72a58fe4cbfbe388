import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ChallengeSummary } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { formatLondonDateTime } from '../../shared/dates/london-time';
import { formatPence } from '../../shared/format/money';
import { langAttr, localText } from '../../shared/i18n/local-text';
import { ChallengeStateTag } from './challenge-state-tag';

/** A challenge in a list: title link, summary, council, stage, next date, prize pot (GOV.UK summary card). */
@Component({
  selector: 'app-challenge-card',
  imports: [RouterLink, TranslatePipe, ChallengeStateTag],
  styles: `
    .app-card-cover {
      display: block;
      max-width: 100%;
      max-height: 200px;
      margin-bottom: 15px;
    }
  `,
  template: `
    <div class="govuk-summary-card" data-testid="challenge-card">
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title" [attr.lang]="lang(title())">
          <a class="govuk-link" [routerLink]="['/challenges', challenge().id]">{{ title().text }}</a>
        </h3>
      </div>
      <div class="govuk-summary-card__content">
        @if (challenge().coverUrl; as url) {
          <img
            class="app-card-cover"
            [src]="url"
            [alt]="coverAlt().text"
            [attr.lang]="coverAlt().text ? lang(coverAlt()) : null"
            loading="lazy"
            data-testid="card-cover"
          />
        }
        @if (summary().text) {
          <p class="govuk-body" [attr.lang]="lang(summary())">{{ summary().text }}</p>
        }
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'challenges.card.council' | translate }}</dt>
            <dd class="govuk-summary-list__value">{{ challenge().organisation.name }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'challenges.card.stage' | translate }}</dt>
            <dd class="govuk-summary-list__value"><app-challenge-state-tag [state]="challenge().state" /></dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'challenges.card.nextDate' | translate }}</dt>
            <dd class="govuk-summary-list__value">
              @if (challenge().nextMilestone; as next) {
                {{
                  'challenges.milestone.' + next.kind
                    | translate: { stage: ('challenges.stages.' + next.stage | translate), date: when(next.at) }
                }}
              } @else {
                {{ 'challenges.card.noDate' | translate }}
              }
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'challenges.card.prizePot' | translate }}</dt>
            <dd class="govuk-summary-list__value">
              {{ pot() ?? ('challenges.card.notSet' | translate) }}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  `,
})
export class ChallengeCard {
  readonly challenge = input.required<ChallengeSummary>();
  private readonly locale = inject(CurrentLocale).locale;

  protected readonly title = computed(() => localText(this.locale(), this.challenge().title, this.challenge().titleCy));
  protected readonly summary = computed(() =>
    localText(this.locale(), this.challenge().summary, this.challenge().summaryCy),
  );
  /** Empty alt text means a decorative image (`alt=""`). */
  protected readonly coverAlt = computed(() =>
    localText(this.locale(), this.challenge().coverAlt, this.challenge().coverAltCy),
  );
  protected readonly pot = computed(() => {
    const pence = this.challenge().prizePotPence;
    return pence === null ? null : formatPence(pence, this.locale());
  });

  protected lang(text: { text: string; lang: 'en' | 'cy' }): string | null {
    return langAttr(text, this.locale());
  }

  protected when(iso: string): string {
    return formatLondonDateTime(iso, this.locale());
  }
}
