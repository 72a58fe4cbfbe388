import { Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ApiError, Challenge } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { focusHeadingWhen } from '../../shared/focus-heading';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { Message, missingFacts, welshWarningMessages } from './challenge-format';
import { langAttr, localText } from '../../shared/i18n/local-text';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../shared/data/resource-state';

const asFormError = (m: Message): FormError =>
  'key' in m ? fieldError(null, m.key, m.params) : { field: null, message: m.text, translate: false };

/**
 * Publishing a draft: a 422 lists the missing published facts as an error summary; success
 * shows a banner and, as a warning, the Welsh texts still missing.
 */
@Component({
  selector: 'app-publish-challenge',
  imports: [RouterLink, TranslatePipe, ErrorSummary],
  template: `
    <a class="govuk-back-link" routerLink="/admin/challenges">{{ 'challenges.admin.back' | translate }}</a>
    <app-error-summary [errors]="errors()" />
    @if (published(); as done) {
      <div
        class="govuk-notification-banner govuk-notification-banner--success"
        role="alert"
        aria-labelledby="published-title"
      >
        <div class="govuk-notification-banner__header">
          <h2 class="govuk-notification-banner__title" id="published-title">
            {{ 'challenges.form.success' | translate }}
          </h2>
        </div>
        <div class="govuk-notification-banner__content">
          <p class="govuk-notification-banner__heading">{{ 'challenges.publish.published' | translate }}</p>
        </div>
      </div>
      <h1 class="govuk-heading-l" tabindex="-1" [attr.lang]="lang()">{{ title() }}</h1>
      @if (warnings().length) {
        <div class="govuk-warning-text" data-testid="welsh-warnings">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <div class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{{ 'challenges.publish.warningPrefix' | translate }}</span>
            {{ 'challenges.publish.warnings' | translate }}
            <ul class="govuk-list govuk-list--bullet govuk-!-margin-top-2">
              @for (w of warnings(); track $index) {
                <li>{{ w.translate ? (w.message | translate: w.params) : w.message }}</li>
              }
            </ul>
          </div>
        </div>
      }
      <p class="govuk-body">
        <a class="govuk-link" [routerLink]="['/challenges', done.id]">{{ 'challenges.publish.view' | translate }}</a>
      </p>
    } @else {
      <span class="govuk-caption-l" [attr.lang]="lang()">{{ title() }}</span>
      <h1 class="govuk-heading-l" tabindex="-1">{{ 'challenges.publish.title' | translate }}</h1>
      @if (challenge(); as c) {
        @if (c.publishedAt) {
          <p class="govuk-body">{{ 'challenges.publish.alreadyPublished' | translate }}</p>
        } @else {
          <p class="govuk-body">{{ 'challenges.publish.intro' | translate }}</p>
          @if (incomplete()) {
            <p class="govuk-body">
              <a class="govuk-link" [routerLink]="['/admin/challenges', c.id, 'edit']">{{
                'challenges.publish.fix' | translate
              }}</a>
            </p>
          }
          <button type="button" class="govuk-button" [disabled]="busy()" (click)="publish()">
            {{ 'challenges.publish.button' | translate }}
          </button>
        }
      } @else if (errors().length === 0) {
        <p class="govuk-body">{{ 'common.loading' | translate }}</p>
      }
    }
  `,
})
export class PublishChallenge {
  private readonly api = inject(ChallengesApi);
  private readonly locale = inject(CurrentLocale).locale;
  readonly id = input.required<string>();

  /** Cancelled when the id changes or the page is left. */
  private readonly loaded = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly challenge = computed(() => valueOf(this.loaded));
  protected readonly published = signal<Challenge | null>(null);
  protected readonly warnings = signal<FormError[]>([]);
  protected readonly errors = linkedSignal<FormError[]>(() => {
    const error = errorOf(this.loaded);
    return error ? [{ field: null, message: error.message, translate: false }] : [];
  });
  protected readonly incomplete = signal(false);
  protected readonly busy = signal(false);
  private readonly text = computed(() => {
    const c = this.published() ?? this.challenge();
    return localText(this.locale(), c?.title ?? '', c?.titleCy);
  });
  protected readonly title = computed(() => this.text().text);
  protected readonly lang = computed(() => langAttr(this.text(), this.locale()));

  constructor() {
    focusHeadingWhen(() => this.published() !== null);
  }

  protected publish(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.api.publish(this.id()).subscribe({
      next: ({ challenge, warnings }) => {
        this.busy.set(false);
        this.errors.set([]);
        this.warnings.set(
          welshWarningMessages(
            warnings,
            challenge.prizes.map((p) => p.name),
          ).map(asFormError),
        );
        this.published.set(challenge);
      },
      error: (e: ApiError) => {
        this.busy.set(false);
        const incomplete = e.statusCode === 422 && !!e.fields;
        this.incomplete.set(incomplete);
        this.errors.set(
          incomplete
            ? missingFacts(e.fields ?? {}).map(asFormError)
            : e.statusCode === 0 || e.statusCode >= 500
              ? [fieldError(null, 'common.serviceUnavailable')]
              : [{ field: null, message: e.message, translate: false }],
        );
      },
    });
  }
}
