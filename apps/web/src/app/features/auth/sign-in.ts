import { Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { safeReturnUrl } from '../../core/auth/auth.guard';
import { Session } from '../../core/auth/session';
import { CurrentLocale } from '../../core/i18n/locale';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, emailErrors, fieldError } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';

@Component({
  selector: 'app-sign-in',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, TextField],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <app-error-summary [errors]="errors()" />
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'signIn.heading' | translate }}</h1>
        <form novalidate (submit)="$event.preventDefault(); signIn()">
          <app-text-field
            fieldId="email"
            label="fields.email"
            type="email"
            autocomplete="email"
            [control]="email"
            [errors]="errors()"
          />
          <app-text-field
            fieldId="password"
            label="fields.password"
            type="password"
            autocomplete="current-password"
            [control]="password"
            [errors]="errors()"
          />
          <button type="submit" class="govuk-button" [disabled]="busy()">{{ 'signIn.submit' | translate }}</button>
        </form>
        <p class="govuk-body">
          <a class="govuk-link" routerLink="/forgotten-password">{{ 'signIn.forgotten' | translate }}</a>
        </p>
        <p class="govuk-body">
          {{ 'signIn.noAccount' | translate }}
          <a class="govuk-link" routerLink="/register">{{ 'signIn.registerLink' | translate }}</a>
        </p>
      </div>
    </div>
  `,
})
export class SignIn {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly currentLocale = inject(CurrentLocale);
  /** From ?returnUrl= (set by the auth guard). */
  readonly returnUrl = input<string>();

  protected readonly email = new FormControl('', { nonNullable: true });
  protected readonly password = new FormControl('', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly busy = signal(false);

  protected signIn(): void {
    const errors = [
      ...emailErrors(this.email.value),
      ...(this.password.value ? [] : [fieldError('password', 'validation.passwordRequired')]),
    ];
    this.errors.set(errors);
    if (errors.length || this.busy()) return;

    this.busy.set(true);
    this.session.signIn({ email: this.email.value.trim(), password: this.password.value }).subscribe({
      next: (me) => {
        // A language chosen in this browser wins; otherwise use the one saved with the account.
        if (!this.currentLocale.stored()) this.currentLocale.apply(me.locale);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl() ?? null));
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.password.setValue('');
        this.errors.set(
          error.statusCode === 401
            ? [fieldError('email', 'signIn.invalid')]
            : apiFormErrors(error, { email: 'email', password: 'password' }),
        );
      },
    });
  }
}
