import { Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../core/i18n/locale';
import { Pagination } from '../../shared/pagination';
import { VoteAllowance } from '../voting';
import { IdeaCard } from './idea-card';
import { ListSort, readListParams, sortForSearch, sortOptions, toApiQuery, toQueryParams } from './list-query';
import { IdeasApi } from '../../shared/api/ideas-api';
import { errorOf, keepPrevious, valueOf } from '../../shared/data/resource-state';
import { localised } from '../../shared/i18n/local-text';

/** A challenge's ideas: search, category filter, sort and pages, all kept in the address bar. */
@Component({
  selector: 'app-idea-list',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, IdeaCard, Pagination, VoteAllowance],
  template: `
    <a class="govuk-back-link" [routerLink]="['/challenges', id()]">{{ 'ideas.list.back' | translate }}</a>
    @if (challenge(); as challenge) {
      <span class="govuk-caption-l">{{ challengeTitle() }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'ideas.list.heading' | translate }}</h1>
    @if (failed()) {
      <p class="govuk-body" role="alert">{{ failed() | translate }}</p>
    }
    @if (challenge()?.open?.submissions) {
      <a class="govuk-button" [routerLink]="['/challenges', id(), 'ideas', 'new']">{{
        'ideas.list.submit' | translate
      }}</a>
    }
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-third">
        <form novalidate role="search" (submit)="search($event)">
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="q">{{ 'ideas.list.searchLabel' | translate }}</label>
            <input class="govuk-input" id="q" name="q" type="search" [formControl]="searchControl" />
          </div>
          @if (categories().length) {
            <div class="govuk-form-group">
              <label class="govuk-label govuk-label--s" for="category">{{ 'ideas.list.category' | translate }}</label>
              <select class="govuk-select" id="category" name="category" [formControl]="categoryControl">
                <option value="">{{ 'ideas.list.allCategories' | translate }}</option>
                @for (option of categories(); track option) {
                  <option [value]="option">{{ option }}</option>
                }
              </select>
            </div>
          }
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="sort">{{ 'ideas.list.sort' | translate }}</label>
            <select class="govuk-select" id="sort" name="sort" [formControl]="sortControl">
              @for (option of sorts(); track option) {
                <option [value]="option">{{ 'ideas.sorts.' + option | translate }}</option>
              }
            </select>
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary">
            {{ 'ideas.list.apply' | translate }}
          </button>
        </form>
      </div>
      <div class="govuk-grid-column-two-thirds" data-testid="idea-results">
        @if (result(); as result) {
          <p class="govuk-body" role="status">{{ 'ideas.list.count' | translate: { count: result.total } }}</p>
          @if (challenge(); as challenge) {
            <app-vote-allowance [challenge]="challenge" />
          }
          @for (idea of result.items; track idea.id) {
            <app-idea-card [idea]="idea" [challenge]="challenge()" />
          } @empty {
            <p class="govuk-body">
              {{ (params().q || params().category ? 'ideas.list.noMatches' : 'ideas.list.empty') | translate }}
            </p>
          }
          <app-pagination [page]="result.page" [total]="result.total" [pageSize]="result.pageSize" />
        } @else if (!failed()) {
          <p class="govuk-body">{{ 'common.loading' | translate }}</p>
        }
      </div>
    </div>
  `,
})
export class IdeaList {
  private readonly api = inject(IdeasApi);
  private readonly router = inject(Router);
  private readonly locale = inject(CurrentLocale).locale;

  /** The challenge id from the route; the rest from the query string. */
  readonly id = input.required<string>();
  readonly q = input<string>();
  readonly category = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();

  private readonly loadedChallenge = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.challenge(params),
  });
  protected readonly challenge = computed(() => valueOf(this.loadedChallenge));
  protected readonly votingOpen = computed(() => !!this.challenge()?.open?.voting);
  protected readonly categories = computed(() => this.challenge()?.categories ?? []);
  protected readonly challengeTitle = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });
  protected readonly params = computed(() =>
    readListParams({ q: this.q(), category: this.category(), sort: this.sort(), page: this.page() }, this.votingOpen()),
  );
  /** "Most relevant" is offered, and the default, while a search is active. */
  protected readonly sorts = computed(() => sortOptions(this.params().q));
  /** A new search, filter, sort or page cancels the previous request; its list stays until the new one arrives. */
  private readonly loadedList = rxResource({
    params: () => {
      const challenge = this.challenge();
      return challenge ? { id: challenge.id, query: toApiQuery(this.params()) } : undefined;
    },
    stream: ({ params }) => this.api.list(params.id, params.query),
  });
  protected readonly result = keepPrevious(this.loadedList);
  protected readonly failed = computed(() => {
    const error = errorOf(this.loadedChallenge) ?? errorOf(this.loadedList);
    return error ? this.messageFor(error) : null;
  });

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly categoryControl = new FormControl('', { nonNullable: true });
  protected readonly sortControl = new FormControl<ListSort>('recent', { nonNullable: true });

  constructor() {
    // The form follows the address bar (back and forward too), without clobbering what is being typed meanwhile.
    effect(() => this.searchControl.setValue((this.q() ?? '').trim()));
    effect(() => this.categoryControl.setValue((this.category() ?? '').trim()));
    effect(() => this.sortControl.setValue(this.params().sort));
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.searchControl.value.trim();
    // A sort the person picked (now or in the address bar) stays; otherwise a search is ordered by relevance.
    const chosen = this.sortControl.dirty || this.params().sort === this.sort();
    const params = {
      q,
      category: this.categoryControl.value,
      sort: sortForSearch(this.sortControl.value, chosen, q, this.votingOpen()),
      page: 1,
    };
    void this.router.navigate([], {
      queryParams: toQueryParams(params, this.votingOpen()),
      queryParamsHandling: 'merge',
    });
  }

  private messageFor(error: ApiError): string {
    return error.statusCode === 404 ? 'ideas.list.notFound' : 'common.serviceUnavailable';
  }
}
