import { Component, computed, inject, input } from '@angular/core';
import type { ImplementationUpdate } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDatePipe } from '../../shared/dates/london-date.pipe';
import { formatPence } from '../../shared/format/money';
import { langAttr, localText } from '../../shared/i18n/local-text';
import { UPDATE_STATUS_TAG } from './results-format';

/** Implementation updates on one winning idea, newest first: status, date, text (Welsh when given) and spend. */
@Component({
  selector: 'app-implementation-updates',
  imports: [TranslatePipe, LondonDatePipe],
  styles: `
    .app-update {
      border-left: 5px solid #b1b4b6;
      padding-left: 15px;
      margin-bottom: 20px;
    }
    .app-pre-line {
      white-space: pre-line;
      overflow-wrap: break-word;
    }
  `,
  template: `
    <ul class="govuk-list" data-testid="implementation-updates">
      @for (update of rows(); track update.id) {
        <li class="app-update">
          <p class="govuk-body govuk-!-margin-bottom-2">
            <strong class="govuk-tag" [class]="'govuk-tag ' + update.tag">{{
              'results.updates.status.' + update.status | translate
            }}</strong>
            <span class="govuk-body-s govuk-!-margin-left-2">{{ update.createdAt | londonDate: locale() }}</span>
          </p>
          <p class="govuk-body app-pre-line" [attr.lang]="update.lang">{{ update.text }}</p>
          @if (update.spend) {
            <p class="govuk-body-s" data-testid="update-spend">
              {{ 'results.updates.spend' | translate: { amount: update.spend } }}
            </p>
          }
        </li>
      }
    </ul>
  `,
})
export class ImplementationUpdates {
  readonly updates = input.required<ImplementationUpdate[]>();
  protected readonly locale = inject(CurrentLocale).locale;
  protected readonly rows = computed(() => {
    const locale = this.locale();
    return this.updates().map((u) => {
      const text = localText(locale, u.body, u.bodyCy);
      return {
        id: u.id,
        status: u.status,
        tag: UPDATE_STATUS_TAG[u.status],
        createdAt: u.createdAt,
        text: text.text,
        lang: langAttr(text, locale),
        spend: u.spendPence === null ? null : formatPence(u.spendPence, locale),
      };
    });
  });
}
