import {
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  linkedSignal,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, Criterion, JudgeAssignment, ScoreInput } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../../core/i18n/locale';
import { LondonDateTimePipe } from '../../../shared/dates/london-date.pipe';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import type { FormError } from '../../../shared/forms/form-errors';
import { pageTitleFrom } from '../../../shared/page-title';
import { Notice, SuccessBanner } from '../../../shared/success-banner';
import { localised } from '../../../shared/i18n/local-text';
import { ConflictDeclaration } from './conflict-declaration';
import { JudgingApi } from '../common/judging-api';
import { errorOf, valueOf } from '../../../shared/data/resource-state';
import { judgingFailureKey } from '../common/judging-errors';
import { ASSIGNMENT_TAG } from '../common/panel-model';
import { ScoreControls, ScoreForm } from './score-form';
import { ScoreValues, scoresToSave, scoringApiErrors, valuesOf } from './score-form-model';

/** `/judging/assignments/:id`: the idea, blind by default, scored against the rubric; save, then submit. */
@Component({
  selector: 'app-judge-assignment',
  imports: [RouterLink, TranslatePipe, LondonDateTimePipe, ErrorSummary, SuccessBanner, ScoreForm, ConflictDeclaration],
  styles: `
    .app-pre-line {
      white-space: pre-line;
      overflow-wrap: break-word;
    }
    .app-markdown {
      overflow-wrap: break-word;
    }
  `,
  template: `
    <a class="govuk-back-link" routerLink="/judging">{{ 'judging.queue.back' | translate }}</a>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (failed(); as key) {
      <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.score.notFound' | translate }}</h1>
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (assignment(); as a) {
      <span class="govuk-caption-l">{{ a.challengeTitle }}</span>
      <h1 class="govuk-heading-l" tabindex="-1">{{ a.idea.title }}</h1>
      <p class="govuk-body" data-testid="assignment-status">
        <strong [class]="'govuk-tag ' + tag[a.status]">{{ 'judging.status.' + a.status | translate }}</strong>
        @if (a.submittedAt) {
          <span class="govuk-!-margin-left-2">{{
            'judging.score.submittedOn' | translate: { date: (a.submittedAt | londonDateTime: locale()) }
          }}</span>
        }
      </p>
      @if (a.reopenReason && a.status !== 'submitted') {
        <div class="govuk-inset-text" data-testid="reopen-reason">
          {{ 'judging.score.reopened' | translate: { reason: a.reopenReason } }}
        </div>
      }
      <p class="govuk-body-l app-pre-line">{{ a.idea.summary }}</p>
      <dl class="govuk-summary-list govuk-summary-list--no-border">
        @if (a.idea.category) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{{ 'judging.shortlist.category' | translate }}</dt>
            <dd class="govuk-summary-list__value">{{ a.idea.category }}</dd>
          </div>
        }
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{{ 'judging.score.author' | translate }}</dt>
          <dd class="govuk-summary-list__value">{{ a.idea.authorName ?? ('judging.score.blind' | translate) }}</dd>
        </div>
      </dl>
      <h2 class="govuk-heading-m">{{ 'judging.score.description' | translate }}</h2>
      @if (a.idea.descriptionHtml) {
        <div class="govuk-body app-markdown" data-testid="idea-description" [innerHTML]="a.idea.descriptionHtml"></div>
      } @else {
        <div class="govuk-body app-pre-line" data-testid="idea-description">{{ a.idea.description }}</div>
      }

      <h2 class="govuk-heading-l govuk-!-margin-top-8">{{ 'judging.score.heading' | translate }}</h2>
      @if (submitted()) {
        <div class="govuk-inset-text">{{ 'judging.score.locked' | translate }}</div>
        <app-score-form [criteria]="a.criteria" [controls]="controls()" [scores]="a.scores" [readOnly]="true" />
      } @else {
        <p class="govuk-body">{{ 'judging.score.intro' | translate }}</p>
        <form novalidate (submit)="$event.preventDefault(); save(false)">
          <app-score-form [criteria]="a.criteria" [controls]="controls()" [errors]="errors()" />
          @if (confirming()) {
            <h2 class="govuk-heading-m" tabindex="-1" #confirmHeading>
              {{ 'judging.score.confirmHeading' | translate }}
            </h2>
            <div class="govuk-warning-text">
              <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
              <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{{ 'judging.warning' | translate }}</span>
                {{ 'judging.score.confirmWarning' | translate }}
              </strong>
            </div>
            <div class="govuk-button-group">
              <button type="button" class="govuk-button" [disabled]="busy()" (click)="submit()">
                {{ 'judging.score.confirmYes' | translate }}
              </button>
              <button type="button" class="govuk-button govuk-button--secondary" (click)="cancelSubmit()">
                {{ 'common.cancel' | translate }}
              </button>
            </div>
          } @else {
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="busy()">
                {{ 'judging.score.save' | translate }}
              </button>
              <button type="button" class="govuk-button" #submitButton [disabled]="busy()" (click)="save(true)">
                {{ 'judging.score.submit' | translate }}
              </button>
            </div>
          }
        </form>
      }
      <app-conflict-declaration
        [challengeId]="a.challengeId"
        [ideaId]="a.ideaId"
        [errors]="errors()"
        (failed)="errors.set($event)"
        (declared)="declared()"
      />
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class JudgeAssignmentPage {
  private readonly api = inject(JudgingApi);
  private readonly router = inject(Router);
  protected readonly locale = inject(CurrentLocale).locale;
  protected readonly tag = ASSIGNMENT_TAG;
  /** The assignment id from the route. */
  readonly id = input.required<string>();

  protected readonly assignment = signal<JudgeAssignment | null>(null);
  protected readonly controls = signal<ScoreControls>({});
  /** Cancelled when the id changes; each assignment that arrives (or is saved) fills the form. */
  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.assignment(params),
  });
  protected readonly failed = linkedSignal<string | null>(() => {
    const error = errorOf(this.loaded);
    return error ? judgingFailureKey(error) : null;
  });
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly submitted = computed(() => this.assignment()?.status === 'submitted');
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly submitButton = viewChild<ElementRef<HTMLElement>>('submitButton');
  private readonly injector = inject(Injector);

  constructor() {
    pageTitleFrom(computed(() => this.assignment()?.idea.title));
    focusHeadingWhen(() => !!this.notice());
    afterRenderEffect(() => this.confirmHeading()?.nativeElement.focus());
    effect(() => {
      const a = valueOf(this.loaded);
      if (a) untracked(() => this.show(a));
    });
  }

  /** Saves what has been entered; with `thenSubmit`, every criterion must be scored, and the judge confirms next. */
  protected save(thenSubmit: boolean): void {
    const a = this.assignment();
    if (!a || this.busy()) return;
    const { scores, errors } = scoresToSave(a.criteria, this.values(), thenSubmit, (c) => this.name(c));
    this.errors.set(errors);
    this.notice.set(null);
    if (errors.length) return;
    this.busy.set(true);
    this.api.saveScores(a.id, scores).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.show(saved);
        if (thenSubmit) this.confirming.set(true);
        else this.notice.set({ key: 'judging.score.saved' });
      },
      error: (error: ApiError) => this.fail(error, scores),
    });
  }

  /** Back out of submitting: focus returns to the Submit button that asked. */
  protected cancelSubmit(): void {
    this.confirming.set(false);
    afterNextRender(() => this.submitButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected submit(): void {
    const a = this.assignment();
    if (!a || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.api.submit(a.id).subscribe({
      next: (submitted) => {
        this.busy.set(false);
        this.confirming.set(false);
        this.show(submitted);
        this.notice.set({ key: 'judging.score.submitted' });
      },
      error: (error: ApiError) => {
        this.confirming.set(false);
        this.fail(error, []);
      },
    });
  }

  protected declared(): void {
    void this.router.navigate(['/judging'], { queryParams: { declared: 1 } });
  }

  private fail(error: ApiError, sent: ScoreInput[]): void {
    this.busy.set(false);
    const a = this.assignment();
    this.errors.set(scoringApiErrors(error, sent, a?.criteria ?? [], (c) => this.name(c)));
    if (error.code === 'assignment_submitted' && a) this.loaded.reload();
  }

  private name(c: Pick<Criterion, 'id'>): string {
    const full = this.assignment()?.criteria.find((x) => x.id === c.id);
    return full ? localised(this.locale(), full.name, full.nameCy) : '';
  }

  private values(): ScoreValues {
    return Object.fromEntries(
      Object.entries(this.controls()).map(([id, c]) => [id, { score: c.score.value, comment: c.comment.value }]),
    );
  }

  private show(a: JudgeAssignment): void {
    this.assignment.set(a);
    const values = valuesOf(a.criteria, a.scores);
    const text = (value: string): FormControl<string> => new FormControl(value, { nonNullable: true });
    this.controls.set(
      Object.fromEntries(
        Object.entries(values).map(([cid, v]) => [cid, { score: text(v.score), comment: text(v.comment) }]),
      ),
    );
  }
}
