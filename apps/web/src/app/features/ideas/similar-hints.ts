import { Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { IdeasApi } from '../../shared/api/ideas-api';
import { similarIdeas } from './similar-search';

/** Similar existing ideas for the title being typed: a polite live region that never blocks the form. */
@Component({
  selector: 'app-similar-hints',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div aria-live="polite" data-testid="similar-ideas">
      @if (hints().length) {
        <div class="govuk-inset-text govuk-!-margin-top-2">
          <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            {{ 'ideas.similar.heading' | translate }}
          </p>
          <ul class="govuk-list">
            @for (hint of hints(); track hint.id) {
              <li>
                {{ hint.title }}
                <span class="govuk-body-s">({{ 'ideas.card.supporters' | translate: { count: hint.voteCount } }})</span>
                –
                <a class="govuk-link" [routerLink]="['/ideas', hint.id]"
                  >{{ 'ideas.similar.support' | translate
                  }}<span class="govuk-visually-hidden">: {{ hint.title }}</span></a
                >
              </li>
            }
          </ul>
        </div>
      }
    </div>
  `,
})
export class SimilarHints {
  private readonly api = inject(IdeasApi);
  readonly challengeId = input.required<string>();
  readonly title = input.required<string>();
  /** The idea being edited, never suggested as similar to itself. */
  readonly excludeId = input<string | null>(null);

  private readonly found = toSignal(
    similarIdeas(toObservable(this.title), (title) => this.api.similar(this.challengeId(), title)),
    { initialValue: [] },
  );
  protected readonly hints = computed(() => this.found().filter((idea) => idea.id !== this.excludeId()));
}
