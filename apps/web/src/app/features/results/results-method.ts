import { Component, computed, inject, input } from '@angular/core';
import type { PrizeAward, ResultsMethod } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LocalText, langAttr } from '../../shared/i18n/local-text';
import { SLOT, aroundSlot } from './results-format';
import { methodView } from './results-view';

/** "How the winners were chosen", generated from the published method. */
@Component({
  selector: 'app-results-method',
  imports: [TranslatePipe],
  template: `
    <div data-testid="method">
      <h3 class="govuk-heading-s">{{ 'results.method.criteriaHeading' | translate }}</h3>
      @if (view().criteria.length) {
        <table class="govuk-table" data-testid="method-criteria">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'results.method.criteriaHeading' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'results.method.criterion' | translate }}</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {{ 'results.method.weight' | translate }}
              </th>
              <th scope="col" class="govuk-table__header">{{ 'results.method.scoreRange' | translate }}</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (c of view().criteria; track $index) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header" [attr.lang]="lang(c.name)">{{ c.name.text }}</th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ c.share }}</td>
                <td class="govuk-table__cell">{{ c.range.key | translate: c.range.params }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'results.method.noCriteria' | translate }}</p>
      }

      <h3 class="govuk-heading-s">{{ 'results.method.panelHeading' | translate }}</h3>
      <dl class="govuk-summary-list">
        @for (fact of view().facts; track fact.testId) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ fact.label | translate }}</dt>
            <dd class="govuk-summary-list__value" [attr.data-testid]="fact.testId">
              {{ fact.value.key ? (fact.value.key | translate: fact.value.params) : fact.value.text }}
            </dd>
          </div>
        }
      </dl>
      <p class="govuk-body">{{ 'results.method.normalisationExplained' | translate }}</p>
      <p class="govuk-body">{{ view().conflicts.key | translate }}</p>

      <h3 class="govuk-heading-s">{{ 'results.method.formulaHeading' | translate }}</h3>
      <p class="govuk-body" [attr.lang]="lang(view().formula)" data-testid="method-formula">
        {{ view().formula.text }}
      </p>

      <h3 class="govuk-heading-s">{{ 'results.method.overridesHeading' | translate }}</h3>
      @if (view().overrides.length) {
        <p class="govuk-body">{{ 'results.method.overridesIntro' | translate }}</p>
        <ul class="govuk-list govuk-list--bullet" data-testid="method-overrides">
          @for (o of view().overrides; track $index) {
            @let parts =
              around(
                'results.method.override'
                  | translate
                    : {
                        prize: slot,
                        idea: o.ideaTitle ?? ('results.winners.notAwarded' | translate),
                        reason: o.reason,
                      }
              );
            <li>
              {{ parts[0] }}<span [attr.lang]="lang(o.prizeName)">{{ o.prizeName.text }}</span
              >{{ parts[1] }}
            </li>
          }
        </ul>
      } @else {
        <p class="govuk-body" data-testid="method-overrides">{{ 'results.method.noOverrides' | translate }}</p>
      }
    </div>
  `,
})
export class ResultsMethodSection {
  readonly method = input.required<ResultsMethod>();
  readonly awards = input.required<PrizeAward[]>();
  private readonly locale = inject(CurrentLocale).locale;
  protected readonly slot = SLOT;
  protected readonly around = aroundSlot;
  protected readonly view = computed(() => methodView(this.method(), this.awards(), this.locale()));

  protected lang(text: LocalText): string | null {
    return langAttr(text, this.locale());
  }
}
