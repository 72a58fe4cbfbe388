import { Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ApiError, Rubric } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../../../core/i18n/locale';
import { focusHeadingWhen } from '../../../shared/focus-heading';
import { ErrorSummary } from '../../../shared/forms/error-summary';
import type { FormError } from '../../../shared/forms/form-errors';
import { TextField } from '../../../shared/forms/text-field';
import { TextareaField } from '../../../shared/forms/textarea-field';
import { Notice, SuccessBanner } from '../../../shared/success-banner';
import { LocalText, langAttr, localText } from '../../../shared/i18n/local-text';
import { JudgingApi } from '../common/judging-api';
import { JudgingChallenge } from './judging-challenge';
import { judgingFailureKey } from '../common/judging-errors';
import { NumberField } from '../common/number-field';
import { moveItem } from '../common/reorder';
import {
  CRITERIA_FIELD_ID,
  CRITERION_FIELDS,
  CriterionField,
  CriterionRow,
  RUBRIC_LIMITS,
  criterionFieldId,
  emptyCriterion,
  rowOf,
  rubricApiErrors,
  rubricRequest,
} from './rubric-model';

type RowControls = Record<CriterionField, FormControl<string>>;
const controlsOf = (row: CriterionRow): RowControls =>
  Object.fromEntries(CRITERION_FIELDS.map((f) => [f, new FormControl(row[f], { nonNullable: true })])) as RowControls;
const valueOf = (row: RowControls): CriterionRow =>
  Object.fromEntries(CRITERION_FIELDS.map((f) => [f, row[f].value])) as CriterionRow;

/** `/challenges/:id/judging/rubric`: the criteria judges score against; read only once judging has opened. */
@Component({
  selector: 'app-rubric-editor',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummary, SuccessBanner, TextField, TextareaField, NumberField],
  template: `
    <app-error-summary [errors]="errors()" />
    @if (notice(); as notice) {
      <app-success-banner [notice]="notice" />
    }
    <span class="govuk-caption-l">{{ context.title() }}</span>
    <h1 class="govuk-heading-l" tabindex="-1">{{ 'judging.rubric.heading' | translate }}</h1>
    @if (failed(); as key) {
      <p class="govuk-body">{{ key | translate }}</p>
    } @else if (rubric(); as rubric) {
      @if (rubric.frozen) {
        <div class="govuk-inset-text" data-testid="rubric-frozen">{{ 'judging.rubric.frozen' | translate }}</div>
        <table class="govuk-table" data-testid="rubric-table">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {{
              'judging.rubric.heading' | translate
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ 'judging.rubric.criterion' | translate }}</th>
              <th scope="col" class="govuk-table__header">{{ 'judging.rubric.range' | translate }}</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {{ 'judging.rubric.weight' | translate }}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (c of rubric.criteria; track c.id) {
              @let name = text(c.name, c.nameCy);
              @let description = text(c.description, c.descriptionCy);
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  <span [attr.lang]="lang(name)">{{ name.text }}</span
                  ><br /><span class="govuk-!-font-weight-regular" [attr.lang]="lang(description)">{{
                    description.text
                  }}</span>
                </th>
                <td class="govuk-table__cell">
                  {{ 'judging.rubric.rangeValue' | translate: { min: c.minScore, max: c.maxScore } }}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ c.weight }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">{{ 'judging.rubric.intro' | translate }}</p>
        <form novalidate (submit)="$event.preventDefault(); save()">
          @for (row of rows(); track row; let i = $index, first = $first, last = $last) {
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" data-testid="criterion-row">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                {{ 'judging.rubric.criterionNumber' | translate: { number: i + 1 } }}
              </legend>
              <app-text-field
                [fieldId]="id(i, 'name')"
                label="judging.rubric.name"
                [control]="row.name"
                [errors]="errors()"
              />
              <app-text-field
                [fieldId]="id(i, 'nameCy')"
                label="judging.rubric.nameCy"
                [lang]="'cy'"
                [control]="row.nameCy"
                [errors]="errors()"
              />
              <app-textarea-field
                [fieldId]="id(i, 'description')"
                label="judging.rubric.description"
                hint="judging.rubric.descriptionHint"
                [rows]="3"
                [control]="row.description"
                [errors]="errors()"
              />
              <app-textarea-field
                [fieldId]="id(i, 'descriptionCy')"
                label="judging.rubric.descriptionCy"
                [lang]="'cy'"
                [rows]="3"
                [control]="row.descriptionCy"
                [errors]="errors()"
              />
              <app-number-field
                [fieldId]="id(i, 'minScore')"
                label="judging.rubric.minScore"
                [control]="row.minScore"
                [errors]="errors()"
              />
              <app-number-field
                [fieldId]="id(i, 'maxScore')"
                label="judging.rubric.maxScore"
                [control]="row.maxScore"
                [errors]="errors()"
              />
              <app-number-field
                [fieldId]="id(i, 'weight')"
                label="judging.rubric.weight"
                hint="judging.rubric.weightHint"
                [decimal]="true"
                [control]="row.weight"
                [errors]="errors()"
              />
              <div class="govuk-button-group">
                @if (!first) {
                  <button
                    type="button"
                    class="govuk-button govuk-button--secondary"
                    [id]="'criterion-' + i + '-up'"
                    (click)="move(i, -1)"
                  >
                    {{ 'judging.rubric.moveUp' | translate: { number: i + 1 } }}
                  </button>
                }
                @if (!last) {
                  <button
                    type="button"
                    class="govuk-button govuk-button--secondary"
                    [id]="'criterion-' + i + '-down'"
                    (click)="move(i, 1)"
                  >
                    {{ 'judging.rubric.moveDown' | translate: { number: i + 1 } }}
                  </button>
                }
                <button type="button" class="govuk-button govuk-button--warning" (click)="remove(i)">
                  {{ 'judging.rubric.remove' | translate: { number: i + 1 } }}
                </button>
              </div>
            </fieldset>
          } @empty {
            <p class="govuk-body">{{ 'judging.rubric.none' | translate }}</p>
          }
          <div class="govuk-form-group" [class.govuk-form-group--error]="listError()">
            @if (listError(); as error) {
              <p class="govuk-error-message" [id]="addId + '-error'">
                <span class="govuk-visually-hidden">{{ 'common.errorPrefix' | translate }}</span>
                {{ error.translate ? (error.message | translate: error.params) : error.message }}
              </p>
            }
            @if (rows().length < max) {
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                [id]="addId"
                [attr.aria-describedby]="listError() ? addId + '-error' : null"
                (click)="add()"
              >
                {{ 'judging.rubric.add' | translate }}
              </button>
            }
          </div>
          <button type="submit" class="govuk-button" [disabled]="busy()">
            {{ 'judging.rubric.save' | translate }}
          </button>
        </form>
      }
    } @else {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class RubricEditor {
  private readonly api = inject(JudgingApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly locale = inject(CurrentLocale).locale;
  protected readonly context = inject(JudgingChallenge);
  protected readonly addId = CRITERIA_FIELD_ID;
  protected readonly max = RUBRIC_LIMITS.criteria;
  protected readonly id = criterionFieldId;

  protected readonly rubric = signal<Rubric | null>(null);
  protected readonly rows = signal<RowControls[]>([]);
  protected readonly failed = signal<string | null>(null);
  protected readonly errors = signal<FormError[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    focusHeadingWhen(() => !!this.notice());
    this.api.rubric(this.context.id()).subscribe({
      next: (rubric) => this.show(rubric),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }

  protected listError(): FormError | undefined {
    return this.errors().find((e) => e.field === CRITERIA_FIELD_ID);
  }

  protected text(english: string, welsh: string | null): LocalText {
    return localText(this.locale(), english, welsh);
  }

  /** `lang="en"` on English fallback text in a Welsh page. */
  protected lang(text: LocalText): string | null {
    return langAttr(text, this.locale());
  }

  protected add(): void {
    const index = this.rows().length;
    this.rows.update((rows) => [...rows, controlsOf(emptyCriterion())]);
    this.focusLater(() => document.getElementById(criterionFieldId(index, 'name')));
  }

  protected remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
    this.errors.set([]);
    this.focusLater(() => document.getElementById(CRITERIA_FIELD_ID) ?? this.host.nativeElement.querySelector('h1'));
  }

  protected move(index: number, delta: -1 | 1): void {
    this.rows.update((rows) => moveItem(rows, index, delta));
    this.errors.set([]);
    const to = index + delta;
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    this.focusLater(
      () => document.getElementById(`criterion-${to}-${same}`) ?? document.getElementById(`criterion-${to}-${other}`),
    );
  }

  protected save(): void {
    if (this.busy()) return;
    const { request, errors } = rubricRequest(this.rows().map(valueOf));
    this.errors.set(errors);
    this.notice.set(null);
    if (!request) return;
    this.busy.set(true);
    this.api.setRubric(this.context.id(), request).subscribe({
      next: (rubric) => {
        this.busy.set(false);
        this.show(rubric);
        this.notice.set({ key: 'judging.rubric.saved', params: { count: String(rubric.criteria.length) } });
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        this.errors.set(rubricApiErrors(error));
        if (error.code === 'rubric_frozen') this.reload();
      },
    });
  }

  private reload(): void {
    this.api.rubric(this.context.id()).subscribe({ next: (rubric) => this.show(rubric), error: () => undefined });
  }

  private show(rubric: Rubric): void {
    this.rubric.set(rubric);
    const rows = rubric.criteria.length ? rubric.criteria.map(rowOf) : [emptyCriterion()];
    this.rows.set(rows.map(controlsOf));
  }

  private focusLater(target: () => HTMLElement | null): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
