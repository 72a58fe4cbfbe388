import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, Challenge } from '@challenge/contract';
import { CurrentLocale } from '../../../core/i18n/locale';
import { ChallengesApi } from '../../../shared/api/challenges-api';
import { localised } from '../../../shared/i18n/local-text';
import { judgingFailureKey } from '../common/judging-errors';

/**
 * The challenge whose judging an admin is running, shared by the judging admin layout and its
 * pages (provided on the `/challenges/:id/judging` route, so it lives as long as that area).
 */
@Injectable()
export class JudgingChallenge {
  private readonly api = inject(ChallengesApi);
  private readonly locale = inject(CurrentLocale).locale;
  private readonly current = signal<Challenge | null>(null);

  readonly challenge = this.current.asReadonly();
  /** A translation key when the challenge could not be loaded. */
  readonly failed = signal<string | null>(null);
  readonly title = computed(() => {
    const c = this.current();
    return c ? localised(this.locale(), c.title, c.titleCy) : '';
  });

  /** Loads the challenge; the same one again is refreshed in place, so the pages stay. */
  load(id: string): void {
    if (this.current()?.id !== id) {
      this.current.set(null);
      this.failed.set(null);
    }
    this.fetch(id);
  }

  /** Fetches the challenge again (its state changes when the shortlist is confirmed, for example). */
  refresh(): void {
    const id = this.current()?.id;
    if (id) this.fetch(id);
  }

  /** The challenge's id; the pages exist only once it has loaded. */
  id(): string {
    return this.current()?.id ?? '';
  }

  private fetch(id: string): void {
    this.api.get(id).subscribe({
      next: (c) => this.current.set(c),
      error: (error: ApiError) => this.failed.set(judgingFailureKey(error)),
    });
  }
}
