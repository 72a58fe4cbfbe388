import type { SimilarIdea } from '@challenge/contract';
import { Observable, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { similarIdeas } from './similar-search';

const idea = (id: string): SimilarIdea => ({ id, title: `Idea ${id}`, summary: '', similarity: 0.5, voteCount: 0 });

describe('similar-idea hints', () => {
  const scheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

  it('asks once, 300 ms after the typing stops, with the trimmed title', () => {
    const calls: string[] = [];
    scheduler().run(({ cold, expectObservable }) => {
      const fetch = (title: string): Observable<SimilarIdea[]> => {
        calls.push(title);
        return of([idea('a')]);
      };
      const titles = cold('a 100ms b 100ms c', { a: 'Bin', b: 'Bins', c: 'Bins on ' });
      // c arrives at 202 ms; the hint 300 ms later.
      expectObservable(similarIdeas(titles, fetch)).toBe('502ms x', { x: [idea('a')] });
    });
    expect(calls).toEqual(['Bins on']);
  });

  it('does not ask for short titles or the same title twice, and hides the idea being edited', () => {
    const calls: string[] = [];
    scheduler().run(({ cold, expectObservable }) => {
      const fetch = (title: string): Observable<SimilarIdea[]> => {
        calls.push(title);
        return of([idea('self'), idea('other')]);
      };
      const titles = cold('a 400ms b 400ms c 400ms d', { a: 'Bin', b: 'Bigger bins', c: 'Bigger bins ', d: 'Bi' });
      expectObservable(similarIdeas(titles, fetch, 'self')).toBe('300ms x 400ms y 801ms z', {
        x: [],
        y: [idea('other')],
        z: [],
      });
    });
    expect(calls).toEqual(['Bigger bins']);
  });

  it('shows no hints when the API fails', () => {
    scheduler().run(({ cold, expectObservable }) => {
      const titles = cold('a', { a: 'Bigger bins' });
      expectObservable(similarIdeas(titles, () => throwError(() => new Error('down')))).toBe('300ms x', { x: [] });
    });
  });
});
