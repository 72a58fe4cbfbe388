import { Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** Page numbers to show: the first, the last, the current one and its neighbours; `null` for a gap. */
export function pageItems(current: number, last: number): (number | null)[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const pages = [...wanted].sort((a, b) => a - b);
  const items: (number | null)[] = [];
  pages.forEach((n, i) => {
    if (i > 0 && n - pages[i - 1] > 1) items.push(null);
    items.push(n);
  });
  return items;
}

/** GOV.UK pagination whose links keep the page's other query parameters (`?page=`, absent for page 1). */
@Component({
  selector: 'app-pagination',
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (lastPage() > 1) {
      <nav class="govuk-pagination" [attr.aria-label]="'ideas.pagination.label' | translate">
        @if (page() > 1) {
          <div class="govuk-pagination__prev">
            <a
              class="govuk-link govuk-pagination__link"
              [routerLink]="[]"
              [queryParams]="{ page: page() > 2 ? page() - 1 : null }"
              queryParamsHandling="merge"
              rel="prev"
            >
              <svg
                class="govuk-pagination__icon govuk-pagination__icon--prev"
                xmlns="http://www.w3.org/2000/svg"
                height="13"
                width="15"
                aria-hidden="true"
                focusable="false"
                viewBox="0 0 15 13"
              >
                <path
                  d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"
                ></path>
              </svg>
              <span class="govuk-pagination__link-title">{{ 'ideas.pagination.previous' | translate }}</span>
            </a>
          </div>
        }
        <ul class="govuk-pagination__list">
          @for (item of items(); track $index) {
            @if (item === null) {
              <li class="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>
            } @else {
              <li class="govuk-pagination__item" [class.govuk-pagination__item--current]="item === page()">
                <a
                  class="govuk-link govuk-pagination__link"
                  [routerLink]="[]"
                  [queryParams]="{ page: item > 1 ? item : null }"
                  queryParamsHandling="merge"
                  [attr.aria-label]="'ideas.pagination.page' | translate: { page: item }"
                  [attr.aria-current]="item === page() ? 'page' : null"
                  >{{ item }}</a
                >
              </li>
            }
          }
        </ul>
        @if (page() < lastPage()) {
          <div class="govuk-pagination__next">
            <a
              class="govuk-link govuk-pagination__link"
              [routerLink]="[]"
              [queryParams]="{ page: page() + 1 }"
              queryParamsHandling="merge"
              rel="next"
            >
              <span class="govuk-pagination__link-title">{{ 'ideas.pagination.next' | translate }}</span>
              <svg
                class="govuk-pagination__icon govuk-pagination__icon--next"
                xmlns="http://www.w3.org/2000/svg"
                height="13"
                width="15"
                aria-hidden="true"
                focusable="false"
                viewBox="0 0 15 13"
              >
                <path
                  d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"
                ></path>
              </svg>
            </a>
          </div>
        }
      </nav>
    }
  `,
})
export class Pagination {
  readonly page = input.required<number>();
  readonly total = input.required<number>();
  readonly pageSize = input.required<number>();

  protected readonly lastPage = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
  protected readonly items = computed(() => pageItems(this.page(), this.lastPage()));
}
