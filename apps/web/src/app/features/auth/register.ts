import { HttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AcceptedResponse, ApiError, RegisterRequest } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  FormError,
  apiFormErrors,
  displayNameErrors,
  emailErrors,
  newPasswordErrors,
} from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';

@Component({
  selector: 'app-register',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, TextField],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <app-error-summary [errors]="errors()" />
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'register.heading' | translate }}</h1>
        <form novalidate (submit)="$event.preventDefault(); register()">
          <app-text-field
            fieldId="displayName"
            label="fields.displayName"
            hint="fields.displayNameHint"
            autocomplete="name"
            [control]="displayName"
            [errors]="errors()"
          />
          <app-text-field
            fieldId="email"
            label="fields.email"
            hint="fields.emailHint"
            type="email"
            autocomplete="email"
            [control]="email"
            [errors]="errors()"
          />
          <app-text-field
            fieldId="password"
            label="fields.password"
            hint="fields.passwordHint"
            type="password"
            autocomplete="new-password"
            [control]="password"
            [errors]="errors()"
          />
          <button type="submit" class="govuk-button" [disabled]="busy()">{{ 'register.submit' | translate }}</button>
        </form>
        <p class="govuk-body">
          {{ 'register.haveAccount' | translate }}
          <a class="govuk-link" routerLink="/sign-in">{{ 'register.signInLink' | translate }}</a>
        </p>
      </div>
    </div>
  `,
})
export class Register {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly locale = inject(CurrentLocale).locale;

  protected readonly displayName = new FormControl('', { nonNullable: true });
  protected readonly email = new FormControl('', { nonNullable: true });
  protected readonly password = new FormControl('', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly busy = signal(false);

  protected register(): void {
    const errors = [
      ...displayNameErrors(this.displayName.value),
      ...emailErrors(this.email.value),
      ...newPasswordErrors(this.password.value),
    ];
    this.errors.set(errors);
    if (errors.length || this.busy()) return;

    const request: RegisterRequest = {
      displayName: this.displayName.value.trim(),
      email: this.email.value.trim(),
      password: this.password.value,
      locale: this.locale(),
    };
    this.busy.set(true);
    this.http.post<AcceptedResponse>('/api/v1/auth/register', request).subscribe({
      next: () => void this.router.navigate(['/check-your-email'], { state: { email: request.email } }),
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, { displayName: 'displayName', email: 'email', password: 'password' }));
      },
    });
  }
}
