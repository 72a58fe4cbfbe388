import { Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { AcceptJudgeInvitationResponse, ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../../core/auth/session';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { JudgingApi } from '../common/judging-api';
import { judgingFailureKey } from '../common/judging-errors';

/**
 * `/judging/invitations/accept?token=`: from the invitation email. Signed in, the invitee accepts
 * with a button; signed out, they are sent to sign in (and back here) or to create an account.
 */
@Component({
  selector: 'app-accept-judge-invitation',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (accepted(); as done) {
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title" tabindex="-1">{{ 'judging.accept.acceptedTitle' | translate }}</h1>
            <div class="govuk-panel__body">
              {{ 'judging.accept.acceptedText' | translate: { challenge: done.challengeTitle } }}
            </div>
          </div>
          <p class="govuk-body">{{ 'judging.accept.next' | translate }}</p>
          <p class="govuk-body">
            <a class="govuk-link" routerLink="/judging">{{ 'judging.accept.goToQueue' | translate }}</a>
          </p>
        } @else if (failed(); as key) {
          <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.accept.failedTitle' | translate }}</h1>
          <p class="govuk-body" data-testid="accept-error">{{ key | translate: { email: email() } }}</p>
          @if (wrongAccount()) {
            <p class="govuk-body">
              <button type="button" class="govuk-button govuk-button--secondary" (click)="switchAccount()">
                {{ 'judging.accept.switchAccount' | translate }}
              </button>
            </p>
          }
        } @else if (!token()) {
          <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.accept.failedTitle' | translate }}</h1>
          <p class="govuk-body">{{ 'judging.accept.missingToken' | translate }}</p>
        } @else if (checked()) {
          <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.accept.heading' | translate }}</h1>
          <p class="govuk-body">{{ 'judging.accept.intro' | translate }}</p>
          @if (session.me(); as me) {
            <p class="govuk-body">{{ 'judging.accept.signedInAs' | translate: { email: me.email } }}</p>
            <button type="button" class="govuk-button" [disabled]="busy()" (click)="accept()">
              {{ 'judging.accept.accept' | translate }}
            </button>
          } @else {
            <p class="govuk-body">{{ 'judging.accept.signInFirst' | translate }}</p>
            <a class="govuk-button" routerLink="/sign-in" [queryParams]="{ returnUrl: returnUrl() }">{{
              'judging.accept.signIn' | translate
            }}</a>
            <p class="govuk-body">
              {{ 'judging.accept.noAccount' | translate }}
              <a class="govuk-link" routerLink="/register">{{ 'judging.accept.register' | translate }}</a>
            </p>
          }
        } @else {
          <p class="govuk-body">{{ 'common.loading' | translate }}</p>
        }
      </div>
    </div>
  `,
})
export class AcceptJudgeInvitation {
  private readonly api = inject(JudgingApi);
  private readonly router = inject(Router);
  protected readonly session = inject(Session);
  /** From `?token=`. */
  readonly token = input<string>();

  protected readonly checked = signal(false);
  protected readonly busy = signal(false);
  protected readonly accepted = signal<AcceptJudgeInvitationResponse | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly wrongAccount = signal(false);
  protected readonly email = computed(() => this.session.me()?.email ?? '');
  protected readonly returnUrl = computed(
    () => `/judging/invitations/accept?token=${encodeURIComponent(this.token() ?? '')}`,
  );

  constructor() {
    focusHeadingWhen(() => !!this.accepted() || !!this.failed());
    void this.session.ensureLoaded().then(() => this.checked.set(true));
  }

  protected accept(): void {
    const token = this.token();
    if (!token || this.busy()) return;
    this.busy.set(true);
    this.api.acceptInvitation(token).subscribe({
      next: (response) => {
        this.busy.set(false);
        this.accepted.set(response);
        // The session lists the panels the person sits on (for the "Judging" link).
        void this.session.refresh();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.wrongAccount.set(error.code === 'invitation_wrong_account');
        this.failed.set(error.statusCode === 400 ? 'judging.apiErrors.invitationNotFound' : judgingFailureKey(error));
      },
    });
  }

  /** Signs out, then to sign in with the invited address and back here. */
  protected switchAccount(): void {
    const next = (): void => {
      void this.router.navigate(['/sign-in'], { queryParams: { returnUrl: this.returnUrl() } });
    };
    this.session.signOut().subscribe({
      next,
      error: () => {
        this.session.clear();
        next();
      },
    });
  }
}
