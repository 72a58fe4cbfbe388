import { Component, inject, input } from '@angular/core';
import type { StageName } from '@challenge/contract';
import { STAGE_NAMES } from '@challenge/domain';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FormError } from '../../shared/forms/form-errors';
import type { ChallengeFormControls } from './challenge-form-controls';
import { Edge, dateId } from './challenge-form-model';
import { DateTimeInput } from './date-time-input';

/** The label of one stage date ("Submitting ideas: Opens"), also used in error messages. */
export function stageDateLabel(translate: TranslateService, stage: StageName, edge: Edge): string {
  const edgeKey =
    stage === 'results'
      ? edge === 'opensAt'
        ? 'challenges.page.announced'
        : 'challenges.page.challengeCloses'
      : edge === 'opensAt'
        ? 'challenges.page.opens'
        : 'challenges.page.closes';
  return `${translate.instant(`challenges.stages.${stage}`) as string}: ${translate.instant(edgeKey) as string}`;
}

/** The five stage windows, each an opening and a closing date and time in UK time. */
@Component({
  selector: 'app-stage-dates',
  imports: [TranslatePipe, DateTimeInput],
  template: `
    <p class="govuk-body">{{ 'challenges.form.stagesHint' | translate }}</p>
    @for (stage of stages; track stage) {
      <h3 class="govuk-heading-s">{{ 'challenges.stages.' + stage | translate }}</h3>
      @for (edge of edges; track edge) {
        <app-date-time-input
          [fieldId]="id(stage, edge)"
          [legend]="label(stage, edge)"
          [controls]="form().stages[stage][edge]"
          [errors]="errors()"
        />
      }
    }
  `,
})
export class StageDates {
  readonly form = input.required<ChallengeFormControls>();
  readonly errors = input<readonly FormError[]>([]);
  private readonly translate = inject(TranslateService);

  protected readonly stages = STAGE_NAMES;
  protected readonly edges: readonly Edge[] = ['opensAt', 'closesAt'];
  protected readonly id = dateId;

  protected label(stage: StageName, edge: Edge): string {
    return stageDateLabel(this.translate, stage, edge);
  }
}
