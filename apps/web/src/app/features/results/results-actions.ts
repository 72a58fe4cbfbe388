import {
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Results } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';

export type ResultsAction = 'confirm' | 'publish';

const STATUS_TAG: Record<Results['status'], string> = {
  draft: 'govuk-tag--grey',
  confirmed: 'govuk-tag--blue',
  published: 'govuk-tag--green',
};

/** The results' status, and Confirm then Publish, each after an explicit "are you sure". */
@Component({
  selector: 'app-results-actions',
  imports: [RouterLink, TranslatePipe, LondonDateTimePipe],
  template: `
    <p class="govuk-body">
      {{ 'results.preview.status' | translate }}
      <strong class="govuk-tag" [class]="'govuk-tag ' + tag()" data-testid="results-status">{{
        'results.preview.statuses.' + results().status | translate
      }}</strong>
    </p>
    @switch (results().status) {
      @case ('draft') {
        <p class="govuk-body">{{ 'results.preview.draftText' | translate }}</p>
      }
      @case ('confirmed') {
        <p class="govuk-body">
          {{
            'results.preview.confirmedText' | translate: { date: (results().confirmedAt | londonDateTime: locale()) }
          }}
        </p>
      }
      @case ('published') {
        <p class="govuk-body">
          {{
            'results.preview.publishedText' | translate: { date: (results().publishedAt | londonDateTime: locale()) }
          }}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" [routerLink]="['/challenges', results().challengeId, 'results']">{{
            'results.preview.viewPublic' | translate
          }}</a>
        </p>
      }
    }
    @if (asking(); as action) {
      <div class="govuk-inset-text" data-testid="results-confirmation">
        <h2 #question class="govuk-heading-m" tabindex="-1">{{ 'results.preview.ask.' + action | translate }}</h2>
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{{ 'results.preview.warning' | translate }}</span>
            {{ 'results.preview.warn.' + action | translate }}
          </strong>
        </div>
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button"
            [class.govuk-button--warning]="action === 'publish'"
            [disabled]="busy()"
            (click)="act(action)"
          >
            {{ 'results.preview.yes.' + action | translate }}
          </button>
          <button type="button" class="govuk-button govuk-button--secondary" (click)="cancel()">
            {{ 'common.cancel' | translate }}
          </button>
        </div>
      </div>
    } @else if (results().status === 'draft') {
      <button type="button" class="govuk-button" #opener (click)="ask('confirm')">
        {{ 'results.preview.confirm' | translate }}
      </button>
    } @else if (results().status === 'confirmed' && results().stale) {
      <div class="govuk-warning-text" data-testid="results-stale">
        <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-visually-hidden">{{ 'results.preview.warning' | translate }}</span>
          {{ 'results.preview.staleText' | translate }}
        </strong>
      </div>
      <button type="button" class="govuk-button" #opener (click)="ask('confirm')">
        {{ 'results.preview.confirmAgain' | translate }}
      </button>
    } @else if (results().status === 'confirmed') {
      <button type="button" class="govuk-button" #opener (click)="ask('publish')">
        {{ 'results.preview.publish' | translate }}
      </button>
    }
  `,
})
export class ResultsActions {
  readonly results = input.required<Results>();
  readonly busy = input(false);
  readonly action = output<ResultsAction>();
  protected readonly locale = inject(CurrentLocale).locale;
  protected readonly asking = signal<ResultsAction | null>(null);
  private readonly question = viewChild<ElementRef<HTMLElement>>('question');
  /** The Confirm or Publish button shown when no question is open. */
  private readonly opener = viewChild<ElementRef<HTMLElement>>('opener');
  private readonly injector = inject(Injector);
  private focusQuestion = false;

  constructor() {
    // Keyboard and screen reader users land on the question they have to answer.
    afterRenderEffect(() => {
      const question = this.question();
      if (question && this.focusQuestion) {
        this.focusQuestion = false;
        question.nativeElement.focus();
      }
    });
  }

  protected tag(): string {
    return STATUS_TAG[this.results().status];
  }

  protected ask(action: ResultsAction): void {
    this.focusQuestion = true;
    this.asking.set(action);
  }

  protected cancel(): void {
    this.asking.set(null);
    afterNextRender(() => this.opener()?.nativeElement.focus(), { injector: this.injector });
  }

  protected act(action: ResultsAction): void {
    this.asking.set(null);
    this.action.emit(action);
  }
}
