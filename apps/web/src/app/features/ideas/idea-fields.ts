import { Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { Challenge } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError, describedBy } from '../../shared/forms/field-error';
import type { FormError } from '../../shared/forms/form-errors';
import type { IdeaForm } from './idea-form-model';
import { SimilarHints } from './similar-hints';

/** The idea's own fields: title (with similar-idea hints), summary, description, categories, location. */
@Component({
  selector: 'app-idea-fields',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError, SimilarHints],
  template: `
    <ng-container [formGroup]="form()">
      <div class="govuk-form-group" [class.govuk-form-group--error]="has('title')">
        <label class="govuk-label govuk-label--m" for="title">{{ 'ideas.form.title' | translate }}</label>
        <div class="govuk-hint" id="title-hint">{{ 'ideas.form.titleHint' | translate }}</div>
        <app-field-error fieldId="title" [errors]="errors()" />
        <input
          class="govuk-input"
          [class.govuk-input--error]="has('title')"
          id="title"
          formControlName="title"
          type="text"
          autocomplete="off"
          [attr.aria-describedby]="describedBy('title', true)"
        />
        <app-similar-hints [challengeId]="challenge().id" [title]="typedTitle()" [excludeId]="ideaId()" />
      </div>

      <div class="govuk-form-group" [class.govuk-form-group--error]="has('summary')">
        <label class="govuk-label govuk-label--m" for="summary">{{ 'ideas.form.summary' | translate }}</label>
        <div class="govuk-hint" id="summary-hint">{{ 'ideas.form.summaryHint' | translate }}</div>
        <app-field-error fieldId="summary" [errors]="errors()" />
        <textarea
          class="govuk-textarea"
          [class.govuk-textarea--error]="has('summary')"
          id="summary"
          formControlName="summary"
          rows="3"
          [attr.aria-describedby]="describedBy('summary', true)"
        ></textarea>
      </div>

      <div class="govuk-form-group" [class.govuk-form-group--error]="has('description')">
        <label class="govuk-label govuk-label--m" for="description">{{ 'ideas.form.description' | translate }}</label>
        <div class="govuk-hint" id="description-hint">{{ 'ideas.form.descriptionHint' | translate }}</div>
        <app-field-error fieldId="description" [errors]="errors()" />
        <textarea
          class="govuk-textarea"
          [class.govuk-textarea--error]="has('description')"
          id="description"
          formControlName="description"
          rows="10"
          [attr.aria-describedby]="describedBy('description', true)"
        ></textarea>
      </div>

      @if (challenge().categories.length) {
        <div class="govuk-form-group" [class.govuk-form-group--error]="has('category')">
          <label class="govuk-label govuk-label--m" for="category">{{ 'ideas.form.category' | translate }}</label>
          <app-field-error fieldId="category" [errors]="errors()" />
          <select
            class="govuk-select"
            [class.govuk-select--error]="has('category')"
            id="category"
            formControlName="category"
            [attr.aria-describedby]="describedBy('category', false)"
          >
            <option value="">{{ 'ideas.form.chooseCategory' | translate }}</option>
            @for (option of challenge().categories; track option) {
              <option [value]="option">{{ option }}</option>
            }
          </select>
        </div>
      }

      @if (challenge().entrantCategories.length) {
        <div class="govuk-form-group" [class.govuk-form-group--error]="has('entrantCategory')">
          <fieldset class="govuk-fieldset" [attr.aria-describedby]="describedBy('entrantCategory', true)">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
              {{ 'ideas.form.entrantCategory' | translate }}
            </legend>
            <div class="govuk-hint" id="entrantCategory-hint">{{ 'ideas.form.entrantCategoryHint' | translate }}</div>
            <app-field-error fieldId="entrantCategory" [errors]="errors()" />
            <div class="govuk-radios" data-module="govuk-radios">
              @for (option of challenge().entrantCategories; track option; let first = $first) {
                <div class="govuk-radios__item">
                  <input
                    class="govuk-radios__input"
                    type="radio"
                    formControlName="entrantCategory"
                    [id]="first ? 'entrantCategory' : 'entrantCategory-' + option"
                    [value]="option"
                  />
                  <label
                    class="govuk-label govuk-radios__label"
                    [for]="first ? 'entrantCategory' : 'entrantCategory-' + option"
                    >{{ entrantLabel(option) | translate }}</label
                  >
                </div>
              }
            </div>
          </fieldset>
        </div>
      }

      <div class="govuk-form-group" [class.govuk-form-group--error]="has('latitude') || has('longitude')">
        <fieldset class="govuk-fieldset" aria-describedby="location-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            {{ 'ideas.form.location' | translate }}
          </legend>
          <div class="govuk-hint" id="location-hint">{{ 'ideas.form.locationHint' | translate }}</div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="locationLabel">{{ 'ideas.form.locationLabel' | translate }}</label>
            <input class="govuk-input govuk-!-width-two-thirds" id="locationLabel" formControlName="locationLabel" />
          </div>
          @for (axis of axes; track axis) {
            <div class="govuk-form-group">
              <label class="govuk-label" [for]="axis">{{ 'ideas.form.' + axis | translate }}</label>
              <app-field-error [fieldId]="axis" [errors]="errors()" />
              <input
                class="govuk-input govuk-input--width-10"
                [class.govuk-input--error]="has(axis)"
                [id]="axis"
                [formControlName]="axis"
                inputmode="decimal"
                spellcheck="false"
                [attr.aria-describedby]="describedBy(axis, false)"
              />
            </div>
          }
        </fieldset>
      </div>
    </ng-container>
  `,
})
export class IdeaFields {
  readonly form = input.required<IdeaForm>();
  readonly challenge = input.required<Challenge>();
  readonly errors = input.required<readonly FormError[]>();
  readonly ideaId = input<string | null>(null);
  /** The title as typed (a signal of the title control), for the similar-idea hints. */
  readonly typedTitle = input.required<string>();

  protected readonly axes = ['latitude', 'longitude'] as const;

  protected has(field: string): boolean {
    return this.errors().some((e) => e.field === field);
  }

  protected describedBy(field: string, hint: boolean): string | null {
    return describedBy(field, hint, this.has(field));
  }

  /** "public" and "staff" are translated; any other entrant category is shown as the council wrote it. */
  protected entrantLabel(option: string): string {
    return option === 'public' || option === 'staff' ? `ideas.entrant.${option}` : option;
  }
}
