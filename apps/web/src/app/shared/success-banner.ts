import { Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

export type Notice = { key: string; params?: Record<string, string> };

let nextId = 0;

/** A GOV.UK success notification banner (role="alert", so it is announced when it appears). */
@Component({
  selector: 'app-success-banner',
  imports: [TranslatePipe],
  template: `
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      [attr.aria-labelledby]="titleId"
      data-testid="success-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" [id]="titleId">{{ 'account.success' | translate }}</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{ notice().key | translate: notice().params }}</p>
      </div>
    </div>
  `,
})
export class SuccessBanner {
  protected readonly titleId = `success-banner-${nextId++}`;
  readonly notice = input.required<Notice>();
}
