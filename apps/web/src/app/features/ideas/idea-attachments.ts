import { Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import type { ApiError, Attachment, IdeaDetail } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FieldError } from '../../shared/forms/field-error';
import { FormError, apiFormErrors, fieldError } from '../../shared/forms/form-errors';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { ATTACHMENT_ACCEPT, fileSize } from './file-size';
import { IdeasApi } from '../../shared/api/ideas-api';
import { LIMITS } from '@challenge/contract';

/** An idea's files: the list with remove buttons, and a GOV.UK file upload (types and size checked by the API). */
@Component({
  selector: 'app-idea-attachments',
  imports: [TranslatePipe, ErrorSummary, FieldError, SuccessBanner],
  template: `
    <h2 class="govuk-heading-l govuk-!-margin-top-6" id="attachments-heading">
      {{ 'ideas.attachments.heading' | translate }}
    </h2>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (idea().attachments.length) {
      <ul class="govuk-list" data-testid="attachments">
        @for (file of idea().attachments; track file.id) {
          <li>
            <a class="govuk-link" [href]="file.url">{{ file.fileName }}</a>
            <span class="govuk-body-s"> ({{ size(file.sizeBytes, locale()) }})</span>
            <button
              type="button"
              class="app-link-button govuk-!-margin-left-2"
              [disabled]="busy()"
              (click)="remove(file)"
            >
              {{ 'ideas.attachments.remove' | translate
              }}<span class="govuk-visually-hidden"> {{ file.fileName }}</span>
            </button>
          </li>
        }
      </ul>
    } @else {
      <p class="govuk-body">{{ 'ideas.attachments.none' | translate }}</p>
    }
    <form novalidate (submit)="$event.preventDefault(); upload()">
      <div class="govuk-form-group" [class.govuk-form-group--error]="hasError()">
        <label class="govuk-label govuk-label--s" for="file">{{ 'ideas.attachments.label' | translate }}</label>
        <div class="govuk-hint" id="file-hint">{{ 'ideas.attachments.hint' | translate }}</div>
        <app-field-error fieldId="file" [errors]="errors()" />
        <input
          #file
          class="govuk-file-upload"
          [class.govuk-file-upload--error]="hasError()"
          id="file"
          name="file"
          type="file"
          [accept]="accept"
          [attr.aria-describedby]="hasError() ? 'file-hint file-error' : 'file-hint'"
        />
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="busy()">
        {{ 'ideas.attachments.upload' | translate }}
      </button>
    </form>
  `,
})
export class IdeaAttachments {
  private readonly api = inject(IdeasApi);
  protected readonly locale = inject(CurrentLocale).locale;
  readonly idea = input.required<IdeaDetail>();
  readonly changed = output<void>();

  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('file');
  protected readonly accept = ATTACHMENT_ACCEPT;
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly size = fileSize;

  protected hasError(): boolean {
    return this.errors().some((e) => e.field === 'file');
  }

  protected upload(): void {
    const input = this.fileInput().nativeElement;
    const file = input.files?.[0];
    this.notice.set(null);
    if (!file) return this.errors.set([fieldError('file', 'ideas.attachments.required')]);
    if (file.size > LIMITS.attachmentBytes) return this.errors.set([fieldError('file', 'ideas.attachments.tooLarge')]);
    this.errors.set([]);
    this.busy.set(true);
    this.api.upload(this.idea().id, file).subscribe({
      next: (attachment) => {
        input.value = '';
        this.done({ key: 'ideas.attachments.uploaded', params: { name: attachment.fileName } });
      },
      error: (error: ApiError) => this.failed(error),
    });
  }

  protected remove(file: Attachment): void {
    this.busy.set(true);
    this.errors.set([]);
    this.api.removeAttachment(this.idea().id, file.id).subscribe({
      next: () => this.done({ key: 'ideas.attachments.removed', params: { name: file.fileName } }),
      error: (error: ApiError) => this.failed(error),
    });
  }

  private done(notice: Notice): void {
    this.busy.set(false);
    this.notice.set(notice);
    this.changed.emit();
  }

  private failed(error: ApiError): void {
    this.busy.set(false);
    // Type and size problems are about the chosen file: show them next to it.
    const errors = apiFormErrors(error, { file: 'file' });
    this.errors.set(
      error.statusCode >= 400 && error.statusCode < 500
        ? errors.map((e) => ({ ...e, field: e.field ?? 'file' }))
        : errors,
    );
  }
}
