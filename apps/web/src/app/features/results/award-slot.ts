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
import type { PrizeAward, RankedIdea } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { FieldError, describedBy, errorFor } from '../../shared/forms/field-error';
import type { FormError } from '../../shared/forms/form-errors';
import { formatPence } from '../../shared/format/money';
import { langAttr, localText } from '../../shared/i18n/local-text';
import { overrideIdeaId, overrideReasonId, slotId } from './override-rules';

export type OverrideRequest = { award: PrizeAward; ideaId: string; reason: string };

/** One prize slot in the preview: who gets it and how much; the admin can give it to another shortlisted idea, with a reason. */
@Component({
  selector: 'app-award-slot',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError],
  template: `
    <div class="govuk-summary-card" [attr.data-testid]="'award-' + slotKey()">
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title">
          <span [attr.lang]="nameLang()">{{ name().text }}</span>
          @if (count() > 1) {
            {{ 'results.preview.place' | translate: { place: award().slot + 1, count: count() } }}
          }
        </h3>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'results.winners.idea' | translate }}</dt>
            <dd class="govuk-summary-list__value" data-testid="award-idea">
              {{ award().ideaTitle ?? ('results.winners.notAwarded' | translate) }}
              @if (award().overridden) {
                <strong class="govuk-tag govuk-tag--purple govuk-!-margin-left-2">{{
                  'results.preview.overridden' | translate
                }}</strong>
              }
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'results.winners.amount' | translate }}</dt>
            <dd class="govuk-summary-list__value">{{ amount() }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'results.preview.tier' | translate }}</dt>
            <dd class="govuk-summary-list__value">
              {{ 'results.preview.tiers.' + award().tier | translate: { category: award().category ?? '' } }}
            </dd>
          </div>
          @if (award().overrideReason; as reason) {
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ 'results.preview.reason' | translate }}</dt>
              <dd class="govuk-summary-list__value" data-testid="award-reason">{{ reason }}</dd>
            </div>
          }
        </dl>
        @if (canOverride()) {
          @if (editing()) {
            <div class="govuk-form-group" [class.govuk-form-group--error]="ideaError()">
              <label class="govuk-label govuk-label--s" [for]="ideaId()">{{
                'results.preview.overrideIdea' | translate
              }}</label>
              <app-field-error [fieldId]="ideaId()" [errors]="errors()" />
              <select
                #ideaSelect
                class="govuk-select"
                [class.govuk-select--error]="ideaError()"
                [id]="ideaId()"
                [formControl]="idea"
                [attr.aria-describedby]="describedBy(ideaId(), false, !!ideaError())"
              >
                @for (option of ranking(); track option.ideaId) {
                  <option [value]="option.ideaId">
                    {{ 'results.preview.ideaOption' | translate: { rank: option.rank, title: option.title } }}
                  </option>
                }
              </select>
            </div>
            <div class="govuk-form-group" [class.govuk-form-group--error]="reasonError()">
              <label class="govuk-label govuk-label--s" [for]="reasonId()">{{
                'results.preview.overrideReason' | translate
              }}</label>
              <div class="govuk-hint" [id]="reasonId() + '-hint'">
                {{ 'results.preview.overrideReasonHint' | translate }}
              </div>
              <app-field-error [fieldId]="reasonId()" [errors]="errors()" />
              <textarea
                class="govuk-textarea"
                [class.govuk-textarea--error]="reasonError()"
                [id]="reasonId()"
                rows="3"
                [formControl]="reason"
                [attr.aria-describedby]="describedBy(reasonId(), true, !!reasonError())"
              ></textarea>
            </div>
            <div class="govuk-button-group">
              <button type="button" class="govuk-button" [disabled]="busy()" (click)="save()">
                {{ 'results.preview.saveOverride' | translate }}
              </button>
              <button type="button" class="govuk-button govuk-button--secondary" (click)="cancel()">
                {{ 'common.cancel' | translate }}
              </button>
            </div>
          } @else {
            <button
              type="button"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              #overrideButton
              (click)="start()"
            >
              {{ 'results.preview.override' | translate
              }}<span class="govuk-visually-hidden">{{
                'results.preview.overrideHidden' | translate: { prize: name().text + slotLabel() }
              }}</span>
            </button>
          }
        }
      </div>
    </div>
  `,
})
export class AwardSlot {
  readonly award = input.required<PrizeAward>();
  /** How many slots this prize has (to say "place 2 of 3"). */
  readonly count = input(1);
  readonly ranking = input.required<RankedIdea[]>();
  readonly errors = input.required<readonly FormError[]>();
  readonly busy = input(false);
  readonly canOverride = input(true);
  readonly override = output<OverrideRequest>();

  private readonly locale = inject(CurrentLocale).locale;
  private readonly ideaSelect = viewChild<ElementRef<HTMLSelectElement>>('ideaSelect');
  private readonly overrideButton = viewChild<ElementRef<HTMLElement>>('overrideButton');
  private readonly injector = inject(Injector);
  protected readonly editing = signal(false);
  protected readonly idea = new FormControl('', { nonNullable: true });
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly describedBy = describedBy;
  protected readonly slotKey = computed(() => slotId(this.award()));
  protected readonly ideaId = computed(() => overrideIdeaId(this.award()));
  protected readonly reasonId = computed(() => overrideReasonId(this.award()));
  protected readonly ideaError = computed(() => errorFor(this.errors(), this.ideaId()));
  protected readonly reasonError = computed(() => errorFor(this.errors(), this.reasonId()));
  protected readonly name = computed(() => localText(this.locale(), this.award().prizeName, this.award().prizeNameCy));
  protected readonly nameLang = computed(() => langAttr(this.name(), this.locale()));
  protected readonly amount = computed(() => formatPence(this.award().amountPence, this.locale()));
  /** " 2" for the second slot of a prize with several, so each button names its own slot. */
  protected readonly slotLabel = computed(() => (this.count() > 1 ? ` ${this.award().slot + 1}` : ''));
  private focusSelect = false;

  constructor() {
    afterRenderEffect(() => {
      const select = this.ideaSelect();
      if (select && this.focusSelect) {
        this.focusSelect = false;
        select.nativeElement.focus();
      }
    });
  }

  protected start(): void {
    const ranking = this.ranking();
    this.idea.setValue(this.award().ideaId ?? ranking[0]?.ideaId ?? '');
    this.reason.setValue('');
    this.focusSelect = true;
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
    afterNextRender(() => this.overrideButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected save(): void {
    this.override.emit({ award: this.award(), ideaId: this.idea.value, reason: this.reason.value.trim() });
  }
}
