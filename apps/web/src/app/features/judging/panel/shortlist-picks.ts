import { Component, ElementRef, Injector, afterNextRender, inject, input, output, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { scorePercent } from '../../voting';
import type { ShortlistPick } from './shortlist-model';

export type PickMove = { index: number; delta: -1 | 1 };

/** The shortlist being built, in order: move each idea up or down, or take it off. */
@Component({
  selector: 'app-shortlist-picks',
  imports: [TranslatePipe],
  template: `
    <p class="govuk-visually-hidden" role="status">{{ announcement() }}</p>
    @if (picks().length) {
      <table class="govuk-table" data-testid="shortlist-picks">
        <caption class="govuk-table__caption govuk-visually-hidden">
          {{
            'judging.shortlist.picksCaption' | translate
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'judging.shortlist.position' | translate }}
            </th>
            <th scope="col" class="govuk-table__header">{{ 'judging.shortlist.idea' | translate }}</th>
            <th scope="col" class="govuk-table__header">{{ 'judging.shortlist.category' | translate }}</th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {{ 'judging.shortlist.votes' | translate }}
            </th>
            @if (showPairwise()) {
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {{ 'judging.shortlist.pairwise' | translate }}
              </th>
            }
            <th scope="col" class="govuk-table__header">
              <span class="govuk-visually-hidden">{{ 'judging.shortlist.actions' | translate }}</span>
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (pick of picks(); track pick.ideaId; let i = $index, first = $first, last = $last) {
            <tr class="govuk-table__row">
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ i + 1 }}</td>
              <th scope="row" class="govuk-table__header">{{ pick.title }}</th>
              <td class="govuk-table__cell">{{ pick.category ?? '' }}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ pick.voteCount }}</td>
              @if (showPairwise()) {
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {{
                    pick.pairwiseScore === null
                      ? ('judging.shortlist.noScore' | translate)
                      : percent(pick.pairwiseScore)
                  }}
                </td>
              }
              <td class="govuk-table__cell">
                @if (!disabled()) {
                  <div class="govuk-button-group govuk-!-margin-bottom-0">
                    @if (!first) {
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        [id]="'move-up-' + pick.ideaId"
                        (click)="move(i, -1)"
                      >
                        {{ 'judging.shortlist.moveUp' | translate
                        }}<span class="govuk-visually-hidden">: {{ pick.title }}</span>
                      </button>
                    }
                    @if (!last) {
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        [id]="'move-down-' + pick.ideaId"
                        (click)="move(i, 1)"
                      >
                        {{ 'judging.shortlist.moveDown' | translate
                        }}<span class="govuk-visually-hidden">: {{ pick.title }}</span>
                      </button>
                    }
                    <button
                      type="button"
                      class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      (click)="remove(i)"
                    >
                      {{ 'judging.shortlist.remove' | translate
                      }}<span class="govuk-visually-hidden">: {{ pick.title }}</span>
                    </button>
                  </div>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="govuk-body" data-testid="shortlist-empty">{{ 'judging.shortlist.empty' | translate }}</p>
    }
  `,
})
export class ShortlistPicks {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  readonly picks = input.required<readonly ShortlistPick[]>();
  readonly showPairwise = input(false);
  readonly disabled = input(false);
  readonly moved = output<PickMove>();
  readonly removed = output<number>();
  /** Read out after a move, e.g. "Bus app is now number 2 of 5". */
  protected readonly announcement = signal('');

  protected readonly percent = scorePercent;

  protected move(index: number, delta: -1 | 1): void {
    const pick = this.picks()[index];
    if (!pick) return;
    this.moved.emit({ index, delta });
    const params = { title: pick.title, position: String(index + delta + 1), total: String(this.picks().length) };
    this.announcement.set(this.translate.instant('judging.shortlist.movedTo', params) as string);
    // Keep focus on the idea that moved: on the same button, or the other one at the top or bottom.
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        const button =
          root.querySelector<HTMLElement>(`#move-${same}-${pick.ideaId}`) ??
          root.querySelector<HTMLElement>(`#move-${other}-${pick.ideaId}`);
        button?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.removed.emit(index);
  }
}
