import { Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { describedBy, errorFor, FieldError } from './field-error';
import type { FormError } from './form-errors';

/** A GOV.UK text input with its label, hint and inline error message. */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError],
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <label class="govuk-label" [class.govuk-label--m]="large()" [for]="fieldId()">{{ label() | translate }}</label>
      @if (hint(); as hint) {
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint | translate }}</div>
      }
      <app-field-error [fieldId]="fieldId()" [errors]="errors()" />
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
        [attr.lang]="lang()"
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
  /** `lang` of what is typed, when it differs from the page (e.g. "cy" for a Welsh field on an English page). */
  readonly lang = input<string | null>(null);

  protected readonly error = computed(() => errorFor(this.errors(), this.fieldId()));
  protected readonly describedBy = computed(() => describedBy(this.fieldId(), !!this.hint(), !!this.error()));
}
