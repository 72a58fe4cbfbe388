import { Component, computed, effect, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FieldError } from '../../shared/forms/field-error';
import { FormError, apiFormErrors } from '../../shared/forms/form-errors';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { IdeaAttachments } from './idea-attachments';
import { IdeaFields } from './idea-fields';
import { IDEA_FIELD_IDS, createIdeaForm, formValueOf, ideaFormErrors, toIdeaRequest } from './idea-form-model';
import { IdeaTeam } from './idea-team';
import { IdeasApi } from '../../shared/api/ideas-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';
import { localised } from '../../shared/i18n/local-text';

/** Submit a new idea (`mode` new, `id` = challenge) or edit one (`mode` edit, `id` = idea), with its files and team. */
@Component({
  selector: 'app-idea-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummary,
    FieldError,
    SuccessBanner,
    IdeaFields,
    IdeaAttachments,
    IdeaTeam,
  ],
  styles: `
    .app-pre-line {
      white-space: pre-line;
    }
  `,
  template: `
    @if (idea(); as idea) {
      <a class="govuk-back-link" [routerLink]="['/ideas', idea.id]">{{ 'ideas.editor.backToIdea' | translate }}</a>
    } @else {
      <a class="govuk-back-link" [routerLink]="['/challenges', id(), 'ideas']">{{ 'ideas.editor.back' | translate }}</a>
    }
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (challenge(); as challenge) {
      <span class="govuk-caption-l">{{ challengeTitle() }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">
      {{ (mode() === 'new' ? 'ideas.editor.newHeading' : 'ideas.editor.editHeading') | translate }}
    </h1>
    @if (loadError(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (challenge(); as challenge) {
      @if (!canEdit()) {
        <p class="govuk-body">
          {{ (mode() === 'new' ? 'ideas.editor.closed' : 'ideas.editor.cannotEdit') | translate }}
        </p>
      } @else {
        <form novalidate (submit)="$event.preventDefault(); save(submitting)">
          <app-idea-fields
            [form]="form"
            [challenge]="challenge"
            [errors]="errors()"
            [ideaId]="idea()?.id ?? null"
            [typedTitle]="typedTitle()"
          />
          @if (isDraft() && challenge.rules; as rules) {
            <h2 class="govuk-heading-m">{{ 'ideas.editor.rulesHeading' | translate }}</h2>
            <details class="govuk-details">
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{{
                  'ideas.editor.readRules' | translate: { version: rules.version }
                }}</span>
              </summary>
              <div class="govuk-details__text app-pre-line">{{ rulesBody() }}</div>
            </details>
            <div class="govuk-form-group" [class.govuk-form-group--error]="ackError()">
              <app-field-error fieldId="acknowledge" [errors]="errors()" />
              <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                <div class="govuk-checkboxes__item">
                  <input
                    class="govuk-checkboxes__input"
                    id="acknowledge"
                    type="checkbox"
                    [formControl]="form.controls.acknowledge"
                    [attr.aria-describedby]="ackError() ? 'acknowledge-error' : null"
                  />
                  <label class="govuk-label govuk-checkboxes__label" for="acknowledge">{{
                    'ideas.editor.acceptRules' | translate: { version: rules.version }
                  }}</label>
                </div>
              </div>
            </div>
          }
          <div class="govuk-button-group">
            @if (isDraft()) {
              <button type="submit" class="govuk-button" [disabled]="busy()" (click)="submitting = true">
                {{ 'ideas.editor.submit' | translate }}
              </button>
              <button
                type="submit"
                class="govuk-button govuk-button--secondary"
                [disabled]="busy()"
                (click)="submitting = false"
              >
                {{ 'ideas.editor.saveDraft' | translate }}
              </button>
            } @else {
              <button type="submit" class="govuk-button" [disabled]="busy()" (click)="submitting = false">
                {{ 'ideas.editor.saveChanges' | translate }}
              </button>
            }
          </div>
        </form>
      }
      @if (idea(); as idea) {
        @if (idea.viewer.canEdit) {
          <app-idea-attachments [idea]="idea" (changed)="reload()" />
          <app-idea-team [idea]="idea" (changed)="reload()" />
        }
      }
    }
  `,
})
export class IdeaEditor {
  private readonly api = inject(IdeasApi);
  private readonly router = inject(Router);
  private readonly locale = inject(CurrentLocale).locale;

  /** The challenge id (new) or the idea id (edit), from the route. */
  readonly id = input.required<string>();
  readonly mode = input<'new' | 'edit'>('new');
  /** `?saved=draft|submitted` after creating. */
  readonly saved = input<string>();

  protected readonly form = createIdeaForm();
  protected readonly typedTitle = toSignal(this.form.controls.title.valueChanges, { initialValue: '' });
  // `/challenges/:id/ideas/new` loads the challenge; `/ideas/:id/edit` the idea, then its challenge. Both are cancelled on leaving.
  private readonly loadedIdea = rxResource({
    params: () => (this.mode() === 'new' ? undefined : this.id()),
    stream: ({ params }) => this.api.get(params),
  });
  private readonly loadedChallenge = rxResource({
    params: () => (this.mode() === 'new' ? this.id() : valueOf(this.loadedIdea)?.challengeId),
    stream: ({ params }) => this.api.challenge(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  /** Saving and withdrawing replace it in place. */
  protected readonly idea = linkedSignal(() => valueOf(this.loadedIdea));
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly loadError = computed(() => {
    const error = errorOf(this.loadedIdea) ?? errorOf(this.loadedChallenge);
    return error ? this.messageFor(error) : null;
  });
  protected readonly busy = signal(false);
  protected submitting = false;

  protected readonly isDraft = computed(() => this.mode() === 'new' || this.idea()?.status === 'draft');
  protected readonly ackError = computed(() => this.errors().some((e) => e.field === 'acknowledge'));
  protected readonly canEdit = computed(() => {
    const idea = this.idea();
    if (idea) return idea.viewer.canEdit;
    return this.mode() === 'new' && !!this.challenge()?.open?.submissions;
  });
  protected readonly challengeTitle = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });
  protected readonly rulesBody = computed(() => {
    const rules = this.challenge()?.rules;
    return rules ? localised(this.locale(), rules.body, rules.bodyCy) : '';
  });

  constructor() {
    // The form starts from the idea as loaded (not as saved later, which would clobber what is typed).
    effect(() => {
      const idea = valueOf(this.loadedIdea);
      if (idea) untracked(() => this.form.setValue(formValueOf(idea)));
    });

    effect(() => {
      const saved = this.saved();
      if (saved === 'draft' || saved === 'submitted') this.notice.set({ key: `ideas.editor.${saved}` });
    });
  }

  protected save(submitting: boolean): void {
    const challenge = this.challenge();
    if (!challenge || this.busy()) return;
    const value = this.form.getRawValue();
    const errors = ideaFormErrors(value, challenge, submitting);
    this.errors.set(errors);
    this.notice.set(null);
    if (errors.length) return;
    const request = toIdeaRequest(value, challenge, submitting);
    const idea = this.idea();
    this.busy.set(true);
    const call = idea ? this.api.update(idea.id, request) : this.api.create(challenge.id, request);
    call.subscribe({
      next: (saved) => {
        this.busy.set(false);
        if (!idea) {
          const state = submitting ? 'submitted' : 'draft';
          void this.router.navigate(['/ideas', saved.id, 'edit'], { queryParams: { saved: state } });
          return;
        }
        this.idea.set(saved);
        this.form.controls.acknowledge.setValue(false);
        this.notice.set({ key: submitting ? 'ideas.editor.submitted' : 'ideas.editor.updated' });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, IDEA_FIELD_IDS));
      },
    });
  }

  protected reload(): void {
    const idea = this.idea();
    if (idea) this.api.get(idea.id).subscribe({ next: (fresh) => this.idea.set(fresh), error: () => undefined });
  }

  private messageFor(error: ApiError): string {
    return error.statusCode === 404 || error.statusCode === 403 ? 'ideas.errors.notFound' : 'common.serviceUnavailable';
  }
}
