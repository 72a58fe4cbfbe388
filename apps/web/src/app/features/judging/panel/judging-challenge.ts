import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CurrentLocale } from '../../../core/i18n/locale';
import { ChallengesApi } from '../../../shared/api/challenges-api';
import { errorOf, valueOf } from '../../../shared/data/resource-state';
import { localised } from '../../../shared/i18n/local-text';
import { judgingFailureKey } from '../common/judging-errors';

/**
 * The challenge whose judging an admin is running, shared by the judging admin layout and its
 * pages (provided on the `/challenges/:id/judging` route, so it lives as long as that area, and
 * its request is cancelled when the area is left or another challenge is asked for).
 */
@Injectable()
export class JudgingChallenge {
  private readonly api = inject(ChallengesApi);
  private readonly locale = inject(CurrentLocale).locale;
  private readonly requested = signal<string | undefined>(undefined);
  private readonly loaded = rxResource({
    params: () => this.requested(),
    stream: ({ params }) => this.api.get(params),
  });

  /** Kept while it is refreshed, so the pages stay. */
  readonly challenge = computed(() => valueOf(this.loaded));
  /** A translation key when the challenge could not be loaded. */
  readonly failed = computed(() => {
    const error = errorOf(this.loaded);
    return error ? judgingFailureKey(error) : null;
  });
  readonly title = computed(() => {
    const c = this.challenge();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });

  /** Loads the challenge; the same one again is refreshed in place, so the pages stay. */
  load(id: string): void {
    if (this.requested() === id) this.loaded.reload();
    else this.requested.set(id);
  }

  /** Fetches the challenge again (its state changes when the shortlist is confirmed, for example). */
  refresh(): void {
    this.loaded.reload();
  }

  /** The challenge's id; the pages exist only once it has loaded. */
  id(): string {
    return this.challenge()?.id ?? '';
  }
}
