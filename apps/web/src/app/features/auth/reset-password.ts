import { HttpClient } from '@angular/common/http';
import { Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ApiError, ResetPasswordRequest } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, fieldError, newPasswordErrors } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';

@Component({
  selector: 'app-reset-password',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, TextField],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (done()) {
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title" tabindex="-1">{{ 'resetPassword.successTitle' | translate }}</h1>
            <div class="govuk-panel__body">{{ 'resetPassword.successText' | translate }}</div>
          </div>
          <p class="govuk-body">
            <a class="govuk-link" routerLink="/sign-in">{{ 'resetPassword.signIn' | translate }}</a>
          </p>
        } @else {
          <app-error-summary [errors]="errors()" />
          <h1 class="govuk-heading-l" tabindex="-1">{{ 'resetPassword.heading' | translate }}</h1>
          @if (token()) {
            <form novalidate (submit)="$event.preventDefault(); reset()">
              <app-text-field
                fieldId="password"
                label="fields.newPassword"
                hint="fields.passwordHint"
                type="password"
                autocomplete="new-password"
                [control]="password"
                [errors]="errors()"
              />
              <app-text-field
                fieldId="confirmPassword"
                label="fields.confirmPassword"
                type="password"
                autocomplete="new-password"
                [control]="confirmPassword"
                [errors]="errors()"
              />
              <button type="submit" class="govuk-button" [disabled]="busy()">
                {{ 'resetPassword.submit' | translate }}
              </button>
            </form>
          } @else {
            <p class="govuk-body">{{ 'resetPassword.invalidLink' | translate }}</p>
          }
          <p class="govuk-body">
            <a class="govuk-link" routerLink="/forgotten-password">{{ 'resetPassword.requestNew' | translate }}</a>
          </p>
        }
      </div>
    </div>
  `,
})
export class ResetPassword {
  private readonly http = inject(HttpClient);
  /** From ?token= in the emailed link. */
  readonly token = input<string>();
  protected readonly password = new FormControl('', { nonNullable: true });
  protected readonly confirmPassword = new FormControl('', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);

  constructor() {
    focusHeadingWhen(() => this.done());
  }

  protected reset(): void {
    const token = this.token();
    const errors = newPasswordErrors(this.password.value);
    if (!this.confirmPassword.value) errors.push(fieldError('confirmPassword', 'validation.confirmPasswordRequired'));
    else if (this.password.value && this.confirmPassword.value !== this.password.value) {
      errors.push(fieldError('confirmPassword', 'validation.passwordsDoNotMatch'));
    }
    this.errors.set(errors);
    if (errors.length || this.busy() || !token) return;

    const request: ResetPasswordRequest = { token, password: this.password.value };
    this.busy.set(true);
    this.http.post('/api/v1/auth/reset-password', request).subscribe({
      next: () => this.done.set(true),
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(
          error.statusCode === 400 && !error.fields
            ? [fieldError(null, 'resetPassword.invalidLink')]
            : apiFormErrors(error, { password: 'password' }),
        );
      },
    });
  }
}
