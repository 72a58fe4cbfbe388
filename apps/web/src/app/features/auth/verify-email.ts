import { HttpClient } from '@angular/common/http';
import { Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { VerifyEmailRequest } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../shared/focus-heading';

type State = 'checking' | 'verified' | 'failed' | 'missing';

@Component({
  selector: 'app-verify-email',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @switch (state()) {
          @case ('verified') {
            <div class="govuk-panel govuk-panel--confirmation">
              <h1 class="govuk-panel__title" tabindex="-1">{{ 'verifyEmail.successTitle' | translate }}</h1>
              <div class="govuk-panel__body">{{ 'verifyEmail.successText' | translate }}</div>
            </div>
            <p class="govuk-body">
              <a class="govuk-link" routerLink="/sign-in">{{ 'verifyEmail.signIn' | translate }}</a>
            </p>
          }
          @case ('failed') {
            <h1 class="govuk-heading-l" tabindex="-1">{{ 'verifyEmail.failureTitle' | translate }}</h1>
            <p class="govuk-body">{{ 'verifyEmail.failureText' | translate }}</p>
            <p class="govuk-body">
              <a class="govuk-link" routerLink="/sign-in">{{ 'verifyEmail.signIn' | translate }}</a>
            </p>
          }
          @case ('missing') {
            <h1 class="govuk-heading-l" tabindex="-1">{{ 'verifyEmail.failureTitle' | translate }}</h1>
            <p class="govuk-body">{{ 'verifyEmail.missingToken' | translate }}</p>
          }
          @default {
            <h1 class="govuk-heading-l" tabindex="-1">{{ 'verifyEmail.heading' | translate }}</h1>
            <p class="govuk-body" role="status">{{ 'verifyEmail.checking' | translate }}</p>
          }
        }
      </div>
    </div>
  `,
})
export class VerifyEmail implements OnInit {
  private readonly http = inject(HttpClient);
  /** From the ?token= query parameter (component input binding). */
  readonly token = input<string>();
  protected readonly state = signal<State>('checking');

  constructor() {
    focusHeadingWhen(() => this.state() !== 'checking');
  }

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set('missing');
      return;
    }
    const request: VerifyEmailRequest = { token };
    this.http.post('/api/v1/auth/verify-email', request).subscribe({
      next: () => this.state.set('verified'),
      error: () => this.state.set('failed'),
    });
  }
}
