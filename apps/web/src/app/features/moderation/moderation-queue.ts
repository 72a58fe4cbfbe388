import { Component, computed, effect, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApiError } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, apiFormErrors, fieldError } from '../../shared/forms/form-errors';
import { Pagination } from '../../shared/pagination';
import { errorOf, keepPrevious } from '../../shared/data/resource-state';
import { Notice, SuccessBanner } from '../../shared/success-banner';
import { QUEUE_STATUSES, moderatedCouncils, queueStatus } from './moderation-access';
import { ModerationApi } from './moderation-api';
import { Decision, ModerationItem, reasonFieldId } from './moderation-item';

const PAGE_SIZE = 20;

/** A council's moderation queue (pending, reported, hidden) with approve, hide, restore and dismiss. */
@Component({
  selector: 'app-moderation-queue',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummary, Pagination, SuccessBanner, ModerationItem],
  styles: `
    .app-sub-nav {
      border-bottom: 1px solid #b1b4b6;
      margin-bottom: 30px;
    }
    .app-sub-nav li {
      display: inline-block;
      margin-right: 30px;
    }
    .app-sub-nav a[aria-current='page'] {
      font-weight: 700;
      text-decoration: none;
    }
  `,
  template: `
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    @if (council(); as council) {
      <span class="govuk-caption-l">{{ council.organisationName }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'moderation.heading' | translate }}</h1>

    @if (!councils().length) {
      <p class="govuk-body">{{ 'moderation.noCouncils' | translate }}</p>
    } @else {
      @if (councils().length > 1) {
        <form novalidate (submit)="$event.preventDefault(); chooseCouncil()">
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="council">{{ 'moderation.council' | translate }}</label>
            <select class="govuk-select" id="council" [formControl]="councilChoice">
              @for (option of councils(); track option.organisationId) {
                <option [value]="option.organisationId">{{ option.organisationName }}</option>
              }
            </select>
            <button
              type="submit"
              class="govuk-button govuk-button--secondary govuk-!-margin-left-2 govuk-!-margin-bottom-0"
            >
              {{ 'moderation.show' | translate }}
            </button>
          </div>
        </form>
      }
      <nav [attr.aria-label]="'moderation.queues' | translate">
        <ul class="govuk-list app-sub-nav">
          @for (option of statuses; track option) {
            <li>
              <a
                class="govuk-link govuk-link--no-visited-state"
                [routerLink]="[]"
                [queryParams]="{ status: option, page: null }"
                queryParamsHandling="merge"
                [attr.aria-current]="option === currentStatus() ? 'page' : null"
                >{{ 'moderation.status.' + option | translate }}</a
              >
            </li>
          }
        </ul>
      </nav>
      <h2 class="govuk-heading-m">{{ 'moderation.status.' + currentStatus() | translate }}</h2>
      @if (result(); as result) {
        <div data-testid="moderation-queue">
          @for (item of result.items; track item.targetType + item.targetId) {
            <app-moderation-item [item]="item" [errors]="errors()" [busy]="busy()" (decision)="decide($event)" />
          } @empty {
            <p class="govuk-body">{{ 'moderation.empty.' + currentStatus() | translate }}</p>
          }
        </div>
        <app-pagination [page]="result.page" [total]="result.total" [pageSize]="result.pageSize" />
      } @else {
        <p class="govuk-body">{{ 'common.loading' | translate }}</p>
      }
    }
  `,
})
export class ModerationQueue {
  private readonly api = inject(ModerationApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);

  /** From the query string. */
  readonly organisation = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly statuses = QUEUE_STATUSES;
  protected readonly councils = computed(() => moderatedCouncils(this.session.me()));
  protected readonly council = computed(
    () => this.councils().find((c) => c.organisationId === this.organisation()) ?? this.councils()[0] ?? null,
  );
  protected readonly currentStatus = computed(() => queueStatus(this.status()));
  protected readonly currentPage = computed(() => Math.max(1, Math.floor(Number(this.page())) || 1));
  /** Another council, status or page cancels the previous request; the queue reloads after each decision. */
  private readonly loaded = rxResource({
    params: () => {
      const council = this.council();
      return council
        ? { organisationId: council.organisationId, status: this.currentStatus(), page: this.currentPage() }
        : undefined;
    },
    stream: ({ params }) => this.api.queue({ ...params, pageSize: PAGE_SIZE }),
  });
  protected readonly result = keepPrevious(this.loaded);
  protected readonly errors = linkedSignal<FormError[]>(() => {
    const error = errorOf(this.loaded);
    return error ? apiFormErrors(error) : [];
  });
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);
  protected readonly councilChoice = new FormControl('', { nonNullable: true });

  constructor() {
    // The council picker follows the address bar.
    effect(() => this.councilChoice.setValue(this.council()?.organisationId ?? ''));
  }

  protected chooseCouncil(): void {
    this.notice.set(null);
    void this.router.navigate([], {
      queryParams: { organisation: this.councilChoice.value, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected decide({ item, action, reason }: Decision): void {
    if (action === 'hide' && !reason) {
      this.errors.set([fieldError(reasonFieldId(item), 'moderation.errors.reasonRequired')]);
      return;
    }
    this.errors.set([]);
    this.notice.set(null);
    this.busy.set(true);
    this.api.decide(item, reason ? { action, reason } : { action }).subscribe({
      next: () => {
        this.busy.set(false);
        const text = item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text;
        this.notice.set({ key: `moderation.done.${action}`, params: { text } });
        this.loaded.reload();
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(apiFormErrors(error, { reason: reasonFieldId(item) }));
      },
    });
  }
}
