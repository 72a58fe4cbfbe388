import { Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { describedBy, errorFor, FieldError } from './field-error';
import type { FormError } from './form-errors';

/** A GOV.UK textarea with its label, hint and inline error message. */
@Component({
  selector: 'app-textarea-field',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <label class="govuk-label govuk-label--s" [for]="fieldId()">{{ label() | translate }}</label>
      @if (hint(); as hint) {
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint | translate }}</div>
      }
      <app-field-error [fieldId]="fieldId()" [errors]="errors()" />
      <textarea
        class="govuk-textarea"
        [class.govuk-textarea--error]="error()"
        [id]="fieldId()"
        [name]="fieldId()"
        [rows]="rows()"
        [formControl]="control()"
        [attr.lang]="lang()"
        [attr.aria-describedby]="describedBy()"
      ></textarea>
    </div>
  `,
})
export class TextareaField {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly errors = input<readonly FormError[]>([]);
  readonly hint = input<string>();
  readonly rows = input(5);
  readonly lang = input<string | null>(null);

  protected readonly error = computed(() => errorFor(this.errors(), this.fieldId()));
  protected readonly describedBy = computed(() => describedBy(this.fieldId(), !!this.hint(), !!this.error()));
}
