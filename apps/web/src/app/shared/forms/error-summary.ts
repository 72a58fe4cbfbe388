import { Component, ElementRef, afterRenderEffect, inject, input, viewChild } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FormError } from './form-errors';

/** GOV.UK error summary: takes focus whenever a new set of errors is shown; links move focus to the fields. */
@Component({
  selector: 'app-error-summary',
  imports: [TranslatePipe],
  template: `
    @if (errors().length) {
      <div #summary class="govuk-error-summary" tabindex="-1" data-testid="error-summary">
        <div role="alert">
          <h2 class="govuk-error-summary__title">{{ 'common.errorSummaryTitle' | translate }}</h2>
          <div class="govuk-error-summary__body">
            <ul class="govuk-list govuk-error-summary__list">
              @for (error of errors(); track $index) {
                <li>
                  @if (error.field) {
                    <a [href]="'#' + error.field" (click)="focusField($event, error.field)">{{
                      error.translate ? (error.message | translate: error.params) : error.message
                    }}</a>
                  } @else {
                    {{ error.translate ? (error.message | translate: error.params) : error.message }}
                  }
                </li>
              }
            </ul>
          </div>
        </div>
      </div>
    }
  `,
})
export class ErrorSummary {
  readonly errors = input.required<readonly FormError[]>();
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);

  constructor() {
    afterRenderEffect(() => {
      const hasErrors = this.errors().length > 0;
      this.prefixTitle(hasErrors);
      if (hasErrors) this.summary()?.nativeElement.focus();
    });
  }

  /** GOV.UK pattern: "Error: Sign in – Council Challenges" while the page shows errors. */
  private prefixTitle(hasErrors: boolean): void {
    const prefix = `${this.translate.instant('common.errorPrefix') as string} `;
    const current = this.title.getTitle();
    const base = current.startsWith(prefix) ? current.slice(prefix.length) : current;
    this.title.setTitle(hasErrors ? prefix + base : base);
  }

  /** In-page links would otherwise resolve against <base href> and leave the page. */
  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    const field = document.getElementById(id);
    if (!field) return;
    field.focus();
    // Keep the field's label and error message in view, not just the input.
    field.closest('.govuk-form-group')?.scrollIntoView?.({ block: 'start' });
  }
}
