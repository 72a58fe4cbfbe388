import type { SimilarIdea } from '@challenge/contract';
import {
  Observable,
  SchedulerLike,
  asyncScheduler,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';

export const SIMILAR_DEBOUNCE_MS = 300;
export const SIMILAR_MIN_LENGTH = 4;

/**
 * Similar-idea hints for a title being typed: waits for a pause in typing, asks only for
 * titles long enough to compare, drops answers to titles already replaced, and never fails
 * (hints are a nicety: an error just means no hints). Ideas in `excludeId` (the one being edited) are left out.
 */
export function similarIdeas(
  titles: Observable<string>,
  fetch: (title: string) => Observable<SimilarIdea[]>,
  excludeId: string | null = null,
  scheduler: SchedulerLike = asyncScheduler,
): Observable<SimilarIdea[]> {
  return titles.pipe(
    map((title) => title.trim()),
    debounceTime(SIMILAR_DEBOUNCE_MS, scheduler),
    distinctUntilChanged(),
    switchMap((title) =>
      title.length < SIMILAR_MIN_LENGTH
        ? of([])
        : fetch(title).pipe(
            map((ideas) => ideas.filter((idea) => idea.id !== excludeId)),
            catchError(() => of([])),
          ),
    ),
  );
}
