import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, keepPrevious, valueOf } from '../../shared/data/resource-state';
import { localised } from '../../shared/i18n/local-text';
import { FlagDecision, VoteFlag, flagReasonId } from './vote-flag';
import { flagKindKey, flagWhen } from './vote-flag-summary';
import { VoteFlagsApi } from './vote-flags-api';
import { votingErrorKey } from '../voting';
import { LIMITS } from '@challenge/contract';

/** The reason for an invalidate or restore decision, or the error to show next to its box. */
export function flagReasonErrors(fieldId: string, reason: string): FormError[] {
  if (!reason.trim()) return [fieldError(fieldId, 'voting.flags.reasonRequired')];
  if (reason.trim().length > LIMITS.flagDecisionReason) {
    return [fieldError(fieldId, 'voting.flags.reasonTooLong', { max: String(LIMITS.flagDecisionReason) })];
  }
  return [];
}

/** `/challenges/:id/vote-flags`: a hosting council admin reviews suspicious voting, invalidating or restoring votes. */
@Component({
  selector: 'app-vote-flags',
  imports: [RouterLink, TranslatePipe, ErrorSummary, SuccessBanner, VoteFlag],
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id()]">{{ 'voting.flags.back' | translate }}</a>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (challenge()) {
      <span class="govuk-caption-l">{{ challengeTitle() }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'voting.flags.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (list(); as list) {
      <p class="govuk-body">{{ 'voting.flags.intro' | translate }}</p>
      <p class="govuk-body govuk-!-font-weight-bold" data-testid="invalidated-total">
        {{ 'voting.flags.invalidatedTotal' | translate: { count: list.invalidatedVotes } }}
      </p>
      <div data-testid="vote-flags">
        @for (flag of list.flags; track flag.id + ':' + flag.invalidatedCount + ':' + flag.status) {
          <app-vote-flag [flag]="flag" [errors]="errors()" [busy]="busy()" (decision)="decide($event)" />
        } @empty {
          <p class="govuk-body">{{ 'voting.flags.none' | translate }}</p>
        }
      </div>
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class VoteFlags {
  private readonly challenges = inject(ChallengesApi);
  private readonly votes = inject(VoteFlagsApi);
  private readonly locale = inject(CurrentLocale).locale;
  private readonly translate = inject(TranslateService);
  /** The challenge id from the route. */
  readonly id = input.required<string>();

  // Cancelled when the id changes; the flags load only for a challenge the person may manage.
  private readonly loadedChallenge = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.challenges.get(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  private readonly loadedFlags = rxResource({
    params: () => (this.challenge()?.canManage ? this.challenge()?.id : undefined),
    stream: ({ params }) => this.votes.flags(params),
  });
  /** After a decision the flags reload; the old list stays until the new one arrives. */
  protected readonly list = keepPrevious(this.loadedFlags);
  protected readonly failed = computed(() => {
    const challengeError = errorOf(this.loadedChallenge);
    if (challengeError) return votingErrorKey(challengeError);
    const challenge = this.challenge();
    if (challenge && !challenge.canManage) return 'voting.flags.notAllowed';
    const flagsError = errorOf(this.loadedFlags);
    if (!flagsError) return null;
    return flagsError.statusCode === 403 ? 'voting.flags.notAllowed' : votingErrorKey(flagsError);
  });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly challengeTitle = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });

  constructor() {
    focusHeadingWhen(() => !!this.notice());
  }

  protected decide({ flag, action, reason }: FlagDecision): void {
    const c = this.challenge();
    const errors = flagReasonErrors(flagReasonId(flag), reason);
    this.errors.set(errors);
    if (!c || errors.length || this.busy()) return;
    this.notice.set(null);
    this.busy.set(true);
    this.votes.decideFlag(c.id, flag.id, action, reason.trim()).subscribe({
      next: (response) => {
        this.busy.set(false);
        const key = action === 'invalidate' ? 'voting.flags.doneInvalidate' : 'voting.flags.doneRestore';
        const kind = this.translate.instant(flagKindKey(response.flag)) as string;
        const when = flagWhen(response.flag, this.locale());
        this.notice.set({ key, params: { count: String(response.changedVotes), kind, when } });
        this.loadedFlags.reload();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        const field = error.fields?.['reason'] ? flagReasonId(flag) : null;
        this.errors.set([fieldError(field, field ? 'voting.flags.reasonRequired' : votingErrorKey(error))]);
      },
    });
  }
}
