import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { ImplementationUpdate } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { valueOf } from '../../shared/data/resource-state';
import { ImplementationUpdates } from './implementation-updates';
import { ResultsApi } from './results-api';

/** On an idea's page: its implementation updates, when it won a prize and the council has posted any. */
@Component({
  selector: 'app-idea-updates',
  imports: [TranslatePipe, ImplementationUpdates],
  template: `
    @if (updates().length) {
      <h2 class="govuk-heading-m">{{ 'results.updates.heading' | translate }}</h2>
      <app-implementation-updates [updates]="updates()" />
    }
  `,
})
export class IdeaUpdates {
  private readonly api = inject(ResultsApi);
  readonly challengeId = input.required<string>();
  readonly ideaId = input.required<string>();
  /** Most ideas have none; a failure only means there is nothing to show. */
  private readonly loaded = rxResource({
    params: () => ({ challengeId: this.challengeId(), ideaId: this.ideaId() }),
    stream: ({ params }) => this.api.ideaUpdates(params.challengeId, params.ideaId),
  });
  protected readonly updates = computed<ImplementationUpdate[]>(() => valueOf(this.loaded) ?? []);
}
