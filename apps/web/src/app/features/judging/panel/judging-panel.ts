import { Component, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError, Panel, PanelJudge } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { CurrentLocale } from '../../../core/i18n/locale';
import { LondonDatePipe } from '../../../shared/dates/london-date.pipe';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import { FormError, emailErrors, fieldError } from '../../../shared/forms/form-errors';
import { TextField } from '../../../shared/forms/text-field';
import { Notice, SuccessBanner } from '../../../shared/success-banner';
import { JudgingApi } from '../common/judging-api';
import { JudgingChallenge } from './judging-challenge';
import { judgingErrors, judgingFailureKey } from '../common/judging-errors';
import { INVITATION_TAG, invitationStatus } from '../common/panel-model';

const EMAIL_ID = 'invite-email';

/** `/challenges/:id/judging/panel`: invite judges by email, withdraw invitations, remove judges. */
@Component({
  selector: 'app-judging-panel',
  imports: [ReactiveFormsModule, TranslatePipe, LondonDatePipe, ErrorSummary, SuccessBanner, TextField],
  template: `
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    <span class="govuk-caption-l">{{ context.title() }}</span>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.panel.heading' | translate }}</h1>
    <h2 class="govuk-heading-m">{{ 'judging.panel.inviteHeading' | translate }}</h2>
    <form novalidate (submit)="$event.preventDefault(); invite()">
      <app-text-field
        [fieldId]="emailId"
        label="judging.panel.email"
        hint="judging.panel.emailHint"
        type="email"
        autocomplete="off"
        [control]="email"
        [errors]="errors()"
      />
      <button type="submit" class="govuk-button" [disabled]="busy()">{{ 'judging.panel.invite' | translate }}</button>
    </form>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (panel(); as panel) {
      <h2 class="govuk-heading-m" id="judges-heading" tabindex="-1">
        {{ 'judging.panel.judgesHeading' | translate: { count: panel.judges.length } }}
      </h2>
      @if (panel.judges.length) {
        <table class="govuk-table" data-testid="panel-judges">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.panel.judgesCaption' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.name' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.emailColumn' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.added' | translate }}</th>
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">{{ 'judging.shortlist.actions' | translate }}</span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (judge of panel.judges; track judge.userId) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">{{ judge.displayName }}</th>
                <td class="govuk-table__cell">{{ judge.email }}</td>
                <td class="govuk-table__cell">{{ judge.addedAt | londonDate: locale() }}</td>
                <td class="govuk-table__cell">
                  @if (removing() === judge.userId) {
                    <p class="govuk-body-s" [id]="'remove-warning-' + judge.userId">
                      {{ 'judging.panel.removeWarning' | translate: { name: judge.displayName } }}
                    </p>
                    <div class="govuk-button-group govuk-!-margin-bottom-0">
                      <button
                        type="button"
                        class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                        [id]="'remove-yes-' + judge.userId"
                        [attr.aria-describedby]="'remove-warning-' + judge.userId"
                        [disabled]="busy()"
                        (click)="remove(judge)"
                      >
                        {{ 'judging.panel.removeYes' | translate }}
                      </button>
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        (click)="cancelRemoving(judge)"
                      >
                        {{ 'common.cancel' | translate }}
                      </button>
                    </div>
                  } @else {
                    <button
                      type="button"
                      class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      [id]="'remove-' + judge.userId"
                      (click)="startRemoving(judge)"
                    >
                      {{ 'judging.panel.remove' | translate
                      }}<span class="govuk-visually-hidden">: {{ judge.displayName }}</span>
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'judging.panel.noJudges' | translate }}</p>
      }
      <h2 class="govuk-heading-m">{{ 'judging.panel.invitationsHeading' | translate }}</h2>
      @if (panel.invitations.length) {
        <table class="govuk-table" data-testid="panel-invitations">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.panel.invitationsHeading' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.emailColumn' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.sent' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.expires' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.panel.status' | translate }}</th>
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">{{ 'judging.shortlist.actions' | translate }}</span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (invitation of panel.invitations; track invitation.id) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">{{ invitation.email }}</th>
                <td class="govuk-table__cell">{{ invitation.createdAt | londonDate: locale() }}</td>
                <td class="govuk-table__cell">{{ invitation.expiresAt | londonDate: locale() }}</td>
                <td class="govuk-table__cell">
                  <strong class="govuk-tag" [class]="'govuk-tag ' + tag[status(invitation)]">{{
                    'judging.panel.statuses.' + status(invitation) | translate
                  }}</strong>
                </td>
                <td class="govuk-table__cell">
                  @if (status(invitation) === 'pending') {
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      [disabled]="busy()"
                      (click)="revoke(invitation.id, invitation.email)"
                    >
                      {{ 'judging.panel.withdraw' | translate
                      }}<span class="govuk-visually-hidden">: {{ invitation.email }}</span>
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'judging.panel.noInvitations' | translate }}</p>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class JudgingPanel {
  private readonly api = inject(JudgingApi);
  private readonly injector = inject(Injector);
  protected readonly context = inject(JudgingChallenge);
  protected readonly locale = inject(CurrentLocale).locale;
  protected readonly emailId = EMAIL_ID;
  protected readonly tag = INVITATION_TAG;

  protected readonly email = new FormControl('', { nonNullable: true });
  protected readonly panel = signal<Panel | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly removing = signal<string | null>(null);

  constructor() {
    focusHeadingWhen(() => !!this.notice());
    this.load();
  }

  protected status = (invitation: Panel['invitations'][number]) => invitationStatus(invitation, Date.now());

  protected invite(): void {
    const errors = emailErrors(this.email.value, EMAIL_ID).map((e) =>
      e.message === 'validation.emailRequired' ? fieldError(EMAIL_ID, 'judging.panel.emailRequired') : e,
    );
    this.errors.set(errors);
    if (errors.length || this.busy()) return;
    const email = this.email.value.trim();
    this.act(this.api.invite(this.context.id(), email), { key: 'judging.panel.invited', params: { email } }, () =>
      this.email.setValue(''),
    );
  }

  protected startRemoving(judge: PanelJudge): void {
    this.removing.set(judge.userId);
    afterNextRender(() => document.getElementById(`remove-yes-${judge.userId}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected cancelRemoving(judge: PanelJudge): void {
    this.removing.set(null);
    afterNextRender(() => document.getElementById(`remove-${judge.userId}`)?.focus(), { injector: this.injector });
  }

  protected remove(judge: PanelJudge): void {
    this.act(this.api.removeJudge(this.context.id(), judge.userId), {
      key: 'judging.panel.removed',
      params: { name: judge.displayName },
    });
  }

  protected revoke(invitationId: string, email: string): void {
    this.act(this.api.revokeInvitation(this.context.id(), invitationId), {
      key: 'judging.panel.withdrawn',
      params: { email },
    });
  }

  private act(request: Observable<unknown>, done: Notice, then?: () => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.notice.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.removing.set(null);
        then?.();
        this.notice.set(done);
        this.load();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.removing.set(null);
        this.errors.set(judgingErrors(error, { email: EMAIL_ID }, { already_judge: EMAIL_ID }));
      },
    });
  }

  private load(): void {
    this.api.panel(this.context.id()).subscribe({
      next: (panel) => this.panel.set(panel),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }
}
