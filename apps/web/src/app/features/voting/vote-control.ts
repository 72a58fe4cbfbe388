import { Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, Challenge } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';
import type { Notice } from '../../shared/success-banner';
import { MyVotesStore } from './my-votes-store';
import { allowanceNotice, voteControlView, votingErrorKey, votingPhase } from './voting-rules';

/**
 * "Support this idea" / "Withdraw support" for one idea, or why it cannot be offered now (voting not
 * open, signed out, email not confirmed, one's own idea). The result is announced in a status region;
 * `changed` tells the page to move the supporter count by +1 or -1.
 */
@Component({
  selector: 'app-vote-control',
  imports: [RouterLink, TranslatePipe, LondonDateTimePipe],
  template: `
    @if (view() !== 'hidden') {
      <div class="app-vote-control" data-testid="vote-control">
        @switch (view()) {
          @case ('notYet') {
            <p class="govuk-body">
              {{ 'voting.control.notYet' | translate: { date: opensAt() | londonDateTime: locale() } }}
            </p>
          }
          @case ('closed') {
            <p class="govuk-body">{{ 'voting.control.closed' | translate }}</p>
          }
          @case ('signedOut') {
            <p class="govuk-body">
              <a
                class="govuk-link"
                routerLink="/sign-in"
                [queryParams]="{ returnUrl: returnUrl() }"
                [attr.aria-label]="'voting.control.signInNamed' | translate: { title: ideaTitle() }"
                >{{ 'voting.control.signIn' | translate }}</a
              >
            </p>
          }
          @case ('unverified') {
            <p class="govuk-body">{{ 'voting.control.unverified' | translate }}</p>
          }
          @case ('own') {
            <p class="govuk-body">{{ 'voting.control.ownIdea' | translate }}</p>
          }
          @case ('failed') {
            <p class="govuk-body">{{ loadError() | translate }}</p>
          }
          @case ('ready') {
            @if (voted()) {
              <p class="govuk-body govuk-!-margin-bottom-2">
                <strong class="govuk-tag govuk-tag--green">{{ 'voting.control.youSupport' | translate }}</strong>
              </p>
            }
            @if (voted() || remaining() > 0) {
              <button
                type="button"
                class="govuk-button govuk-!-margin-bottom-3"
                [class.govuk-button--secondary]="voted()"
                data-testid="vote-button"
                [attr.aria-label]="
                  (voted() ? 'voting.control.withdrawNamed' : 'voting.control.supportNamed')
                    | translate: { title: ideaTitle() }
                "
                (click)="toggle()"
              >
                {{ (voted() ? 'voting.control.withdraw' : 'voting.control.support') | translate }}
              </button>
            } @else {
              <p class="govuk-body">
                {{ 'voting.control.noneLeft' | translate }}
                <a class="govuk-link" [routerLink]="myVotesLink()">{{ 'voting.control.changeVotes' | translate }}</a>
              </p>
            }
            @if (showAllowance() && allowance(); as allowance) {
              <p class="govuk-body-s" data-testid="allowance">
                {{ allowance.key | translate: allowance.params }}
                <a class="govuk-link" [routerLink]="myVotesLink()">{{ 'voting.control.seeVotes' | translate }}</a>
              </p>
            }
          }
          @default {
            <p class="govuk-body-s">{{ 'common.loading' | translate }}</p>
          }
        }
        @if (error(); as key) {
          <p class="govuk-error-message" role="alert">
            <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span> {{ key | translate }}
          </p>
        }
        <div class="govuk-body-s govuk-!-margin-bottom-2" role="status" data-testid="vote-status">
          @for (notice of announcement(); track notice.key) {
            {{ notice.key | translate: notice.params }}
          }
        </div>
      </div>
    }
  `,
})
export class VoteControl {
  private readonly store = inject(MyVotesStore);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  protected readonly locale = inject(CurrentLocale).locale;

  readonly challenge = input.required<Challenge>();
  readonly ideaId = input.required<string>();
  readonly ideaTitle = input.required<string>();
  /** The caller wrote the idea or is on its team (the API refuses such votes unless the challenge allows them). */
  readonly ownIdea = input(false);
  /** "You have 3 of 5 votes left" under the button (a list shows it once above the cards instead). */
  readonly showAllowance = input(true);
  /** +1 after a new vote, -1 after a withdrawal: the supporter count shown next to the control. */
  readonly changed = output<number>();

  private readonly sessionChecked = signal(false);
  private readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal<Notice[]>([]);

  private readonly phase = computed(() => votingPhase(this.challenge(), Date.now()));
  private readonly entry = computed(() => this.store.entry(this.challenge().id));
  private readonly mine = computed(() => {
    const entry = this.entry();
    return entry?.status === 'ready' ? entry.mine : null;
  });
  protected readonly view = computed(() => {
    const me = this.session.me();
    const challenge = this.challenge();
    return voteControlView({
      supportVoting: challenge.voting.supportVoting,
      phase: this.phase(),
      sessionChecked: this.sessionChecked(),
      signedIn: !!me,
      emailVerified: !!me?.emailVerified,
      ownIdea: this.ownIdea(),
      allowSelfVotes: challenge.voting.allowSelfVotes,
      votes: this.entry()?.status,
    });
  });
  protected readonly opensAt = computed(() => {
    const phase = this.phase();
    return phase.kind === 'notYet' ? phase.opensAt : null;
  });
  protected readonly voted = computed(() => !!this.mine()?.votes.some((v) => v.ideaId === this.ideaId()));
  protected readonly remaining = computed(() => this.mine()?.remaining ?? 0);
  protected readonly allowance = computed(() => {
    const mine = this.mine();
    return mine ? allowanceNotice(mine) : null;
  });
  protected readonly loadError = computed(() => {
    const entry = this.entry();
    return entry?.status === 'failed' ? entry.key : 'common.serviceUnavailable';
  });
  protected readonly myVotesLink = computed(() => ['/challenges', this.challenge().id, 'my-votes']);
  protected readonly returnUrl = computed(() => this.router.url);

  constructor() {
    void this.session.ensureLoaded().then(() => this.sessionChecked.set(true));
    effect(() => {
      const id = this.challenge().id;
      if (this.view() === 'loading') untracked(() => this.store.load(id));
    });
  }

  protected toggle(): void {
    if (this.busy()) return;
    const challenge = this.challenge();
    const idea = { id: this.ideaId(), title: this.ideaTitle() };
    const title = { title: idea.title };
    this.busy.set(true);
    this.error.set(null);
    this.announcement.set([]);
    const done = (notice: Notice, delta: number) => {
      this.busy.set(false);
      const mine = this.mine();
      this.announcement.set(mine ? [notice, allowanceNotice(mine)] : [notice]);
      if (delta) this.changed.emit(delta);
    };
    const failed = (error: ApiError) => {
      this.busy.set(false);
      this.error.set(votingErrorKey(error));
      // What the server knows wins: another tab may have used or returned votes meanwhile.
      this.store.load(challenge.id, true);
    };
    if (this.voted()) {
      this.store.withdraw(challenge.id, idea.id).subscribe({
        next: () => done({ key: 'voting.control.withdrawn', params: title }, -1),
        error: failed,
      });
    } else {
      this.store.vote(challenge.id, idea).subscribe({
        next: ({ created }) => done({ key: 'voting.control.supported', params: title }, created ? 1 : 0),
        error: failed,
      });
    }
  }
}
