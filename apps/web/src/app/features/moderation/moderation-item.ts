import {
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ModerationAction, ModerationItem as Item } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';
import { FieldError, errorFor } from '../../shared/forms/field-error';
import type { FormError } from '../../shared/forms/form-errors';

export type Decision = { item: Item; action: ModerationAction; reason?: string };

/** The id of the "reason for hiding" box of an item (also used by the error summary). */
export const reasonFieldId = (item: Item): string => `hide-reason-${item.targetId}`;

/** One idea or comment in the queue: its text, author and reports, and the decisions that apply to it. */
@Component({
  selector: 'app-moderation-item',
  imports: [LondonDateTimePipe, ReactiveFormsModule, RouterLink, TranslatePipe, FieldError],
  styles: `
    :host {
      display: block;
      border-bottom: 1px solid #b1b4b6;
      margin-bottom: 30px;
    }
    .app-pre-line {
      white-space: pre-line;
    }
  `,
  template: `
    <h2 class="govuk-heading-s govuk-!-margin-bottom-2">
      <strong class="govuk-tag govuk-tag--grey">{{ 'moderation.types.' + item().targetType | translate }}</strong>
      <a class="govuk-link govuk-!-margin-left-2" [routerLink]="['/ideas', item().ideaId]">{{
        item().challengeTitle
      }}</a>
    </h2>
    <div class="govuk-inset-text app-pre-line govuk-!-margin-top-2" data-testid="moderation-text">
      {{ item().text }}
    </div>
    <p class="govuk-body-s">
      {{ 'moderation.item.byOn' | translate: { name: item().author.displayName } }}
      {{ item().createdAt | londonDateTime: locale() }}
      @if (item().moderationStatus === 'hidden') {
        <strong class="govuk-tag govuk-tag--red govuk-!-margin-left-2">{{
          'moderation.item.hidden' | translate
        }}</strong>
      } @else if (item().moderationStatus === 'pending') {
        <strong class="govuk-tag govuk-tag--yellow govuk-!-margin-left-2">{{
          'moderation.item.pending' | translate
        }}</strong>
      }
    </p>
    @if (item().hiddenReason; as reason) {
      <p class="govuk-body">{{ 'moderation.item.hiddenReason' | translate: { reason } }}</p>
    }
    @if (item().reports.length) {
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{{ 'moderation.item.reports' | translate }}</h3>
      <ul class="govuk-list govuk-list--bullet" data-testid="reports">
        @for (report of item().reports; track report.id) {
          <li>
            {{ report.reason }}
            <span class="govuk-body-s">({{ 'moderation.reportStatus.' + report.status | translate }})</span>
          </li>
        }
      </ul>
    }
    @if (hiding()) {
      <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
        <label class="govuk-label govuk-label--s" [for]="fieldId()">{{
          'moderation.item.reasonLabel' | translate
        }}</label>
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ 'moderation.item.reasonHint' | translate }}</div>
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
        <button type="button" class="govuk-button govuk-button--warning" [disabled]="busy()" (click)="hide()">
          {{ 'moderation.actions.confirmHide' | translate }}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" (click)="hiding.set(false)">
          {{ 'common.cancel' | translate }}
        </button>
      </div>
    } @else {
      <div class="govuk-button-group">
        @if (item().moderationStatus === 'pending') {
          <button type="button" class="govuk-button" [disabled]="busy()" (click)="decide('approve')">
            {{ 'moderation.actions.approve' | translate }}<span class="govuk-visually-hidden">{{ label() }}</span>
          </button>
        }
        @if (item().moderationStatus === 'hidden') {
          <button type="button" class="govuk-button" [disabled]="busy()" (click)="decide('restore')">
            {{ 'moderation.actions.restore' | translate }}<span class="govuk-visually-hidden">{{ label() }}</span>
          </button>
        } @else {
          <button type="button" class="govuk-button govuk-button--warning" [disabled]="busy()" (click)="startHiding()">
            {{ 'moderation.actions.hide' | translate }}<span class="govuk-visually-hidden">{{ label() }}</span>
          </button>
        }
        @if (hasOpenReports()) {
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            [disabled]="busy()"
            (click)="decide('dismiss')"
          >
            {{ 'moderation.actions.dismiss' | translate }}<span class="govuk-visually-hidden">{{ label() }}</span>
          </button>
        }
      </div>
    }
  `,
})
export class ModerationItem {
  readonly item = input.required<Item>();
  readonly errors = input.required<readonly FormError[]>();
  readonly busy = input(false);
  readonly decision = output<Decision>();
  protected readonly locale = inject(CurrentLocale).locale;

  private readonly reasonBox = viewChild<ElementRef<HTMLTextAreaElement>>('reasonBox');
  protected readonly hiding = signal(false);
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly fieldId = computed(() => reasonFieldId(this.item()));
  protected readonly error = computed(() => errorFor(this.errors(), this.fieldId()));
  protected readonly hasOpenReports = computed(() => this.item().reports.some((r) => r.status === 'open'));
  /** Tells screen reader users which item a button acts on. */
  protected readonly label = computed(() => ` “${this.item().text.slice(0, 60)}”`);
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

  protected startHiding(): void {
    this.focusReason = true;
    this.hiding.set(true);
  }

  protected decide(action: ModerationAction): void {
    this.decision.emit({ item: this.item(), action });
  }

  protected hide(): void {
    this.decision.emit({ item: this.item(), action: 'hide', reason: this.reason.value.trim() });
  }
}
