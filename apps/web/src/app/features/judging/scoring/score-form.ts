import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { Criterion, Score } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../../core/i18n/locale';
import { FieldError, errorFor } from '../../../shared/forms/field-error';
import type { FormError } from '../../../shared/forms/form-errors';
import { LocalText, langAttr, localText } from '../../../shared/i18n/local-text';
import { commentFieldId, scoreFieldId, scoreOptions, usesRadios } from './score-form-model';

export type ScoreControls = Record<string, { score: FormControl<string>; comment: FormControl<string> }>;

/** The rubric as a judge scores it: each criterion's description and range, a score and an optional comment. */
@Component({
  selector: 'app-score-form',
  imports: [NgTemplateOutlet, ReactiveFormsModule, TranslatePipe, FieldError],
  styles: `
    .app-pre-line {
      white-space: pre-line;
    }
  `,
  template: `
    @if (readOnly()) {
      <dl class="govuk-summary-list" data-testid="submitted-scores">
        @for (c of criteria(); track c.id) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              <span [attr.lang]="lang(name(c))">{{ name(c).text }}</span>
            </dt>
            <dd class="govuk-summary-list__value">
              @let score = saved().get(c.id)?.score;
              <p class="govuk-body govuk-!-margin-bottom-1">
                @if (score === undefined || score === null) {
                  {{ 'judging.score.noScore' | translate }}
                } @else {
                  {{ 'judging.score.outOf' | translate: { score: score, max: c.maxScore } }}
                }
              </p>
              @if (saved().get(c.id)?.comment; as comment) {
                <p class="govuk-body app-pre-line govuk-!-margin-bottom-0">{{ comment }}</p>
              }
            </dd>
          </div>
        }
      </dl>
    } @else {
      @for (c of criteria(); track c.id) {
        <div class="govuk-form-group" [class.govuk-form-group--error]="has(scoreId(c))" data-testid="criterion">
          @if (radios(c)) {
            <fieldset class="govuk-fieldset" [attr.aria-describedby]="describedBy(c)">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                <h2 class="govuk-fieldset__heading">
                  <span [attr.lang]="lang(name(c))">{{ name(c).text }}</span>
                </h2>
              </legend>
              <ng-container *ngTemplateOutlet="hint; context: { $implicit: c }" />
              <app-field-error [fieldId]="scoreId(c)" [errors]="errors()" />
              <div class="govuk-radios govuk-radios--inline govuk-radios--small" data-module="govuk-radios">
                @for (value of options(c); track value; let first = $first) {
                  <div class="govuk-radios__item">
                    <input
                      class="govuk-radios__input"
                      type="radio"
                      [id]="first ? scoreId(c) : scoreId(c) + '-' + value"
                      [name]="scoreId(c)"
                      [attr.name]="scoreId(c)"
                      [value]="'' + value"
                      [attr.value]="value"
                      [formControl]="controls()[c.id].score"
                    />
                    <label
                      class="govuk-label govuk-radios__label"
                      [for]="first ? scoreId(c) : scoreId(c) + '-' + value"
                      >{{ value }}</label
                    >
                  </div>
                }
              </div>
            </fieldset>
          } @else {
            <h2 class="govuk-label-wrapper">
              <label class="govuk-label govuk-label--m" [for]="scoreId(c)"
                ><span [attr.lang]="lang(name(c))">{{ name(c).text }}</span></label
              >
            </h2>
            <ng-container *ngTemplateOutlet="hint; context: { $implicit: c }" />
            <app-field-error [fieldId]="scoreId(c)" [errors]="errors()" />
            <input
              class="govuk-input govuk-input--width-4"
              [class.govuk-input--error]="has(scoreId(c))"
              type="text"
              inputmode="numeric"
              spellcheck="false"
              autocomplete="off"
              [id]="scoreId(c)"
              [formControl]="controls()[c.id].score"
              [attr.aria-describedby]="describedBy(c)"
            />
          }
        </div>
        <div class="govuk-form-group govuk-!-margin-bottom-8" [class.govuk-form-group--error]="has(commentId(c))">
          <label class="govuk-label govuk-label--s" [for]="commentId(c)">{{
            'judging.score.comment' | translate: { name: name(c).text }
          }}</label>
          <app-field-error [fieldId]="commentId(c)" [errors]="errors()" />
          <textarea
            class="govuk-textarea"
            [class.govuk-textarea--error]="has(commentId(c))"
            rows="3"
            [id]="commentId(c)"
            [formControl]="controls()[c.id].comment"
            [attr.aria-describedby]="has(commentId(c)) ? commentId(c) + '-error' : null"
          ></textarea>
        </div>
      }
    }
    <ng-template #hint let-c>
      <div class="govuk-hint" [id]="scoreId(c) + '-hint'">
        <p class="govuk-body govuk-hint app-pre-line govuk-!-margin-bottom-1" [attr.lang]="lang(description(c))">
          {{ description(c).text }}
        </p>
        {{ 'judging.score.range' | translate: { min: c.minScore, max: c.maxScore } }}
        {{ 'judging.score.weight' | translate: { weight: c.weight } }}
      </div>
    </ng-template>
  `,
})
export class ScoreForm {
  private readonly locale = inject(CurrentLocale).locale;
  readonly criteria = input.required<readonly Criterion[]>();
  readonly controls = input.required<ScoreControls>();
  readonly scores = input<readonly Score[]>([]);
  readonly errors = input<readonly FormError[]>([]);
  readonly readOnly = input(false);

  protected readonly saved = computed(() => new Map(this.scores().map((s) => [s.criterionId, s])));
  protected readonly scoreId = (c: Criterion): string => scoreFieldId(c.id);
  protected readonly commentId = (c: Criterion): string => commentFieldId(c.id);
  protected readonly radios = usesRadios;
  protected readonly options = scoreOptions;

  protected name(c: Criterion): LocalText {
    return localText(this.locale(), c.name, c.nameCy);
  }

  protected description(c: Criterion): LocalText {
    return localText(this.locale(), c.description, c.descriptionCy);
  }

  /** `lang="en"` on English fallback text in a Welsh page. */
  protected lang(text: LocalText): string | null {
    return langAttr(text, this.locale());
  }

  protected has(id: string): boolean {
    return !!errorFor(this.errors(), id);
  }

  protected describedBy(c: Criterion): string {
    return `${this.scoreId(c)}-hint` + (this.has(this.scoreId(c)) ? ` ${this.scoreId(c)}-error` : '');
  }
}
