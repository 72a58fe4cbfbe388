import { HttpClient } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { AuditEntry, Page } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { keepPrevious } from '../../shared/data/resource-state';

/** The council's audit log, newest first. Reloads when `version` changes. */
@Component({
  selector: 'app-audit-log',
  imports: [DatePipe, TranslatePipe],
  template: `
    <h2 class="govuk-heading-m">{{ 'admin.auditHeading' | translate }}</h2>
    @if (entries().length) {
      <table class="govuk-table" data-testid="audit-log">
        <caption class="govuk-table__caption govuk-visually-hidden">
          {{
            'admin.auditCaption' | translate
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{{ 'admin.auditWhen' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'admin.auditWho' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'admin.auditAction' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'admin.auditTarget' | translate }}</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (entry of entries(); track entry.id) {
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{{ entry.occurredAt | date: 'd MMM yyyy, HH:mm' }}</td>
              <td class="govuk-table__cell">{{ entry.actor?.displayName ?? ('admin.auditSystem' | translate) }}</td>
              <td class="govuk-table__cell">
                <code>{{ entry.action }}</code>
              </td>
              <td class="govuk-table__cell">{{ entry.targetType }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="govuk-body">{{ 'admin.auditEmpty' | translate }}</p>
    }
  `,
})
export class AuditLog {
  private readonly http = inject(HttpClient);
  readonly organisationId = input.required<string>();
  readonly version = input(0);
  private readonly loaded = rxResource({
    params: () => ({ id: this.organisationId(), version: this.version() }),
    stream: ({ params }) =>
      this.http.get<Page<AuditEntry>>(`/api/v1/organisations/${encodeURIComponent(params.id)}/audit-log`),
  });
  /** A failure shows an empty log; a refresh keeps the old entries until the new ones arrive. */
  private readonly page = keepPrevious(this.loaded);
  protected readonly entries = computed(() => this.page()?.items ?? []);
}
