import {
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { VoteFlag as Flag } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';
import { FieldError, errorFor } from '../../shared/forms/field-error';
import type { FormError } from '../../shared/forms/form-errors';
import { flagKindKey, flagSummaryKey, flagSummaryParams, flagWhen } from './vote-flag-summary';

export type FlagAction = 'invalidate' | 'restore';
export type FlagDecision = { flag: Flag; action: FlagAction; reason: string };

/** The id of a flag's "reason" box (also the error summary's link target). */
export const flagReasonId = (flag: Flag): string => `flag-reason-${flag.id}`;

const STATUS_TAG: Record<Flag['status'], string> = {
  open: 'govuk-tag--yellow',
  invalidated: 'govuk-tag--red',
  partly_invalidated: 'govuk-tag--orange',
};

/** One flagged group of votes: what looks wrong, how many votes, which ideas; invalidate or restore with a reason. */
@Component({
  selector: 'app-vote-flag',
  imports: [ReactiveFormsModule, TranslatePipe, LondonDateTimePipe, FieldError],
  styles: `
    :host {
      display: block;
      border-bottom: 1px solid #b1b4b6;
      margin-bottom: 30px;
    }
  `,
  template: `
    <h2 class="govuk-heading-m govuk-!-margin-bottom-2">
      {{ 'voting.flags.kinds.' + flag().kind | translate }}
      <strong class="govuk-tag govuk-!-margin-left-2" [class]="tag()" data-testid="flag-status">{{
        'voting.flags.status.' + flag().status | translate
      }}</strong>
    </h2>
    <p class="govuk-body" data-testid="flag-summary">{{ summaryKey() | translate: summaryParams() }}</p>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{ 'voting.flags.votes' | translate }}</dt>
        <dd class="govuk-summary-list__value" data-testid="flag-votes">{{ flag().voteCount }}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{ 'voting.flags.invalidated' | translate }}</dt>
        <dd class="govuk-summary-list__value" data-testid="flag-invalidated">{{ flag().invalidatedCount }}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{ 'voting.flags.period' | translate }}</dt>
        <dd class="govuk-summary-list__value">
          {{
            'voting.flags.periodValue'
              | translate
                : {
                    from: (flag().firstVoteAt | londonDateTime: locale()),
                    to: (flag().lastVoteAt | londonDateTime: locale()),
                  }
          }}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{{ 'voting.flags.ideas' | translate }}</dt>
        <dd class="govuk-summary-list__value">
          <ul class="govuk-list">
            @for (idea of flag().ideas; track idea.ideaId) {
              <li>{{ 'voting.flags.ideaVotes' | translate: { title: idea.title, votes: idea.votes } }}</li>
            }
          </ul>
        </dd>
      </div>
    </dl>
    @if (action(); as chosen) {
      <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
        <label class="govuk-label govuk-label--s" [for]="fieldId()">{{ 'voting.flags.reasonLabel' | translate }}</label>
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ 'voting.flags.reasonHint' | translate }}</div>
        <app-field-error [fieldId]="fieldId()" [errors]="errors()" />
        <textarea
          #reasonBox
          class="govuk-textarea"
          [class.govuk-textarea--error]="error()"
          [id]="fieldId()"
          rows="3"
          [formControl]="reason"
          [attr.aria-describedby]="fieldId() + '-hint' + (error() ? ' ' + fieldId() + '-error' : '')"
        ></textarea>
      </div>
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button"
          [class.govuk-button--warning]="chosen === 'invalidate'"
          [disabled]="busy()"
          (click)="confirm(chosen)"
        >
          {{ (chosen === 'invalidate' ? 'voting.flags.confirmInvalidate' : 'voting.flags.confirmRestore') | translate }}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" (click)="cancel(chosen)">
          {{ 'common.cancel' | translate }}
        </button>
      </div>
    } @else {
      <div class="govuk-button-group">
        @if (flag().invalidatedCount < flag().voteCount) {
          <button
            #invalidateButton
            type="button"
            class="govuk-button govuk-button--warning"
            [attr.aria-label]="
              'voting.flags.invalidateNamed' | translate: { kind: (kindKey() | translate), when: when() }
            "
            (click)="start('invalidate')"
          >
            {{ 'voting.flags.invalidate' | translate }}
          </button>
        }
        @if (flag().invalidatedCount > 0) {
          <button
            #restoreButton
            type="button"
            class="govuk-button govuk-button--secondary"
            [attr.aria-label]="'voting.flags.restoreNamed' | translate: { kind: (kindKey() | translate), when: when() }"
            (click)="start('restore')"
          >
            {{ 'voting.flags.restore' | translate }}
          </button>
        }
      </div>
    }
  `,
})
export class VoteFlag {
  readonly flag = input.required<Flag>();
  readonly errors = input.required<readonly FormError[]>();
  readonly busy = input(false);
  readonly decision = output<FlagDecision>();
  protected readonly locale = inject(CurrentLocale).locale;
  private readonly injector = inject(Injector);

  private readonly reasonBox = viewChild<ElementRef<HTMLTextAreaElement>>('reasonBox');
  private readonly invalidateButton = viewChild<ElementRef<HTMLButtonElement>>('invalidateButton');
  private readonly restoreButton = viewChild<ElementRef<HTMLButtonElement>>('restoreButton');
  protected readonly action = signal<FlagAction | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly fieldId = computed(() => flagReasonId(this.flag()));
  protected readonly error = computed(() => errorFor(this.errors(), this.fieldId()));
  protected readonly tag = computed(() => STATUS_TAG[this.flag().status]);
  protected readonly summaryKey = computed(() => flagSummaryKey(this.flag()));
  protected readonly summaryParams = computed(() => flagSummaryParams(this.flag(), this.locale()));
  protected readonly kindKey = computed(() => flagKindKey(this.flag()));
  protected readonly when = computed(() => flagWhen(this.flag(), this.locale()));
  private focusReason = false;

  constructor() {
    afterRenderEffect(() => {
      const box = this.reasonBox();
      if (box && this.focusReason) {
        this.focusReason = false;
        box.nativeElement.focus();
      }
    });
  }

  protected start(action: FlagAction): void {
    this.focusReason = true;
    this.action.set(action);
  }

  /** Closes the reason box and puts focus back on the button that opened it (or the other one, if that one has gone). */
  protected cancel(opened: FlagAction): void {
    this.action.set(null);
    afterNextRender(
      () => {
        const [first, second] =
          opened === 'restore'
            ? [this.restoreButton(), this.invalidateButton()]
            : [this.invalidateButton(), this.restoreButton()];
        (first ?? second)?.nativeElement.focus();
      },
      { injector: this.injector },
    );
  }

  protected confirm(action: FlagAction): void {
    this.decision.emit({ flag: this.flag(), action, reason: this.reason.value.trim() });
  }
}
