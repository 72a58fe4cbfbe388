import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, MyVotes } from '@challenge/contract';
import { Observable, tap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { CastVote, VotesApi } from './votes-api';
import { votingErrorKey } from './voting-rules';

/** The signed-in person's votes in one challenge, as far as the page knows them. */
export type MyVotesEntry =
  | { status: 'loading' }
  | { status: 'ready'; mine: MyVotes }
  | { status: 'failed'; key: string };

/** A vote added to or taken from what is known, with the allowance from the server when it sent one. */
export function withVote(mine: MyVotes, vote: { ideaId: string; title: string; createdAt: string }): MyVotes {
  if (mine.votes.some((v) => v.ideaId === vote.ideaId)) return mine;
  const used = mine.used + 1;
  return {
    ...mine,
    used,
    remaining: Math.max(0, mine.allowance - used),
    votes: [...mine.votes, { ...vote, invalidated: false }],
  };
}

export function withoutVote(mine: MyVotes, ideaId: string): MyVotes {
  if (!mine.votes.some((v) => v.ideaId === ideaId)) return mine;
  const used = Math.max(0, mine.used - 1);
  return {
    ...mine,
    used,
    remaining: Math.max(0, mine.allowance - used),
    votes: mine.votes.filter((v) => v.ideaId !== ideaId),
  };
}

/**
 * One shared copy of "my votes" per challenge, so every vote button on a page (and the allowance
 * shown above them) agrees. Kept per person: signing in as someone else never shows the last one's votes.
 */
@Injectable({ providedIn: 'root' })
export class MyVotesStore {
  private readonly api = inject(VotesApi);
  private readonly session = inject(Session);
  private readonly entries = signal<ReadonlyMap<string, MyVotesEntry>>(new Map());

  /** What is known of the caller's votes in a challenge (a signal read: use it in templates and computeds). */
  entry(challengeId: string): MyVotesEntry | undefined {
    const key = this.keyFor(challengeId);
    return key ? this.entries().get(key) : undefined;
  }

  /** Fetches the caller's votes once (or again with `force`); nothing when signed out. */
  load(challengeId: string, force = false): void {
    const key = this.keyFor(challengeId);
    if (!key) return;
    const current = this.entries().get(key);
    if (current && !force) return;
    if (!current || current.status === 'failed') this.set(key, { status: 'loading' });
    this.api.myVotes(challengeId).subscribe({
      next: (mine) => this.set(key, { status: 'ready', mine }),
      error: (error: ApiError) => this.set(key, { status: 'failed', key: votingErrorKey(error) }),
    });
  }

  vote(challengeId: string, idea: { id: string; title: string }): Observable<CastVote> {
    return this.api.vote(idea.id).pipe(
      tap(({ receipt }) =>
        this.change(challengeId, (mine) => ({
          ...withVote(mine, { ideaId: idea.id, title: idea.title, createdAt: receipt.vote.createdAt }),
          allowance: receipt.allowance,
          used: receipt.used,
          remaining: receipt.remaining,
        })),
      ),
    );
  }

  withdraw(challengeId: string, ideaId: string): Observable<void> {
    return this.api.withdraw(ideaId).pipe(tap(() => this.change(challengeId, (mine) => withoutVote(mine, ideaId))));
  }

  private change(challengeId: string, update: (mine: MyVotes) => MyVotes): void {
    const key = this.keyFor(challengeId);
    const current = key ? this.entries().get(key) : undefined;
    if (key && current?.status === 'ready') this.set(key, { status: 'ready', mine: update(current.mine) });
    else this.load(challengeId, true);
  }

  private keyFor(challengeId: string): string | null {
    const me = this.session.me();
    return me ? `${me.id}:${challengeId}` : null;
  }

  private set(key: string, entry: MyVotesEntry): void {
    this.entries.update((entries) => new Map(entries).set(key, entry));
  }
}
