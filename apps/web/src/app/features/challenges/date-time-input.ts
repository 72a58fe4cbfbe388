import { Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import type { FormError } from '../../shared/forms/form-errors';
import type { DateControls } from './challenge-form-controls';

/** A GOV.UK date input (day, month, year) and a time, in UK time. Errors name `<fieldId>-day`. */
@Component({
  selector: 'app-date-time-input',
  imports: [ReactiveFormsModule, TranslatePipe],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <fieldset class="govuk-fieldset" role="group" [attr.aria-describedby]="describedBy()">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{ legend() }}</legend>
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ 'challenges.form.dateHint' | translate }}</div>
        @if (error(); as error) {
          <p class="govuk-error-message" [id]="fieldId() + '-error'">
            <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span>
            {{ error.translate ? (error.message | translate: error.params) : error.message }}
          </p>
        }
        <div class="govuk-date-input">
          @for (part of parts; track part.name) {
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" [for]="fieldId() + '-' + part.name">{{
                  part.label | translate
                }}</label>
                <input
                  class="govuk-input govuk-date-input__input"
                  [class]="part.width"
                  [class.govuk-input--error]="error()"
                  [id]="fieldId() + '-' + part.name"
                  [name]="fieldId() + '-' + part.name"
                  type="text"
                  [attr.inputmode]="part.name === 'time' ? null : 'numeric'"
                  [formControl]="controls()[part.name]"
                />
              </div>
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class DateTimeInput {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly controls = input.required<DateControls>();
  readonly errors = input<readonly FormError[]>([]);

  protected readonly parts = [
    { name: 'day', label: 'challenges.form.day', width: 'govuk-input--width-2' },
    { name: 'month', label: 'challenges.form.month', width: 'govuk-input--width-2' },
    { name: 'year', label: 'challenges.form.year', width: 'govuk-input--width-4' },
    { name: 'time', label: 'challenges.form.time', width: 'govuk-input--width-4' },
  ] as const;
  protected readonly error = computed(() => this.errors().find((e) => e.field === `${this.fieldId()}-day`));
  protected readonly describedBy = computed(
    () => `${this.fieldId()}-hint` + (this.error() ? ` ${this.fieldId()}-error` : ''),
  );
}
