import { Component, effect, inject, input, signal, untracked } from '@angular/core';
import type { ImplementationUpdate } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
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
  protected readonly updates = signal<ImplementationUpdate[]>([]);

  constructor() {
    effect((onCleanup) => {
      const challengeId = this.challengeId();
      const ideaId = this.ideaId();
      untracked(() => this.updates.set([]));
      // Most ideas have none; a failure only means there is nothing to show.
      const subscription = this.api.ideaUpdates(challengeId, ideaId).subscribe({
        next: (updates) => this.updates.set(updates),
        error: () => this.updates.set([]),
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
