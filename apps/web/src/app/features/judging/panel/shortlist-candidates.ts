import { Component, computed, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { IdeaSummary } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Pagination } from '../../../shared/pagination';
import { IdeasApi } from '../../../shared/api/ideas-api';
import { errorOf, keepPrevious } from '../../../shared/data/resource-state';
import { judgingFailureKey } from '../common/judging-errors';
import { ShortlistPick, pickOfIdea } from './shortlist-model';

export const CANDIDATES_PAGE_SIZE = 25;

/** The ideas in the challenge's public list, most supported first, each with a "shortlist it" checkbox. */
@Component({
  selector: 'app-shortlist-candidates',
  imports: [TranslatePipe, Pagination],
  template: `
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (result(); as result) {
      @if (result.items.length) {
        <table class="govuk-table" data-testid="shortlist-candidates">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.shortlist.candidatesCaption' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.shortlist.idea' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.shortlist.category' | translate }}</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {{ 'judging.shortlist.votes' | translate }}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (idea of result.items; track idea.id) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                    <div class="govuk-checkboxes__item">
                      <input
                        class="govuk-checkboxes__input"
                        type="checkbox"
                        [id]="'candidate-' + idea.id"
                        [checked]="picked().has(idea.id)"
                        [disabled]="disabled()"
                        (change)="toggle(idea, $event)"
                      />
                      <label class="govuk-label govuk-checkboxes__label" [for]="'candidate-' + idea.id">{{
                        idea.title
                      }}</label>
                    </div>
                  </div>
                </th>
                <td class="govuk-table__cell">{{ idea.category ?? '' }}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ idea.voteCount }}</td>
              </tr>
            }
          </tbody>
        </table>
        <app-pagination [page]="result.page" [total]="result.total" [pageSize]="result.pageSize" />
      } @else {
        <p class="govuk-body">{{ 'judging.shortlist.noCandidates' | translate }}</p>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class ShortlistCandidates {
  private readonly ideas = inject(IdeasApi);
  readonly challengeId = input.required<string>();
  readonly page = input(1);
  readonly picked = input.required<ReadonlySet<string>>();
  readonly disabled = input(false);
  readonly toggled = output<{ pick: ShortlistPick; on: boolean }>();

  /** Another page cancels the request for the previous one, which stays on screen until the next arrives. */
  private readonly loaded = rxResource({
    params: () => ({ id: this.challengeId(), page: this.page() }),
    stream: ({ params }) =>
      this.ideas.list(params.id, { sort: 'top', page: params.page, pageSize: CANDIDATES_PAGE_SIZE }),
  });
  protected readonly result = keepPrevious(this.loaded);
  protected readonly failed = computed(() => {
    const error = errorOf(this.loaded);
    return error ? judgingFailureKey(error) : null;
  });

  protected toggle(idea: IdeaSummary, event: Event): void {
    this.toggled.emit({ pick: pickOfIdea(idea), on: (event.target as HTMLInputElement).checked });
  }
}
