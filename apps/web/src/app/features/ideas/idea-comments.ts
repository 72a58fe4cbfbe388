import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, Comment } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { CurrentLocale } from '../../core/i18n/locale';
import { LondonDateTimePipe } from '../../shared/dates/london-date.pipe';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FieldError, errorFor } from '../../shared/forms/field-error';
import { FormError, apiFormErrors, fieldError } from '../../shared/forms/form-errors';
import { IdeasApi } from '../../shared/api/ideas-api';
import { valueOf } from '../../shared/data/resource-state';
import { LIMITS } from '@challenge/contract';

/** The comments on an idea, each with a "Report" link, and a form to add one when signed in. */
@Component({
  selector: 'app-idea-comments',
  imports: [LondonDateTimePipe, ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, FieldError],
  styles: `
    .app-comment {
      border-left: 4px solid #b1b4b6;
      padding-left: 15px;
      margin-bottom: 20px;
    }
    .app-comment__body {
      white-space: pre-line;
    }
  `,
  template: `
    <h2 class="govuk-heading-l govuk-!-margin-top-6" id="comments">{{ 'ideas.comments.heading' | translate }}</h2>
    <ul class="govuk-list" data-testid="comments">
      @for (comment of comments(); track comment.id) {
        <li class="app-comment">
          <p class="govuk-body-s govuk-!-margin-bottom-1">
            <strong>{{ comment.author.displayName }}</strong>
            <span class="govuk-!-margin-left-2">{{ comment.createdAt | londonDateTime: locale() }}</span>
            @if (comment.moderationStatus === 'pending') {
              <strong class="govuk-tag govuk-tag--yellow govuk-!-margin-left-2">{{
                'ideas.status.pending' | translate
              }}</strong>
            } @else if (comment.moderationStatus === 'hidden') {
              <strong class="govuk-tag govuk-tag--red govuk-!-margin-left-2">{{
                'ideas.status.hidden' | translate
              }}</strong>
            }
          </p>
          @if (comment.hiddenReason; as reason) {
            <p class="govuk-body-s govuk-!-margin-bottom-1">
              {{ 'ideas.status.hiddenReason' | translate: { reason } }}
            </p>
          }
          <p class="govuk-body app-comment__body govuk-!-margin-bottom-1">{{ comment.body }}</p>
          @if (session.signedIn()) {
            <a
              class="govuk-link govuk-body-s"
              [routerLink]="['/ideas', ideaId(), 'report']"
              [queryParams]="{ comment: comment.id }"
              >{{ 'ideas.report.link' | translate
              }}<span class="govuk-visually-hidden">{{
                'ideas.report.commentBy' | translate: { name: comment.author.displayName }
              }}</span></a
            >
          }
        </li>
      } @empty {
        <li>{{ 'ideas.comments.none' | translate }}</li>
      }
    </ul>
    @if (session.signedIn()) {
      <app-error-summary [errors]="errors()" />
      @if (posted()) {
        <p class="govuk-body" role="status">{{ 'ideas.comments.posted' | translate }}</p>
      }
      <form novalidate (submit)="$event.preventDefault(); post()">
        <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
          <label class="govuk-label govuk-label--m" for="comment">{{ 'ideas.comments.label' | translate }}</label>
          <app-field-error fieldId="comment" [errors]="errors()" />
          <textarea
            class="govuk-textarea"
            [class.govuk-textarea--error]="error()"
            id="comment"
            rows="4"
            [formControl]="body"
            [attr.aria-describedby]="error() ? 'comment-error' : null"
          ></textarea>
        </div>
        <button type="submit" class="govuk-button" [disabled]="busy()">{{ 'ideas.comments.post' | translate }}</button>
      </form>
    } @else {
      <p class="govuk-body">
        <a class="govuk-link" routerLink="/sign-in" [queryParams]="{ returnUrl: router.url }">{{
          'ideas.comments.signIn' | translate
        }}</a>
      </p>
    }
  `,
})
export class IdeaComments {
  private readonly api = inject(IdeasApi);
  protected readonly session = inject(Session);
  protected readonly router = inject(Router);
  protected readonly locale = inject(CurrentLocale).locale;
  readonly ideaId = input.required<string>();

  /** Reloaded after posting; a new idea cancels the previous request. A failure shows no comments. */
  private readonly loaded = rxResource({
    params: () => this.ideaId(),
    stream: ({ params }) => this.api.comments(params),
  });
  protected readonly comments = computed<Comment[]>(() => valueOf(this.loaded) ?? []);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly busy = signal(false);
  protected readonly posted = signal(false);
  protected readonly body = new FormControl('', { nonNullable: true });

  protected error(): FormError | undefined {
    return errorFor(this.errors(), 'comment');
  }

  protected post(): void {
    const body = this.body.value.trim();
    const errors = !body
      ? [fieldError('comment', 'ideas.comments.required')]
      : body.length > LIMITS.comment
        ? [fieldError('comment', 'ideas.comments.tooLong', { max: `${LIMITS.comment}` })]
        : [];
    this.errors.set(errors);
    this.posted.set(false);
    if (errors.length || this.busy()) return;
    this.busy.set(true);
    this.api.comment(this.ideaId(), body).subscribe({
      next: () => {
        this.busy.set(false);
        this.body.setValue('');
        this.posted.set(true);
        this.loaded.reload();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, { body: 'comment' }));
      },
    });
  }
}
