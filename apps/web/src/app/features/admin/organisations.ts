import { HttpClient } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import { Component, OnInit, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ApiError, CreateOrganisationRequest, Organisation, Page } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, fieldError } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';

/** Platform admins: every council on the platform, and adding a new one. */
@Component({
  selector: 'app-organisations',
  imports: [DatePipe, ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, TextField],
  template: `
    <app-error-summary [errors]="errors()" />
    @if (created(); as name) {
      <div
        class="govuk-notification-banner govuk-notification-banner--success"
        role="alert"
        aria-labelledby="created-title"
      >
        <div class="govuk-notification-banner__header">
          <h2 class="govuk-notification-banner__title" id="created-title">{{ 'account.success' | translate }}</h2>
        </div>
        <div class="govuk-notification-banner__content">
          <p class="govuk-notification-banner__heading">{{ 'organisations.created_message' | translate: { name } }}</p>
        </div>
      </div>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'organisations.heading' | translate }}</h1>
    @if (organisations().length) {
      <table class="govuk-table" data-testid="organisations">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {{
            'organisations.caption' | translate
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{{ 'organisations.name' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'organisations.slug' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'organisations.created' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'organisations.team' | translate }}</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (organisation of organisations(); track organisation.id) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">{{ organisation.name }}</th>
              <td class="govuk-table__cell">{{ organisation.slug }}</td>
              <td class="govuk-table__cell">{{ organisation.createdAt | date: 'd MMM yyyy' }}</td>
              <td class="govuk-table__cell">
                <a class="govuk-link" [routerLink]="['/admin/organisations', organisation.id, 'members']">
                  {{ 'organisations.manage' | translate: { name: organisation.name } }}
                </a>
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else if (loaded()) {
      <p class="govuk-body">{{ 'organisations.empty' | translate }}</p>
    }

    <h2 class="govuk-heading-m">{{ 'organisations.createHeading' | translate }}</h2>
    <form novalidate (submit)="$event.preventDefault(); create()">
      <app-text-field
        fieldId="name"
        label="organisations.createLabel"
        hint="organisations.createHint"
        autocomplete="organization"
        [control]="name"
        [errors]="errors()"
      />
      <button type="submit" class="govuk-button" [disabled]="busy()">
        {{ 'organisations.createSubmit' | translate }}
      </button>
    </form>
  `,
})
export class Organisations implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly organisations = signal<Organisation[]>([]);
  protected readonly loaded = signal(false);
  protected readonly name = new FormControl('', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly busy = signal(false);
  protected readonly created = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected create(): void {
    const name = this.name.value.trim();
    const errors = name ? [] : [fieldError('name', 'validation.organisationNameRequired')];
    this.errors.set(errors);
    this.created.set(null);
    if (errors.length || this.busy()) return;
    const request: CreateOrganisationRequest = { name };
    this.busy.set(true);
    this.http.post<Organisation>('/api/v1/organisations', request).subscribe({
      next: (organisation) => {
        this.busy.set(false);
        this.name.setValue('');
        this.created.set(organisation.name);
        this.load();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, { name: 'name' }));
      },
    });
  }

  private load(): void {
    this.http.get<Organisation[] | Page<Organisation>>('/api/v1/organisations').subscribe({
      next: (organisations) => {
        this.organisations.set(Array.isArray(organisations) ? organisations : organisations.items);
        this.loaded.set(true);
      },
      error: (error: ApiError) => this.errors.set(apiFormErrors(error)),
    });
  }
}
