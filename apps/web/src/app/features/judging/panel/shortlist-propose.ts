import { Component, computed, effect, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { Challenge, ShortlistProposalRequest, ShortlistRule } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError, describedBy, errorFor } from '../../../shared/forms/field-error';
import { FormError, fieldError } from '../../../shared/forms/form-errors';
import { NumberField } from '../common/number-field';
import { wholeNumber } from './shortlist-model';

export const PROPOSE_FIELDS = { rule: 'propose-rule', count: 'propose-count', perCategory: 'propose-per-category' };
export type ProposeSubmit = { request: ShortlistProposalRequest | null; errors: FormError[] };

/** The rule a shortlist proposal needs, or the errors to show: a whole count from 1 to 100. */
export function proposalRequest(rule: ShortlistRule, count: string, perCategory: boolean): ProposeSubmit {
  const n = wholeNumber(count, 1, 100);
  if (n === null)
    return { request: null, errors: [fieldError(PROPOSE_FIELDS.count, 'judging.shortlist.countInvalid')] };
  return { request: { rule, count: n, perCategory }, errors: [] };
}

/** "Propose by rule": top N by support votes or pairwise score, overall or in each category. */
@Component({
  selector: 'app-shortlist-propose',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError, NumberField],
  template: `
    @if (!rules().length) {
      <p class="govuk-body" data-testid="propose-unavailable">{{ 'judging.shortlist.noRule' | translate }}</p>
    } @else {
      <form novalidate (submit)="$event.preventDefault(); submit()">
        @if (rules().length > 1) {
          <div class="govuk-form-group" [class.govuk-form-group--error]="ruleError()">
            <fieldset class="govuk-fieldset" [attr.aria-describedby]="ruleDescribedBy()">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                {{ 'judging.shortlist.rule' | translate }}
              </legend>
              <div class="govuk-hint" [id]="fields.rule + '-hint'">{{ 'judging.shortlist.ruleHint' | translate }}</div>
              <app-field-error [fieldId]="fields.rule" [errors]="errors()" />
              <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
                @for (option of rules(); track option; let first = $first) {
                  <div class="govuk-radios__item">
                    <input
                      class="govuk-radios__input"
                      type="radio"
                      name="propose-rule"
                      [id]="first ? fields.rule : fields.rule + '-' + option"
                      [value]="option"
                      [attr.value]="option"
                      [formControl]="rule"
                    />
                    <label
                      class="govuk-label govuk-radios__label"
                      [for]="first ? fields.rule : fields.rule + '-' + option"
                      >{{ 'judging.shortlist.rules.' + option | translate }}</label
                    >
                  </div>
                }
              </div>
            </fieldset>
          </div>
        } @else {
          <p class="govuk-body">
            {{
              (rules()[0] === 'top_pairwise' ? 'judging.shortlist.byPairwise' : 'judging.shortlist.byVotes') | translate
            }}
          </p>
          <div class="govuk-hint">{{ 'judging.shortlist.ruleHint' | translate }}</div>
        }
        <app-number-field
          [fieldId]="fields.count"
          label="judging.shortlist.count"
          hint="judging.shortlist.countHint"
          [control]="count"
          [errors]="errors()"
        />
        @if (challenge().categories.length) {
          <div class="govuk-form-group">
            <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div class="govuk-checkboxes__item">
                <input
                  class="govuk-checkboxes__input"
                  type="checkbox"
                  [id]="fields.perCategory"
                  [formControl]="perCategory"
                />
                <label class="govuk-label govuk-checkboxes__label" [for]="fields.perCategory">{{
                  'judging.shortlist.perCategory' | translate
                }}</label>
              </div>
            </div>
          </div>
        }
        <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="busy()">
          {{ 'judging.shortlist.propose' | translate }}
        </button>
      </form>
    }
  `,
})
export class ShortlistPropose {
  readonly challenge = input.required<Challenge>();
  readonly errors = input<readonly FormError[]>([]);
  readonly busy = input(false);
  readonly proposed = output<ProposeSubmit>();

  protected readonly fields = PROPOSE_FIELDS;
  protected readonly rule = new FormControl<ShortlistRule>('top_votes', { nonNullable: true });
  protected readonly count = new FormControl('10', { nonNullable: true });
  protected readonly perCategory = new FormControl(false, { nonNullable: true });
  /** Only the rules the challenge's voting can rank by: support votes, pairwise scores, or both. */
  protected readonly rules = computed((): ShortlistRule[] => {
    const { supportVoting, pairwiseVoting } = this.challenge().voting;
    return [...(supportVoting ? ['top_votes' as const] : []), ...(pairwiseVoting ? ['top_pairwise' as const] : [])];
  });
  protected readonly ruleError = computed(() => errorFor(this.errors(), this.fields.rule));
  protected readonly ruleDescribedBy = computed(() => describedBy(this.fields.rule, true, !!this.ruleError()));

  constructor() {
    // Default to the first rule this challenge offers.
    effect(() => {
      const rules = this.rules();
      if (rules[0] && !rules.includes(this.rule.value)) this.rule.setValue(rules[0]);
    });
  }

  protected submit(): void {
    this.proposed.emit(proposalRequest(this.rule.value, this.count.value, this.perCategory.value));
  }
}
