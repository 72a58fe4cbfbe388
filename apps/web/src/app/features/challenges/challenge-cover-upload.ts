import { Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import type { ApiError, Challenge } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError, errorFor } from '../../shared/forms/field-error';
import { FormError, apiFormErrors, fieldError } from '../../shared/forms/form-errors';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { LIMITS } from '@challenge/contract';

export const COVER_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

/**
 * The cover image of a saved challenge: a preview, a GOV.UK file upload and a remove button.
 * Errors go to the page's error summary through `failed`; the input id is `cover`.
 */
@Component({
  selector: 'app-challenge-cover-upload',
  imports: [TranslatePipe, FieldError],
  template: `
    @if (challenge().coverUrl; as url) {
      <p class="govuk-body">{{ 'challenges.cover.current' | translate }}</p>
      <img class="app-cover-preview" [src]="url" [alt]="challenge().coverAlt ?? ''" data-testid="cover-preview" />
    } @else {
      <p class="govuk-body">{{ 'challenges.cover.none' | translate }}</p>
    }
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      <label class="govuk-label govuk-label--s" for="cover">{{ 'challenges.cover.label' | translate }}</label>
      <div class="govuk-hint" id="cover-hint">{{ 'challenges.cover.hint' | translate }}</div>
      <app-field-error fieldId="cover" [errors]="errors()" />
      <input
        #file
        class="govuk-file-upload"
        [class.govuk-file-upload--error]="error()"
        id="cover"
        name="cover"
        type="file"
        [accept]="accept"
        [attr.aria-describedby]="error() ? 'cover-hint cover-error' : 'cover-hint'"
      />
    </div>
    <div class="govuk-button-group">
      <button type="button" class="govuk-button govuk-button--secondary" [disabled]="busy()" (click)="upload()">
        {{ 'challenges.cover.upload' | translate }}
      </button>
      @if (challenge().coverUrl) {
        <button type="button" class="govuk-button govuk-button--warning" [disabled]="busy()" (click)="remove()">
          {{ 'challenges.cover.remove' | translate }}
        </button>
      }
    </div>
  `,
  styles: `
    .app-cover-preview {
      display: block;
      max-width: 100%;
      max-height: 240px;
      margin-bottom: 20px;
    }
  `,
})
export class ChallengeCoverUpload {
  private readonly api = inject(ChallengesApi);
  readonly challenge = input.required<Challenge>();
  /** The page's current errors (only those for `cover` are shown here). */
  readonly errors = input<readonly FormError[]>([]);
  /** The challenge after a change; an empty list clears the errors. */
  readonly changed = output<Challenge>();
  readonly failed = output<FormError[]>();

  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('file');
  protected readonly accept = COVER_ACCEPT;
  protected readonly busy = signal(false);

  protected error(): FormError | undefined {
    return errorFor(this.errors(), 'cover');
  }

  protected upload(): void {
    const input = this.fileInput().nativeElement;
    const file = input.files?.[0];
    if (!file) return this.failed.emit([fieldError('cover', 'challenges.cover.errors.required')]);
    if (file.size > LIMITS.coverBytes) return this.failed.emit([fieldError('cover', 'challenges.cover.errors.size')]);
    this.busy.set(true);
    this.api.uploadCover(this.challenge().id, file).subscribe({
      next: (c) => {
        input.value = '';
        this.done(c);
      },
      error: (e: ApiError) => this.fail(e),
    });
  }

  protected remove(): void {
    const id = this.challenge().id;
    this.busy.set(true);
    this.api.removeCover(id).subscribe({
      next: () => this.done({ ...this.challenge(), coverUrl: null }),
      error: (e: ApiError) => this.fail(e),
    });
  }

  private done(c: Challenge): void {
    this.busy.set(false);
    this.failed.emit([]);
    this.changed.emit(c);
  }

  private fail(error: ApiError): void {
    this.busy.set(false);
    if (error.statusCode === 415) return this.failed.emit([fieldError('cover', 'challenges.cover.errors.type')]);
    if (error.statusCode === 413) return this.failed.emit([fieldError('cover', 'challenges.cover.errors.size')]);
    this.failed.emit(apiFormErrors(error).map((e) => ({ ...e, field: e.field ?? 'cover' })));
  }
}
