import { Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { apiErrorKey, isUnavailable } from '../../shared/forms/api-errors';
import { IdeasApi } from '../../shared/api/ideas-api';

type State = 'accepting' | 'accepted' | 'failed' | 'missing';

/** The id of the idea an accepted invitation leads to, whatever shape the API answers with. */
export function acceptedIdeaId(response: unknown): string | null {
  if (typeof response !== 'object' || response === null) return null;
  const r = response as { ideaId?: unknown; id?: unknown; idea?: { id?: unknown } };
  const id = r.ideaId ?? r.idea?.id ?? r.id;
  return typeof id === 'string' ? id : null;
}

/** Opened from the invitation email (`?token=`), signed in (the route's guard sees to that): joins the team. */
@Component({
  selector: 'app-accept-invitation',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @switch (state()) {
          @case ('accepted') {
            <div class="govuk-panel govuk-panel--confirmation">
              <h1 class="govuk-panel__title" tabindex="-1">{{ 'ideas.invitation.acceptedTitle' | translate }}</h1>
              <div class="govuk-panel__body">{{ 'ideas.invitation.acceptedText' | translate }}</div>
            </div>
            @if (ideaId(); as ideaId) {
              <p class="govuk-body">
                <a class="govuk-link" [routerLink]="['/ideas', ideaId]">{{
                  'ideas.invitation.goToIdea' | translate
                }}</a>
              </p>
            }
          }
          @case ('accepting') {
            <h1 class="govuk-heading-l" tabindex="-1">{{ 'ideas.invitation.heading' | translate }}</h1>
            <p class="govuk-body" role="status">{{ 'ideas.invitation.accepting' | translate }}</p>
          }
          @default {
            <h1 class="govuk-heading-l" tabindex="-1">{{ 'ideas.invitation.failedTitle' | translate }}</h1>
            <p class="govuk-body">{{ message() | translate }}</p>
          }
        }
      </div>
    </div>
  `,
})
export class AcceptInvitation implements OnInit {
  private readonly api = inject(IdeasApi);
  readonly token = input<string>();
  protected readonly state = signal<State>('accepting');
  protected readonly ideaId = signal<string | null>(null);
  protected readonly message = signal('ideas.invitation.failedText');

  constructor() {
    focusHeadingWhen(() => this.state() !== 'accepting');
  }

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.message.set('ideas.invitation.missingToken');
      this.state.set('missing');
      return;
    }
    this.api.acceptInvitation(token).subscribe({
      next: (response) => {
        this.ideaId.set(acceptedIdeaId(response));
        this.state.set('accepted');
      },
      error: (error: ApiError) => {
        if (isUnavailable(error)) this.message.set('common.serviceUnavailable');
        else this.message.set(apiErrorKey(error.code) ?? 'ideas.invitation.failedText');
        this.state.set('failed');
      },
    });
  }
}
