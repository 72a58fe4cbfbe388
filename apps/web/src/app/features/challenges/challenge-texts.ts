import { Component, input } from '@angular/core';
import { FormControl } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import type { FormError } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';
import { TEXT_FIELDS, TextField as TextName, TextKey } from './challenge-form-model';
import { TextareaField } from '../../shared/forms/textarea-field';

const HINTS: Partial<Record<TextName, string>> = {
  summary: 'challenges.form.hints.summary',
  description: 'challenges.form.hints.description',
  judgingSummary: 'challenges.form.hints.judgingSummary',
  rules: 'challenges.form.hints.rules',
  coverAlt: 'challenges.form.hints.coverAlt',
};
/** Texts edited in a one-line input rather than a textarea. */
const SINGLE_LINE: readonly TextName[] = ['title', 'coverAlt'];

/** The challenge's texts, each in English with an optional Welsh version in a details disclosure. */
@Component({
  selector: 'app-challenge-texts',
  imports: [TranslatePipe, TextField, TextareaField],
  template: `
    @for (name of fields(); track name) {
      @if (singleLine(name)) {
        <app-text-field
          [fieldId]="name"
          [label]="'challenges.form.labels.' + name"
          [hint]="hints[name]"
          [large]="name === 'title'"
          [control]="texts()[name]"
          [errors]="errors()"
        />
      } @else {
        <app-textarea-field
          [fieldId]="name"
          [label]="'challenges.form.labels.' + name"
          [hint]="hints[name]"
          [rows]="name === 'description' || name === 'rules' ? 8 : 4"
          [control]="texts()[name]"
          [errors]="errors()"
        />
      }
      <details class="govuk-details" [open]="welshOpen(name)">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text"
            >{{ 'challenges.form.welshVersion' | translate }}
            <span class="govuk-visually-hidden">: {{ 'challenges.form.labels.' + name | translate }}</span></span
          >
        </summary>
        <div class="govuk-details__text">
          @if (singleLine(name)) {
            <app-text-field
              [fieldId]="name + 'Cy'"
              [label]="'challenges.form.labelsCy.' + name"
              hint="challenges.form.welshVersionHint"
              [control]="texts()[cy(name)]"
              [errors]="errors()"
            />
          } @else {
            <app-textarea-field
              [fieldId]="name + 'Cy'"
              [label]="'challenges.form.labelsCy.' + name"
              hint="challenges.form.welshVersionHint"
              lang="cy"
              [rows]="name === 'description' || name === 'rules' ? 8 : 4"
              [control]="texts()[cy(name)]"
              [errors]="errors()"
            />
          }
        </div>
      </details>
    }
  `,
})
export class ChallengeTexts {
  readonly texts = input.required<Record<TextKey, FormControl<string>>>();
  readonly errors = input<readonly FormError[]>([]);
  /** Which texts to show, in order (the form splits them across sections). */
  readonly fields = input<readonly TextName[]>(TEXT_FIELDS);

  protected readonly hints = HINTS;

  protected singleLine(name: TextName): boolean {
    return SINGLE_LINE.includes(name);
  }

  protected cy(name: TextName): TextKey {
    return `${name}Cy`;
  }

  /** Open when the Welsh has text or an error, so it is never hidden from the person fixing it. */
  protected welshOpen(name: TextName): boolean {
    return !!this.texts()[this.cy(name)].value.trim() || this.errors().some((e) => e.field === this.cy(name));
  }
}
