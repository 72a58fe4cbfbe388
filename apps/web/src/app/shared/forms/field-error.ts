import { Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { FormError } from './form-errors';

/** Returns the error for one field, if any (for `govuk-form-group--error` and `aria-describedby`). */
export const errorFor = (errors: readonly FormError[], fieldId: string): FormError | undefined =>
  errors.find((e) => e.field === fieldId);

/** The `aria-describedby` of a field: its hint and error message ids, when they are shown (null when neither is). */
export const describedBy = (fieldId: string, hasHint: boolean, hasError: boolean): string | null =>
  [hasHint ? `${fieldId}-hint` : '', hasError ? `${fieldId}-error` : ''].filter(Boolean).join(' ') || null;

/** A GOV.UK inline error message for a field, with id `<fieldId>-error`; renders nothing without an error. */
@Component({
  selector: 'app-field-error',
  imports: [TranslatePipe],
  template: `
    @if (error(); as error) {
      <p class="govuk-error-message" [id]="fieldId() + '-error'">
        <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span>
        {{ error.translate ? (error.message | translate: error.params) : error.message }}
      </p>
    }
  `,
})
export class FieldError {
  readonly fieldId = input.required<string>();
  readonly errors = input.required<readonly FormError[]>();
  protected readonly error = computed(() => errorFor(this.errors(), this.fieldId()));
}
