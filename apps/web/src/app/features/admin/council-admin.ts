import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';

/** The councils the signed-in person administers. */
@Component({
  selector: 'app-council-admin',
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'admin.councilsHeading' | translate }}</h1>
    @if (councils().length) {
      <p class="govuk-body">{{ 'admin.councilsIntro' | translate }}</p>
      <ul class="govuk-list">
        @for (council of councils(); track council.organisationId) {
          <li>
            <a class="govuk-link" [routerLink]="['/admin/organisations', council.organisationId, 'members']">
              {{ 'admin.manageMembers' | translate: { name: council.organisationName } }}
            </a>
          </li>
        }
      </ul>
    } @else {
      <p class="govuk-body">{{ 'admin.noCouncils' | translate }}</p>
    }
  `,
})
export class CouncilAdmin {
  protected readonly councils = computed(() => this.session.adminMemberships());
  private readonly session = inject(Session);
}
