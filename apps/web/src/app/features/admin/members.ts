import { HttpClient, httpResource } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import { Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type {
  AddMemberRequest,
  ApiError,
  Organisation,
  OrganisationMember,
  OrganisationRole,
} from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, emailErrors, fieldError } from '../../shared/forms/form-errors';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { TextField } from '../../shared/forms/text-field';
import { AuditLog } from './audit-log';

type Notice = { key: string; params: Record<string, string> };

/** A council's team: list, add by email and role, remove; the audit log below. */
@Component({
  selector: 'app-members',
  imports: [DatePipe, ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, TextField, AuditLog],
  template: `
    <a class="govuk-back-link" routerLink="/admin">{{ 'admin.backToCouncils' | translate }}</a>
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
          <p class="govuk-notification-banner__heading">{{ notice.key | translate: notice.params }}</p>
        </div>
      </div>
    }
    @if (organisation(); as organisation) {
      <span class="govuk-caption-l">{{ organisation.name }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'admin.membersHeading' | translate }}</h1>

    @if (members().length) {
      <table class="govuk-table" data-testid="members">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {{
            'admin.membersCaption' | translate: { name: organisationName() }
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{{ 'admin.memberName' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'admin.memberEmail' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'admin.memberRole' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'admin.memberAdded' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'admin.actions' | translate }}</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (member of members(); track member.userId) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">{{ member.displayName }}</th>
              <td class="govuk-table__cell">{{ member.email }}</td>
              <td class="govuk-table__cell">{{ 'common.roles.' + member.role | translate }}</td>
              <td class="govuk-table__cell">{{ member.addedAt | date: 'd MMM yyyy' }}</td>
              <td class="govuk-table__cell">
                <button type="button" class="app-link-button" [disabled]="busy()" (click)="remove(member)">
                  {{ 'admin.remove' | translate }}<span class="govuk-visually-hidden"> {{ member.displayName }}</span>
                </button>
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else if (loaded()) {
      <p class="govuk-body">{{ 'admin.noMembers' | translate }}</p>
    }

    <h2 class="govuk-heading-m">{{ 'admin.addHeading' | translate }}</h2>
    <form novalidate (submit)="$event.preventDefault(); add()">
      <app-text-field
        fieldId="email"
        label="fields.email"
        hint="admin.addHint"
        type="email"
        autocomplete="off"
        [control]="email"
        [errors]="errors()"
      />
      <div class="govuk-form-group" [class.govuk-form-group--error]="roleError()">
        <fieldset class="govuk-fieldset" [attr.aria-describedby]="roleError() ? 'role-error' : null">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{ 'admin.role' | translate }}</legend>
          @if (roleError(); as error) {
            <p class="govuk-error-message" id="role-error">
              <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span>
              {{ error.translate ? (error.message | translate) : error.message }}
            </p>
          }
          <div class="govuk-radios" data-module="govuk-radios">
            @for (option of roles; track option.role; let first = $first) {
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  type="radio"
                  name="role"
                  [id]="first ? 'role' : 'role-' + option.role"
                  [value]="option.role"
                  [formControl]="role"
                  [attr.aria-describedby]="'role-' + option.role + '-hint'"
                />
                <label class="govuk-label govuk-radios__label" [for]="first ? 'role' : 'role-' + option.role">{{
                  'common.roles.' + option.role | translate
                }}</label>
                <div class="govuk-hint govuk-radios__hint" [id]="'role-' + option.role + '-hint'">
                  {{ option.hint | translate }}
                </div>
              </div>
            }
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" [disabled]="busy()">{{ 'admin.addSubmit' | translate }}</button>
    </form>

    <app-audit-log [organisationId]="id()" [version]="version()" />
  `,
})
export class Members {
  private readonly http = inject(HttpClient);
  /** The organisation id from the route. */
  readonly id = input.required<string>();

  // Both cancelled when the council changes or the page is left; the members reload after each change.
  private readonly loadedOrganisation = httpResource<Organisation>(() => this.base(this.id()));
  protected readonly organisation = computed(() => valueOf(this.loadedOrganisation));
  protected readonly organisationName = computed(() => this.organisation()?.name ?? '');
  private readonly loadedMembers = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.http.get<OrganisationMember[]>(`${this.base(params)}/members`),
  });
  protected readonly members = computed(() => valueOf(this.loadedMembers) ?? []);
  protected readonly loaded = computed(() => this.loadedMembers.hasValue());
  protected readonly version = signal(0);
  protected readonly errors = linkedSignal<FormError[]>(() => {
    const error = errorOf(this.loadedMembers);
    return error ? apiFormErrors(error) : [];
  });
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly roleError = computed(() => this.errors().find((e) => e.field === 'role'));
  protected readonly email = new FormControl('', { nonNullable: true });
  protected readonly role = new FormControl<OrganisationRole | ''>('', { nonNullable: true });
  protected readonly roles: readonly { role: OrganisationRole; hint: string }[] = [
    { role: 'admin', hint: 'admin.roleAdminHint' },
    { role: 'moderator', hint: 'admin.roleModeratorHint' },
  ];

  protected add(): void {
    const role = this.role.value;
    const errors = [...emailErrors(this.email.value), ...(role ? [] : [fieldError('role', 'validation.roleRequired')])];
    this.errors.set(errors);
    this.notice.set(null);
    if (errors.length || !role || this.busy()) return;
    const request: AddMemberRequest = { email: this.email.value.trim(), role };
    this.busy.set(true);
    this.http.post(`${this.base(this.id())}/members`, request).subscribe({
      next: () => {
        this.done({ key: 'admin.added', params: { email: request.email } });
        this.email.setValue('');
        this.role.setValue('');
      },
      error: (error: ApiError) => this.failed(error, { email: 'email', role: 'role' }),
    });
  }

  protected remove(member: OrganisationMember): void {
    this.busy.set(true);
    this.errors.set([]);
    this.http.delete(`${this.base(this.id())}/members/${encodeURIComponent(member.userId)}`).subscribe({
      next: () => this.done({ key: 'admin.removed', params: { name: member.displayName } }),
      error: (error: ApiError) => this.failed(error),
    });
  }

  private done(notice: Notice): void {
    this.busy.set(false);
    this.notice.set(notice);
    this.loadedMembers.reload();
    this.version.update((v) => v + 1);
  }

  private failed(error: ApiError, fields: Record<string, string> = {}): void {
    this.busy.set(false);
    this.errors.set(apiFormErrors(error, fields));
  }

  private base(id: string): string {
    return `/api/v1/organisations/${encodeURIComponent(id)}`;
  }
}
