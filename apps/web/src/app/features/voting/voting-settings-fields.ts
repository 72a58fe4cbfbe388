import { Component, computed, effect, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { PublicVoteMeasure } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError, describedBy, errorFor } from '../../shared/forms/field-error';
import type { FormError } from '../../shared/forms/form-errors';
import { VotingFormValue, emptyVotingValue } from './voting-settings-model';

/** One control per voting setting of the challenge form. */
export class VotingControls {
  readonly supportVoting: FormControl<boolean>;
  readonly pairwiseVoting: FormControl<boolean>;
  readonly publicVoteMeasure: FormControl<PublicVoteMeasure>;
  readonly voteAllowance: FormControl<string>;
  readonly allowSelfVotes: FormControl<boolean>;
  readonly blindReview: FormControl<boolean>;

  constructor(v: VotingFormValue = emptyVotingValue()) {
    this.supportVoting = new FormControl(v.supportVoting, { nonNullable: true });
    this.pairwiseVoting = new FormControl(v.pairwiseVoting, { nonNullable: true });
    this.publicVoteMeasure = new FormControl(v.publicVoteMeasure, { nonNullable: true });
    this.voteAllowance = new FormControl(v.voteAllowance, { nonNullable: true });
    this.allowSelfVotes = new FormControl(v.allowSelfVotes, { nonNullable: true });
    this.blindReview = new FormControl(v.blindReview, { nonNullable: true });
  }

  /** Shows the settings that can no longer change as read-only inputs. */
  freeze(frozen: { voting: boolean; judging: boolean }): void {
    for (const control of [
      this.supportVoting,
      this.pairwiseVoting,
      this.publicVoteMeasure,
      this.voteAllowance,
      this.allowSelfVotes,
    ]) {
      if (frozen.voting) control.disable();
    }
    if (frozen.judging) this.blindReview.disable();
  }

  value(): VotingFormValue {
    return {
      supportVoting: this.supportVoting.value,
      pairwiseVoting: this.pairwiseVoting.value,
      publicVoteMeasure: this.publicVoteMeasure.value,
      voteAllowance: this.voteAllowance.value,
      allowSelfVotes: this.allowSelfVotes.value,
      blindReview: this.blindReview.value,
    };
  }
}

/** The challenge form's "Public vote" section: methods, measure, allowance, self-votes and blind review. */
@Component({
  selector: 'app-voting-settings-fields',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError],
  template: `
    <h2 class="govuk-heading-m">{{ 'voting.settings.heading' | translate }}</h2>
    @if (frozen().voting) {
      <div class="govuk-inset-text">{{ 'voting.settings.votingFrozen' | translate }}</div>
    }
    <div class="govuk-form-group" [class.govuk-form-group--error]="methodError()">
      <fieldset class="govuk-fieldset" [attr.aria-describedby]="methodDescribedBy()">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {{ 'voting.settings.methods' | translate }}
        </legend>
        <div class="govuk-hint" id="votingMethods-hint">{{ 'voting.settings.methodsHint' | translate }}</div>
        <app-field-error fieldId="supportVoting" [errors]="errors()" />
        <div class="govuk-checkboxes" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id="supportVoting"
              type="checkbox"
              aria-describedby="supportVoting-item-hint"
              [formControl]="controls().supportVoting"
            />
            <label class="govuk-label govuk-checkboxes__label" for="supportVoting">{{
              'voting.settings.supportVoting' | translate
            }}</label>
            <div class="govuk-hint govuk-checkboxes__hint" id="supportVoting-item-hint">
              {{ 'voting.settings.supportVotingHint' | translate }}
            </div>
          </div>
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id="pairwiseVoting"
              type="checkbox"
              aria-describedby="pairwiseVoting-item-hint"
              [formControl]="controls().pairwiseVoting"
            />
            <label class="govuk-label govuk-checkboxes__label" for="pairwiseVoting">{{
              'voting.settings.pairwiseVoting' | translate
            }}</label>
            <div class="govuk-hint govuk-checkboxes__hint" id="pairwiseVoting-item-hint">
              {{ 'voting.settings.pairwiseVotingHint' | translate }}
            </div>
          </div>
        </div>
      </fieldset>
    </div>
    @if (support() && pairwise()) {
      <div class="govuk-form-group" [class.govuk-form-group--error]="measureError()">
        <fieldset class="govuk-fieldset" [attr.aria-describedby]="measureDescribedBy()">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {{ 'voting.settings.measure' | translate }}
          </legend>
          <app-field-error fieldId="publicVoteMeasure" [errors]="errors()" />
          <div class="govuk-radios" data-module="govuk-radios">
            @for (measure of measures; track measure; let first = $first) {
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  type="radio"
                  name="publicVoteMeasure"
                  [id]="first ? 'publicVoteMeasure' : 'publicVoteMeasure-' + measure"
                  [value]="measure"
                  [formControl]="controls().publicVoteMeasure"
                />
                <label
                  class="govuk-label govuk-radios__label"
                  [for]="first ? 'publicVoteMeasure' : 'publicVoteMeasure-' + measure"
                  >{{ 'voting.settings.measures.' + measure | translate }}</label
                >
              </div>
            }
          </div>
        </fieldset>
      </div>
    }
    @if (support()) {
      <div class="govuk-form-group" [class.govuk-form-group--error]="allowanceError()">
        <label class="govuk-label govuk-label--s" for="voteAllowance">{{
          'voting.settings.voteAllowance' | translate
        }}</label>
        <div class="govuk-hint" id="voteAllowance-hint">{{ 'voting.settings.voteAllowanceHint' | translate }}</div>
        <app-field-error fieldId="voteAllowance" [errors]="errors()" />
        <input
          class="govuk-input govuk-input--width-3"
          [class.govuk-input--error]="allowanceError()"
          id="voteAllowance"
          name="voteAllowance"
          type="text"
          inputmode="numeric"
          spellcheck="false"
          [formControl]="controls().voteAllowance"
          [attr.aria-describedby]="allowanceDescribedBy()"
        />
      </div>
    }
    <div class="govuk-form-group" [class.govuk-form-group--error]="selfVotesError()">
      <app-field-error fieldId="allowSelfVotes" [errors]="errors()" />
      <div class="govuk-checkboxes" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id="allowSelfVotes"
            type="checkbox"
            [attr.aria-describedby]="selfVotesDescribedBy()"
            [formControl]="controls().allowSelfVotes"
          />
          <label class="govuk-label govuk-checkboxes__label" for="allowSelfVotes">{{
            'voting.settings.allowSelfVotes' | translate
          }}</label>
        </div>
      </div>
    </div>
    @if (frozen().judging) {
      <div class="govuk-inset-text">{{ 'voting.settings.judgingFrozen' | translate }}</div>
    }
    <div class="govuk-form-group" [class.govuk-form-group--error]="blindReviewError()">
      <app-field-error fieldId="blindReview" [errors]="errors()" />
      <div class="govuk-checkboxes" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id="blindReview"
            type="checkbox"
            [attr.aria-describedby]="blindReviewDescribedBy()"
            [formControl]="controls().blindReview"
          />
          <label class="govuk-label govuk-checkboxes__label" for="blindReview">{{
            'voting.settings.blindReview' | translate
          }}</label>
          <div class="govuk-hint govuk-checkboxes__hint" id="blindReview-hint">
            {{ 'voting.settings.blindReviewHint' | translate }}
          </div>
        </div>
      </div>
    </div>
  `,
})
export class VotingSettingsFields {
  readonly controls = input.required<VotingControls>();
  readonly errors = input<readonly FormError[]>([]);
  readonly frozen = input<{ voting: boolean; judging: boolean }>({ voting: false, judging: false });

  protected readonly measures: readonly PublicVoteMeasure[] = ['supports', 'pairwise'];
  /** The two checkboxes as signals, so the measure and the allowance show only when they apply. */
  protected readonly support = signal(true);
  protected readonly pairwise = signal(false);

  protected readonly methodError = computed(() => errorFor(this.errors(), 'supportVoting'));
  protected readonly measureError = computed(() => errorFor(this.errors(), 'publicVoteMeasure'));
  protected readonly allowanceError = computed(() => errorFor(this.errors(), 'voteAllowance'));
  protected readonly methodDescribedBy = computed(
    () => 'votingMethods-hint' + (this.methodError() ? ' supportVoting-error' : ''),
  );
  protected readonly allowanceDescribedBy = computed(() => describedBy('voteAllowance', true, !!this.allowanceError()));
  protected readonly measureDescribedBy = computed(() =>
    describedBy('publicVoteMeasure', false, !!this.measureError()),
  );
  protected readonly selfVotesError = computed(() => errorFor(this.errors(), 'allowSelfVotes'));
  protected readonly selfVotesDescribedBy = computed(() =>
    describedBy('allowSelfVotes', false, !!this.selfVotesError()),
  );
  protected readonly blindReviewError = computed(() => errorFor(this.errors(), 'blindReview'));
  protected readonly blindReviewDescribedBy = computed(() =>
    describedBy('blindReview', true, !!this.blindReviewError()),
  );

  constructor() {
    effect((onCleanup) => {
      const { supportVoting, pairwiseVoting } = this.controls();
      this.support.set(supportVoting.value);
      this.pairwise.set(pairwiseVoting.value);
      const subscriptions = [
        supportVoting.valueChanges.subscribe((v) => this.support.set(v)),
        pairwiseVoting.valueChanges.subscribe((v) => this.pairwise.set(v)),
      ];
      onCleanup(() => subscriptions.forEach((s) => s.unsubscribe()));
    });
  }
}
