import { HttpClient } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { ApiError, DataExport } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, displayNameErrors, fieldError } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';

@Component({
  selector: 'app-my-account',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummary, TextField],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <app-error-summary [errors]="errors()" />
        @if (notice(); as notice) {
          <div
            class="govuk-notification-banner govuk-notification-banner--success"
            role="alert"
            aria-labelledby="notice-title"
          >
            <div class="govuk-notification-banner__header">
              <h2 class="govuk-notification-banner__title" id="notice-title">{{ 'account.success' | translate }}</h2>
            </div>
            <div class="govuk-notification-banner__content">
              <p class="govuk-notification-banner__heading">{{ notice | translate }}</p>
            </div>
          </div>
        }
        <h1 class="govuk-heading-l" tabindex="-1">{{ 'account.heading' | translate }}</h1>
        @if (me(); as me) {
          <h2 class="govuk-heading-m">{{ 'account.details' | translate }}</h2>
          <dl class="govuk-summary-list" data-testid="account-details">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'account.name' | translate }}</dt>
              <dd class="govuk-summary-list__value" data-testid="account-name">{{ me.displayName }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'account.email' | translate }}</dt>
              <dd class="govuk-summary-list__value">{{ me.email }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'account.emailStatus' | translate }}</dt>
              <dd class="govuk-summary-list__value">
                {{ (me.emailVerified ? 'common.yes' : 'common.no') | translate }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'account.language' | translate }}</dt>
              <dd class="govuk-summary-list__value">
                {{ (me.locale === 'cy' ? 'layout.welsh' : 'layout.english') | translate }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'account.memberships' | translate }}</dt>
              <dd class="govuk-summary-list__value">
                @for (m of me.memberships; track m.organisationId + m.role) {
                  <p class="govuk-body">
                    {{
                      'account.membership'
                        | translate: { organisation: m.organisationName, role: ('common.roles.' + m.role | translate) }
                    }}
                  </p>
                } @empty {
                  {{ 'account.noMemberships' | translate }}
                }
              </dd>
            </div>
          </dl>

          <form novalidate (submit)="$event.preventDefault(); saveName()">
            <app-text-field
              fieldId="displayName"
              label="account.changeName"
              hint="fields.displayNameHint"
              autocomplete="name"
              [large]="true"
              [control]="displayName"
              [errors]="errors()"
            />
            <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="busy()">
              {{ 'common.save' | translate }}
            </button>
          </form>

          <h2 class="govuk-heading-m">{{ 'account.yourData' | translate }}</h2>
          <p class="govuk-body">{{ 'account.yourDataText' | translate }}</p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            [disabled]="busy()"
            (click)="downloadData()"
          >
            {{ 'account.download' | translate }}
          </button>

          <h2 class="govuk-heading-m">{{ 'account.deleteHeading' | translate }}</h2>
          @if (confirmingDelete()) {
            <div class="govuk-warning-text">
              <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
              <strong class="govuk-warning-text__text" id="delete-confirm" tabindex="-1">
                {{ 'account.deleteConfirmHeading' | translate }} {{ 'account.deleteWarning' | translate }}
              </strong>
            </div>
            <div class="govuk-button-group">
              <button
                type="button"
                class="govuk-button govuk-button--warning"
                [disabled]="busy()"
                (click)="deleteAccount()"
              >
                {{ 'account.deleteConfirm' | translate }}
              </button>
              <button type="button" class="govuk-button govuk-button--secondary" (click)="confirmingDelete.set(false)">
                {{ 'common.cancel' | translate }}
              </button>
            </div>
          } @else {
            <p class="govuk-body">{{ 'account.deleteText' | translate }}</p>
            <button type="button" class="govuk-button govuk-button--warning" (click)="askToDelete()">
              {{ 'account.deleteButton' | translate }}
            </button>
          }
        }
      </div>
    </div>
  `,
})
export class MyAccount {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly me = this.session.me;
  protected readonly displayName = new FormControl(this.session.me()?.displayName ?? '', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirmingDelete = signal(false);

  protected saveName(): void {
    const errors = displayNameErrors(this.displayName.value);
    this.errors.set(errors);
    this.notice.set(null);
    if (errors.length || this.busy()) return;
    this.busy.set(true);
    this.session.update({ displayName: this.displayName.value.trim() }).subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set('account.nameSaved');
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, { displayName: 'displayName' }));
      },
    });
  }

  protected downloadData(): void {
    this.busy.set(true);
    this.http.get<DataExport>('/api/v1/me/export').subscribe({
      next: (data) => {
        this.busy.set(false);
        const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
        const link = this.document.createElement('a');
        link.href = url;
        link.download = 'council-challenges-my-data.json';
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      error: () => {
        this.busy.set(false);
        this.errors.set([fieldError(null, 'account.downloadFailed')]);
      },
    });
  }

  protected askToDelete(): void {
    this.confirmingDelete.set(true);
    setTimeout(() => this.document.getElementById('delete-confirm')?.focus());
  }

  protected deleteAccount(): void {
    this.busy.set(true);
    this.http.delete('/api/v1/me').subscribe({
      next: () => {
        this.session.clear();
        void this.router.navigateByUrl('/', { state: { notice: 'account.deleted' } });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error));
      },
    });
  }
}
