import { Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import type { FormError } from './form-errors';

/** A GOV.UK text input with its label, hint and inline error message. */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, TranslatePipe],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <label class="govuk-label" [class.govuk-label--m]="large()" [for]="fieldId()">{{ label() | translate }}</label>
      @if (hint(); as hint) {
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint | translate }}</div>
      }
      @if (error(); as error) {
        <p class="govuk-error-message" [id]="fieldId() + '-error'">
          <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span>
          {{ error.translate ? (error.message | translate: error.params) : error.message }}
        </p>
      }
      <input
        class="govuk-input"
        [class.govuk-input--error]="error()"
        [id]="fieldId()"
        [name]="fieldId()"
        [type]="type()"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.spellcheck]="type() === 'text' ? null : false"
        [attr.aria-describedby]="describedBy()"
      />
    </div>
  `,
})
export class TextField {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly errors = input<readonly FormError[]>([]);
  readonly hint = input<string>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input<string>();
  readonly large = input(false);

  protected readonly error = computed(() => this.errors().find((e) => e.field === this.fieldId()));
  protected readonly describedBy = computed(
    () =>
      [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-error` : '']
        .filter(Boolean)
        .join(' ') || null,
  );
}
