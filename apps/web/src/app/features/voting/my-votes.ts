import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ApiError, MyVote } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { localised } from '../../shared/i18n/local-text';
import { MyVotesStore } from './my-votes-store';
import { allowanceNotice, votingErrorKey, votingPhase } from './voting-rules';

/** `/challenges/:id/my-votes`: the ideas the signed-in person supports in a challenge, to withdraw while voting is open. */
@Component({
  selector: 'app-my-votes',
  imports: [RouterLink, TranslatePipe, LondonDateTimePipe, ErrorSummary, SuccessBanner],
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id(), 'ideas']">{{ 'voting.mine.back' | translate }}</a>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (challenge(); as c) {
      <span class="govuk-caption-l">{{ title() }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'voting.mine.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (challenge() && mine(); as mine) {
      @switch (phase().kind) {
        @case ('open') {
          @if (allowance(); as allowance) {
            <p class="govuk-body-l" data-testid="allowance">{{ allowance.key | translate: allowance.params }}</p>
          }
        }
        @case ('notYet') {
          <div class="govuk-inset-text">{{ 'voting.mine.notYet' | translate }}</div>
        }
        @case ('none') {
          <div class="govuk-inset-text">{{ 'voting.mine.noVote' | translate }}</div>
        }
        @default {
          <div class="govuk-inset-text">{{ 'voting.mine.closed' | translate }}</div>
        }
      }
      @if (mine.votes.length) {
        <table class="govuk-table" data-testid="my-votes">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {{
              'voting.mine.caption' | translate: { count: mine.votes.length }
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'voting.mine.idea' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'voting.mine.when' | translate }}</th>
              @if (phase().kind === 'open') {
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">{{ 'voting.mine.actions' | translate }}</span>
                </th>
              }
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (vote of mine.votes; track vote.ideaId) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" [routerLink]="['/ideas', vote.ideaId]">{{ vote.title }}</a>
                  @if (vote.invalidated) {
                    <br />
                    <strong class="govuk-tag govuk-tag--grey">{{ 'voting.mine.setAside' | translate }}</strong>
                    <span class="govuk-hint govuk-!-margin-bottom-0">{{ 'voting.mine.setAsideHint' | translate }}</span>
                  }
                </th>
                <td class="govuk-table__cell">{{ vote.createdAt | londonDateTime: locale() }}</td>
                @if (phase().kind === 'open') {
                  <td class="govuk-table__cell">
                    @if (!vote.invalidated) {
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        [attr.aria-label]="'voting.control.withdrawNamed' | translate: { title: vote.title }"
                        (click)="withdraw(vote)"
                      >
                        {{ 'voting.control.withdraw' | translate }}
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'voting.mine.none' | translate }}</p>
      }
      <p class="govuk-body">
        <a class="govuk-link" [routerLink]="['/challenges', id(), 'ideas']">{{ 'voting.mine.browse' | translate }}</a>
      </p>
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class MyVotesPage {
  private readonly api = inject(ChallengesApi);
  private readonly store = inject(MyVotesStore);
  protected readonly locale = inject(CurrentLocale).locale;
  /** The challenge id from the route. */
  readonly id = input.required<string>();

  /** Cancelled when the id changes. */
  private readonly loadedChallenge = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  private readonly loadFailed = computed(() => {
    const error = errorOf(this.loadedChallenge);
    return error ? votingErrorKey(error) : null;
  });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  private readonly busy = signal(false);

  private readonly entry = computed(() => {
    const c = this.challenge();
    return c ? this.store.entry(c.id) : undefined;
  });
  protected readonly mine = computed(() => {
    const entry = this.entry();
    return entry?.status === 'ready' ? entry.mine : null;
  });
  protected readonly failed = computed(() => {
    const entry = this.entry();
    return this.loadFailed() ?? (entry?.status === 'failed' ? entry.key : null);
  });
  protected readonly phase = computed(() => {
    const c = this.challenge();
    return c ? votingPhase(c, Date.now()) : { kind: 'none' as const };
  });
  protected readonly allowance = computed(() => {
    const mine = this.mine();
    return mine ? allowanceNotice(mine) : null;
  });
  protected readonly title = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });

  constructor() {
    focusHeadingWhen(() => !!this.notice());
    // The person's votes come from the store, refreshed for each challenge that loads.
    effect(() => {
      const c = this.challenge();
      if (c) untracked(() => this.store.load(c.id, true));
    });
  }

  protected withdraw(vote: MyVote): void {
    const c = this.challenge();
    if (!c || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.notice.set(null);
    this.store.withdraw(c.id, vote.ideaId).subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set({ key: 'voting.mine.withdrawn', params: { title: vote.title } });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set([fieldError(null, votingErrorKey(error))]);
        this.store.load(c.id, true);
      },
    });
  }
}
