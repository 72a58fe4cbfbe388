import { Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError, describedBy, errorFor } from '../../../shared/forms/field-error';
import type { FormError } from '../../../shared/forms/form-errors';

/** A GOV.UK text input for a number (`inputmode`, no spellcheck, a fixed width), with label, hint and error. */
@Component({
  selector: 'app-number-field',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <label class="govuk-label" [class.govuk-label--s]="bold()" [for]="fieldId()">{{
        label() | translate: labelParams()
      }}</label>
      @if (hint(); as hint) {
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint | translate: hintParams() }}</div>
      }
      <app-field-error [fieldId]="fieldId()" [errors]="errors()" />
      <input
        class="govuk-input govuk-input--width-4"
        [class.govuk-input--error]="error()"
        type="text"
        [attr.inputmode]="decimal() ? 'decimal' : 'numeric'"
        spellcheck="false"
        autocomplete="off"
        [id]="fieldId()"
        [name]="fieldId()"
        [formControl]="control()"
        [attr.aria-describedby]="describedBy()"
      />
    </div>
  `,
})
export class NumberField {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly labelParams = input<Record<string, string>>();
  readonly control = input.required<FormControl<string>>();
  readonly errors = input<readonly FormError[]>([]);
  readonly hint = input<string>();
  readonly hintParams = input<Record<string, string>>();
  readonly decimal = input(false);
  readonly bold = input(false);
  protected readonly error = computed(() => errorFor(this.errors(), this.fieldId()));
  protected readonly describedBy = computed(() => describedBy(this.fieldId(), !!this.hint(), !!this.error()));
}
