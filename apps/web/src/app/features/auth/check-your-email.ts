import { HttpClient } from '@angular/common/http';
import { Location } from '@angular/common';
import { Component, inject, signal } from '@angular/core';
import type { ApiError, ResendVerificationRequest } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors } from '../../shared/forms/form-errors';

@Component({
  selector: 'app-check-your-email',
  imports: [TranslatePipe, ErrorSummary],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <app-error-summary [errors]="errors()" />
        @if (resent()) {
          <div
            class="govuk-notification-banner govuk-notification-banner--success"
            role="alert"
            aria-labelledby="resent-title"
          >
            <div class="govuk-notification-banner__header">
              <h2 class="govuk-notification-banner__title" id="resent-title">{{ 'account.success' | translate }}</h2>
            </div>
            <div class="govuk-notification-banner__content">
              <p class="govuk-notification-banner__heading">{{ 'checkEmail.resent' | translate }}</p>
            </div>
          </div>
        }
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'checkEmail.heading' | translate }}</h1>
        @if (email) {
          <p class="govuk-body">{{ 'checkEmail.sentTo' | translate: { email } }}</p>
        } @else {
          <p class="govuk-body">{{ 'checkEmail.sent' | translate }}</p>
        }
        <p class="govuk-body">{{ 'checkEmail.instructions' | translate }}</p>
        <h2 class="govuk-heading-m">{{ 'checkEmail.notReceived' | translate }}</h2>
        <p class="govuk-body">{{ 'checkEmail.notReceivedText' | translate }}</p>
        @if (email) {
          <button type="button" class="govuk-button govuk-button--secondary" [disabled]="busy()" (click)="resend()">
            {{ 'checkEmail.resend' | translate }}
          </button>
        }
      </div>
    </div>
  `,
})
export class CheckYourEmail {
  private readonly http = inject(HttpClient);
  protected readonly email = this.readEmail(inject(Location).getState());
  protected readonly resent = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<FormError[]>([]);

  protected resend(): void {
    if (!this.email) return;
    const request: ResendVerificationRequest = { email: this.email };
    this.busy.set(true);
    this.http.post('/api/v1/auth/resend-verification', request).subscribe({
      next: () => {
        this.busy.set(false);
        this.resent.set(true);
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error));
      },
    });
  }

  private readEmail(state: unknown): string | null {
    const email = (state as { email?: unknown } | null)?.email;
    return typeof email === 'string' ? email : null;
  }
}
