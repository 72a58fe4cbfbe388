import { HttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError, ForgotPasswordRequest } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, emailErrors } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';

@Component({
  selector: 'app-forgotten-password',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummary, TextField],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (sentTo(); as email) {
          <h1 class="govuk-heading-l" tabindex="-1">{{ 'forgotPassword.sentTitle' | translate }}</h1>
          <p class="govuk-body" role="status">{{ 'forgotPassword.sentText' | translate: { email } }}</p>
        } @else {
          <app-error-summary [errors]="errors()" />
          <h1 class="govuk-heading-l" tabindex="-1">{{ 'forgotPassword.heading' | translate }}</h1>
          <p class="govuk-body">{{ 'forgotPassword.intro' | translate }}</p>
          <form novalidate (submit)="$event.preventDefault(); send()">
            <app-text-field
              fieldId="email"
              label="fields.email"
              type="email"
              autocomplete="email"
              [control]="email"
              [errors]="errors()"
            />
            <button type="submit" class="govuk-button" [disabled]="busy()">
              {{ 'forgotPassword.submit' | translate }}
            </button>
          </form>
        }
      </div>
    </div>
  `,
})
export class ForgottenPassword {
  private readonly http = inject(HttpClient);
  protected readonly email = new FormControl('', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly busy = signal(false);
  protected readonly sentTo = signal<string | null>(null);

  constructor() {
    focusHeadingWhen(() => this.sentTo() !== null);
  }

  protected send(): void {
    const errors = emailErrors(this.email.value);
    this.errors.set(errors);
    if (errors.length || this.busy()) return;
    const request: ForgotPasswordRequest = { email: this.email.value.trim() };
    this.busy.set(true);
    this.http.post('/api/v1/auth/forgot-password', request).subscribe({
      next: () => this.sentTo.set(request.email),
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, { email: 'email' }));
      },
    });
  }
}
