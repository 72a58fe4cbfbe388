import { Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError, IdeaDetail, IdeaInvitation } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDatePipe } from '../../shared/dates/london-date.pipe';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, emailErrors } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { IdeasApi } from '../../shared/api/ideas-api';

/** The idea's team: co-authors, pending invitations (removable) and an invitation form. */
@Component({
  selector: 'app-idea-team',
  imports: [LondonDatePipe, ReactiveFormsModule, TranslatePipe, ErrorSummary, TextField, SuccessBanner],
  template: `
    <h2 class="govuk-heading-l govuk-!-margin-top-6">{{ 'ideas.team.heading' | translate }}</h2>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    <p class="govuk-body">{{ 'ideas.team.members' | translate: { names: teamNames() } }}</p>
    @if (idea().invitations.length) {
      <table class="govuk-table" data-testid="invitations">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {{
            'ideas.team.pending' | translate
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{{ 'ideas.team.email' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'ideas.team.expires' | translate }}</th>
            @if (isAuthor()) {
              <th scope="col" class="govuk-table__header">{{ 'ideas.team.actions' | translate }}</th>
            }
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (invitation of idea().invitations; track invitation.id) {
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{{ invitation.email }}</td>
              <td class="govuk-table__cell">{{ invitation.expiresAt | londonDate: locale() }}</td>
              @if (isAuthor()) {
                <td class="govuk-table__cell">
                  <button type="button" class="app-link-button" [disabled]="busy()" (click)="cancel(invitation)">
                    {{ 'ideas.team.remove' | translate
                    }}<span class="govuk-visually-hidden"> {{ invitation.email }}</span>
                  </button>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    }
    @if (isAuthor()) {
      <form novalidate (submit)="$event.preventDefault(); invite()">
        <app-text-field
          fieldId="invite-email"
          label="ideas.team.inviteLabel"
          hint="ideas.team.inviteHint"
          type="email"
          autocomplete="off"
          [control]="email"
          [errors]="errors()"
        />
        <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="busy()">
          {{ 'ideas.team.invite' | translate }}
        </button>
      </form>
    }
  `,
})
export class IdeaTeam {
  private readonly api = inject(IdeasApi);
  readonly idea = input.required<IdeaDetail>();
  readonly changed = output<void>();
  protected readonly locale = inject(CurrentLocale).locale;
  /** Only the author may invite people or remove invitations (the API refuses co-authors). */
  protected readonly isAuthor = computed(() => this.idea().viewer.isAuthor);

  protected readonly email = new FormControl('', { nonNullable: true });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);

  protected teamNames(): string {
    const idea = this.idea();
    const names = [idea.author, ...idea.team.filter((p) => p.id !== idea.author.id)].map((p) => p.displayName);
    return names.join(', ');
  }

  protected invite(): void {
    const errors = emailErrors(this.email.value, 'invite-email');
    this.errors.set(errors);
    this.notice.set(null);
    if (errors.length || this.busy()) return;
    const email = this.email.value.trim();
    this.busy.set(true);
    this.api.invite(this.idea().id, email).subscribe({
      next: () => {
        this.email.setValue('');
        this.done({ key: 'ideas.team.invited', params: { email } });
      },
      error: (error: ApiError) => this.failed(error, { email: 'invite-email' }),
    });
  }

  protected cancel(invitation: IdeaInvitation): void {
    this.busy.set(true);
    this.errors.set([]);
    this.notice.set(null);
    this.api.cancelInvitation(this.idea().id, invitation.id).subscribe({
      next: () => this.done({ key: 'ideas.team.cancelled', params: { email: invitation.email } }),
      error: (error: ApiError) => this.failed(error),
    });
  }

  private done(notice: Notice): void {
    this.busy.set(false);
    this.notice.set(notice);
    this.changed.emit();
  }

  private failed(error: ApiError, fields: Record<string, string> = {}): void {
    this.busy.set(false);
    this.errors.set(apiFormErrors(error, fields));
  }
}
