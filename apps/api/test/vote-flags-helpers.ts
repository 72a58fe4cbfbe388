import { randomUUID } from 'node:crypto';
import type { VoteFlag, VoteFlagList } from '@challenge/contract';
import { InsertedVote, minutesFrom, VOTES_NOW } from './votes-helpers';

/** A day before VOTES_NOW: the votes below are in the past, while voting is still open. */
export const T = minutesFrom(-24 * 60, VOTES_NOW);

/** `n` votes from one network, `secondsApart` apart from `from`, each by its own voter, over the ideas in turn. */
export const burst = (ideaIds: string[], network: string, n: number, secondsApart: number, from = T): InsertedVote[] =>
  Array.from({ length: n }, (_, i) => ({
    ideaId: ideaIds[i % ideaIds.length] ?? '',
    network,
    at: new Date(from.getTime() + i * secondsApart * 1000),
  }));

/** `voters` voters who each vote for every idea of `ideaIds`, hours apart (so no burst), on no network. */
export const sameSet = (ideaIds: string[], voters: number, from = T): InsertedVote[] =>
  Array.from({ length: voters }, () => `set-${randomUUID()}`).flatMap((voter, v) =>
    ideaIds.map((ideaId, i) => ({ ideaId, voter, at: minutesFrom(v * 120 + i, from) })),
  );

export const ofKind = (list: VoteFlagList, kind: VoteFlag['kind']): VoteFlag[] =>
  list.flags.filter((f) => f.kind === kind);
