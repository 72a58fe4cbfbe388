import {
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { ApiError, Shortlist } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../../core/i18n/locale';
import { LondonDateTimePipe } from '../../../shared/dates/london-date.pipe';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import { FormError, fieldError } from '../../../shared/forms/form-errors';
import { Notice, SuccessBanner } from '../../../shared/success-banner';
import { JudgingApi } from '../common/judging-api';
import { JudgingChallenge } from './judging-challenge';
import { judgingErrors, judgingFailureKey } from '../common/judging-errors';
import { ShortlistCandidates } from './shortlist-candidates';
import { moveItem } from '../common/reorder';
import { ShortlistPick, picksOf, sameOrder, togglePick } from './shortlist-model';
import { PickMove, ShortlistPicks } from './shortlist-picks';
import { PROPOSE_FIELDS, ProposeSubmit, ShortlistPropose } from './shortlist-propose';

/** `/challenges/:id/judging/shortlist`: propose by rule, pick and order by hand, save, confirm. */
@Component({
  selector: 'app-shortlist-builder',
  imports: [
    TranslatePipe,
    LondonDateTimePipe,
    ErrorSummary,
    SuccessBanner,
    ShortlistCandidates,
    ShortlistPicks,
    ShortlistPropose,
  ],
  template: `
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    <span class="govuk-caption-l">{{ context.title() }}</span>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.shortlist.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (context.challenge(); as c) {
      @if (confirmedAt(); as at) {
        <p class="govuk-body" data-testid="shortlist-status">
          <strong class="govuk-tag govuk-tag--green">{{ 'judging.shortlist.confirmed' | translate }}</strong>
          {{ 'judging.shortlist.confirmedOn' | translate: { date: (at | londonDateTime: locale()) } }}
        </p>
        <p class="govuk-body">{{ 'judging.shortlist.confirmedIntro' | translate }}</p>
      } @else {
        <p class="govuk-body">{{ 'judging.shortlist.intro' | translate }}</p>
      }

      <h2 class="govuk-heading-m">{{ 'judging.shortlist.proposeHeading' | translate }}</h2>
      <app-shortlist-propose [challenge]="c" [errors]="errors()" [busy]="busy()" (proposed)="propose($event)" />

      <h2 class="govuk-heading-m" id="shortlist-picks" tabindex="-1">
        {{ 'judging.shortlist.picksHeading' | translate: { count: picks().length } }}
      </h2>
      @if (dirty()) {
        <div class="govuk-inset-text" data-testid="shortlist-unsaved">
          {{ 'judging.shortlist.unsaved' | translate }}
        </div>
      }
      <app-shortlist-picks
        [picks]="picks()"
        [showPairwise]="c.voting.pairwiseVoting"
        (moved)="move($event)"
        (removed)="remove($event)"
      />
      @if (confirming()) {
        <h2 class="govuk-heading-m" tabindex="-1" #confirmHeading>
          {{ 'judging.shortlist.confirmHeading' | translate }}
        </h2>
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{{ 'judging.warning' | translate }}</span>
            {{ 'judging.shortlist.confirmWarning' | translate: { count: picks().length } }}
          </strong>
        </div>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button govuk-button--warning" [disabled]="busy()" (click)="save(true)">
            {{ 'judging.shortlist.confirmYes' | translate }}
          </button>
          <button type="button" class="govuk-button govuk-button--secondary" (click)="cancelConfirming()">
            {{ 'common.cancel' | translate }}
          </button>
        </div>
      } @else {
        @if (confirmedAt()) {
          <p class="govuk-hint">{{ 'judging.shortlist.addedAuthorsEmailed' | translate }}</p>
        }
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" [disabled]="busy()" (click)="save(false)">
            {{ 'judging.shortlist.save' | translate }}
          </button>
          @if (!confirmedAt()) {
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              #confirmButton
              (click)="startConfirming()"
            >
              {{ 'judging.shortlist.confirm' | translate }}
            </button>
          }
        </div>
      }

      <h2 class="govuk-heading-m">{{ 'judging.shortlist.candidatesHeading' | translate }}</h2>
      <p class="govuk-body">{{ 'judging.shortlist.candidatesIntro' | translate }}</p>
      <app-shortlist-candidates
        [challengeId]="c.id"
        [page]="pageNumber()"
        [picked]="pickedIds()"
        (toggled)="toggle($event.pick, $event.on)"
      />
    }
  `,
})
export class ShortlistBuilder {
  private readonly api = inject(JudgingApi);
  protected readonly context = inject(JudgingChallenge);
  protected readonly locale = inject(CurrentLocale).locale;
  /** `?page=` of the list of ideas. */
  readonly page = input<string>();

  protected readonly picks = signal<ShortlistPick[]>([]);
  private readonly savedIds = signal<string[] | null>(null);
  protected readonly confirmedAt = signal<string | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly confirmButton = viewChild<ElementRef<HTMLElement>>('confirmButton');
  private readonly injector = inject(Injector);

  protected readonly pageNumber = computed(() => Math.max(1, Math.floor(Number(this.page())) || 1));
  protected readonly pickedIds = computed(() => new Set(this.picks().map((p) => p.ideaId)));
  protected readonly dirty = computed(() => {
    const saved = this.savedIds();
    return saved !== null && !sameOrder(saved, [...this.pickedIds()]);
  });

  constructor() {
    focusHeadingWhen(() => !!this.notice());
    afterRenderEffect(() => this.confirmHeading()?.nativeElement.focus());
    this.api.shortlist(this.context.id()).subscribe({
      next: (shortlist) => this.show(shortlist),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }

  protected propose({ request, errors }: ProposeSubmit): void {
    this.errors.set(errors);
    if (!request || this.busy()) return;
    this.start();
    this.api.proposeShortlist(this.context.id(), request).subscribe({
      next: (proposal) => {
        this.busy.set(false);
        this.picks.set(picksOf(proposal.ideas));
        this.notice.set({ key: 'judging.shortlist.proposed', params: { count: String(proposal.ideas.length) } });
      },
      error: (error: ApiError) =>
        this.fail(
          judgingErrors(
            error,
            { count: PROPOSE_FIELDS.count, rule: PROPOSE_FIELDS.rule, perCategory: PROPOSE_FIELDS.perCategory },
            { pairwise_not_enabled: PROPOSE_FIELDS.rule, no_categories: PROPOSE_FIELDS.perCategory },
          ),
        ),
    });
  }

  protected toggle(pick: ShortlistPick, on: boolean): void {
    this.picks.update((picks) => togglePick(picks, pick, on));
  }

  protected move({ index, delta }: PickMove): void {
    this.picks.update((picks) => moveItem(picks, index, delta));
  }

  protected remove(index: number): void {
    this.picks.update((picks) => picks.filter((_, i) => i !== index));
    document.getElementById('shortlist-picks')?.focus();
  }

  protected startConfirming(): void {
    if (!this.picks().length) {
      this.errors.set([fieldError(null, 'judging.apiErrors.shortlistEmpty')]);
      return;
    }
    this.errors.set([]);
    this.confirming.set(true);
  }

  protected cancelConfirming(): void {
    this.confirming.set(false);
    afterNextRender(() => this.confirmButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected save(confirm: boolean): void {
    if (this.busy()) return;
    this.start();
    const ideaIds = this.picks().map((p) => p.ideaId);
    this.api.setShortlist(this.context.id(), confirm ? { ideaIds, confirm } : { ideaIds }).subscribe({
      next: (shortlist) => {
        this.busy.set(false);
        this.confirming.set(false);
        this.show(shortlist);
        const count = String(shortlist.ideas.length);
        this.notice.set({
          key: confirm ? 'judging.shortlist.confirmedNotice' : 'judging.shortlist.saved',
          params: { count },
        });
        if (confirm) this.context.refresh();
      },
      error: (error: ApiError) => {
        this.confirming.set(false);
        this.fail(judgingErrors(error));
      },
    });
  }

  private show(shortlist: Shortlist): void {
    const picks = picksOf(shortlist.ideas);
    this.picks.set(picks);
    this.savedIds.set(picks.map((p) => p.ideaId));
    this.confirmedAt.set(shortlist.confirmedAt);
  }

  private start(): void {
    this.busy.set(true);
    this.errors.set([]);
    this.notice.set(null);
  }

  private fail(errors: FormError[]): void {
    this.busy.set(false);
    this.errors.set(errors);
  }
}
