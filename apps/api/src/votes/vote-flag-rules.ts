import { createHash } from 'node:crypto';
import type { VoteFlag, VoteFlagKind, VoteFlagStatus } from '@challenge/contract';

/**
 * Thresholds of the fraud flags. A flag is a hint for the council admin, never an automatic
 * decision: a school assembly or a council staff event can legitimately look like a burst.
 *
 * - network_burst: at least NETWORK_BURST.votes votes (valid or invalidated) from one network
 *   (IPv4 /24, IPv6 /48) within any window of NETWORK_BURST.windowMinutes. With an allowance of 5
 *   that is at least 4 people behind one router within 10 minutes.
 * - new_account_burst: at least NEW_ACCOUNT_BURST.votes votes, each cast less than
 *   NEW_ACCOUNT_BURST.accountAgeMinutes after its account was created, within any window of
 *   NEW_ACCOUNT_BURST.windowMinutes (across the whole challenge, any network).
 * - identical_sets: at least IDENTICAL_SETS.voters voters whose complete vote sets in the
 *   challenge are the same set of at least IDENTICAL_SETS.minSetSize ideas.
 * - pairwise_network_burst: at least PAIRWISE_NETWORK_BURST.answers pairwise answers with a
 *   winner (valid or invalidated; skips never count) from one network within any window of
 *   PAIRWISE_NETWORK_BURST.windowMinutes. Its "votes" are answers, listed under their winner.
 *
 * Overlapping qualifying windows of one network (or of new accounts) form one flag.
 */
export const NETWORK_BURST = { votes: 20, windowMinutes: 10 } as const;
export const NEW_ACCOUNT_BURST = { votes: 15, windowMinutes: 10, accountAgeMinutes: 30 } as const;
export const IDENTICAL_SETS = { voters: 5, minSetSize: 2 } as const;
export const PAIRWISE_NETWORK_BURST = { answers: 20, windowMinutes: 10 } as const;

export const VOTE_FLAG_KINDS: readonly VoteFlagKind[] = [
  'network_burst',
  'new_account_burst',
  'identical_sets',
  'pairwise_network_burst',
];

/** Kinds whose flags group support votes (idea_votes); the others group pairwise answers. */
export type SupportFlagKind = Exclude<VoteFlagKind, 'pairwise_network_burst'>;
export const isPairwiseKind = (kind: VoteFlagKind): kind is 'pairwise_network_burst' =>
  kind === 'pairwise_network_burst';

/**
 * One vote in a flag, as read from the database. Voter keys are only counted, never returned.
 * For a pairwise flag it is an answer: `vote_id` is the comparison's id, `idea_id` its winner.
 */
export type FlagVote = {
  vote_id: string;
  idea_id: string;
  title: string;
  voter_key: string;
  created_at: Date;
  invalidated_at: Date | null;
};

/** A detected group: its kind, the key the SQL grouped it by and, for bursts, where it starts. */
export type DetectedGroup = { kind: VoteFlagKind; groupKey: string; startsAt: Date | null };

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * A flag's id, stable for the same group: the kind, a short hash of the network or of the idea
 * set, and for bursts the time of the burst's first vote (ms since the epoch). It names no voter
 * and no network (the network is already a keyed hash, hashed again here).
 */
export function flagIdOf({ kind, groupKey, startsAt }: DetectedGroup): string {
  const start = startsAt?.getTime() ?? 0;
  switch (kind) {
    case 'network_burst':
    case 'pairwise_network_burst':
      return `${kind}.${shortHash(groupKey)}.${start}`;
    case 'new_account_burst':
      return `${kind}.${start}`;
    case 'identical_sets':
      return `${kind}.${shortHash(groupKey)}`;
  }
}

/** The kind a flag id names, or null when it names none (such an id is unknown: 404). */
export function kindOfFlagId(id: string): VoteFlagKind | null {
  const kind = id.split('.')[0];
  return VOTE_FLAG_KINDS.find((k) => k === kind) ?? null;
}

export function statusOf(voteCount: number, invalidatedCount: number): VoteFlagStatus {
  if (invalidatedCount === 0) return 'open';
  return invalidatedCount >= voteCount ? 'invalidated' : 'partly_invalidated';
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const when = (d: Date): string =>
  d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

function span(first: Date, last: Date): string {
  const minutes = Math.ceil((last.getTime() - first.getTime()) / 60_000);
  return minutes < 1 ? 'less than a minute' : plural(minutes, 'minute');
}

/** The plain-English explanation an admin reads; counts only, never who. */
export function summaryOf(
  kind: VoteFlagKind,
  facts: { votes: number; voters: number; ideas: number; first: Date; last: Date; detected: boolean },
): string {
  const { votes, voters, ideas, first, last } = facts;
  const by = `by ${plural(voters, 'voter')}`;
  const text = describe(kind, { votes, by, ideas, voters, within: span(first, last), starting: when(first) });
  return facts.detected
    ? text
    : `${text}. The pattern is no longer detected (some votes were withdrawn or changed); these are the votes still invalidated under this flag`;
}

function describe(
  kind: VoteFlagKind,
  f: { votes: number; by: string; ideas: number; voters: number; within: string; starting: string },
): string {
  switch (kind) {
    case 'network_burst':
      return `${plural(f.votes, 'vote')} ${f.by} from one network within ${f.within}, starting ${f.starting}`;
    case 'new_account_burst':
      return `${plural(f.votes, 'vote')} ${f.by} within ${f.within}, starting ${f.starting}, each cast less than ${NEW_ACCOUNT_BURST.accountAgeMinutes} minutes after its account was created`;
    case 'identical_sets':
      return `${plural(f.voters, 'voter')} chose exactly the same ${plural(f.ideas, 'idea')} (${plural(f.votes, 'vote')})`;
    case 'pairwise_network_burst':
      return `${plural(f.votes, 'pairwise answer')} ${f.by} from one network within ${f.within}, starting ${f.starting}, won by ${plural(f.ideas, 'idea')}`;
  }
}

/** A flag as the admin sees it, from its votes (at least one). */
export function toVoteFlag(id: string, kind: VoteFlagKind, votes: FlagVote[], detected: boolean): VoteFlag {
  const times = votes.map((v) => v.created_at.getTime());
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  const perIdea = new Map<string, { ideaId: string; title: string; votes: number }>();
  for (const v of votes) {
    const idea = perIdea.get(v.idea_id) ?? { ideaId: v.idea_id, title: v.title, votes: 0 };
    idea.votes += 1;
    perIdea.set(v.idea_id, idea);
  }
  const invalidatedCount = votes.filter((v) => v.invalidated_at !== null).length;
  const voters = new Set(votes.map((v) => v.voter_key)).size;
  return {
    id,
    kind,
    summary: summaryOf(kind, { votes: votes.length, voters, ideas: perIdea.size, first, last, detected }),
    firstVoteAt: first.toISOString(),
    lastVoteAt: last.toISOString(),
    voteCount: votes.length,
    invalidatedCount,
    status: statusOf(votes.length, invalidatedCount),
    ideas: [...perIdea.values()].sort((a, b) => b.votes - a.votes || a.title.localeCompare(b.title)),
  };
}
