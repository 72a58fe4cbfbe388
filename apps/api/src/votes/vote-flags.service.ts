import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { VoteFlagDecisionResponse, VoteFlagKind, VoteFlagList } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { PairwiseFlagsRepository } from './pairwise-flags.repository';
import { FlagVote, flagIdOf, isPairwiseKind, kindOfFlagId, toVoteFlag, VOTE_FLAG_KINDS } from './vote-flag-rules';
import { DecisionAction, LockedVote, VoteFlagsRepository } from './vote-flags.repository';

/** A flag with its votes (internal: the votes carry voter keys, which never leave the service). */
type FlagGroup = { id: string; kind: VoteFlagKind; votes: FlagVote[]; detected: boolean };

const NO_FLAG = 'No vote flag with that id in this challenge';

type Change = { action: 'invalidate'; at: Date; reason: string } | { action: 'restore' };

/**
 * What a decision changes: support votes (idea_votes, with the ideas' vote counters) or pairwise
 * answers (pairwise_comparisons; no counter moves, the shared score cache is dropped).
 */
type DecisionTarget = {
  lock(m: EntityManager, challengeId: string, ids: string[]): Promise<LockedVote[]>;
  set(m: EntityManager, ids: string[], change: Change): Promise<void>;
  settle(m: EntityManager, challengeId: string, deltas: Map<string, number>): Promise<void>;
  current(challengeId: string, ids: string[]): Promise<FlagVote[]>;
  audit: Record<DecisionAction, string>;
  table: 'idea_votes' | 'pairwise_comparisons';
};

/**
 * Fraud flags on public voting, for admins of a hosting council: suspicious groups of support
 * votes (idea_votes) and of pairwise answers (pairwise_comparisons, kind pairwise_network_burst)
 * are computed on request (no state kept in the process), and the admin invalidates or restores a
 * flag's votes. A decision changes the votes (or answers), the ideas' vote counters (support votes
 * only), the decision log (vote_invalidations; for a pairwise flag its vote_ids are comparison
 * ids) and the audit log in one transaction.
 *
 * An invalidated vote is kept and still uses the voter's allowance: the voter cannot withdraw it
 * and vote again (see VotesService.withdraw), and the council can always restore it.
 */
@Injectable()
export class VoteFlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: VoteFlagsRepository,
    private readonly pairwise: PairwiseFlagsRepository,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, challengeId: string): Promise<VoteFlagList> {
    await this.challenges.requireManageable(user, challengeId, this.clock.now());
    const groups = await this.groups(challengeId);
    const flags = groups
      .map((g) => toVoteFlag(g.id, g.kind, g.votes, g.detected))
      .sort((a, b) => b.lastVoteAt.localeCompare(a.lastVoteAt) || a.id.localeCompare(b.id));
    return { flags, invalidatedVotes: await this.repo.invalidatedCount(challengeId) };
  }

  /**
   * Invalidates or restores every vote of the flag that is not already in that state. Doing it
   * twice changes nothing the second time (changedVotes 0), but is still recorded.
   */
  async decide(
    user: AuthUser,
    challengeId: string,
    flagId: string,
    action: DecisionAction,
    reason: string,
  ): Promise<VoteFlagDecisionResponse> {
    const challenge = await this.challenges.requireManageable(user, challengeId, this.clock.now());
    this.refuseAfterResults(challenge);
    const flag =
      kindOfFlagId(flagId) === null ? undefined : (await this.groups(challengeId)).find((g) => g.id === flagId);
    if (!flag) throw new NotFoundException(NO_FLAG);
    const voteIds = flag.votes.map((v) => v.vote_id);
    const target = this.target(flag.kind);

    const changed = await this.dataSource.transaction(async (m) => {
      const locked = await target.lock(m, challengeId, voteIds);
      const toChange = locked.filter((v) => v.invalidated === (action === 'restore'));
      const changedIds = toChange.map((v) => v.id);
      await target.set(m, changedIds, action === 'invalidate' ? { action, at: this.clock.now(), reason } : { action });
      const deltas = new Map<string, number>();
      for (const v of toChange)
        deltas.set(v.idea_id, (deltas.get(v.idea_id) ?? 0) + (action === 'invalidate' ? -1 : 1));
      await target.settle(m, challengeId, deltas);
      const decisionId = await this.repo.recordDecision(m, {
        challengeId,
        action,
        flagId,
        reason,
        voteIds: changedIds,
        actorId: user.id,
      });
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: challenge.organisationId,
          action: target.audit[action],
          targetType: 'challenge',
          targetId: challengeId,
          details: {
            flagId,
            kind: flag.kind,
            target: target.table,
            reason,
            decisionId,
            changedVotes: changedIds.length,
            flagVotes: locked.length,
            ideas: [...deltas.entries()].map(([ideaId, delta]) => ({ ideaId, delta })),
          },
        },
        m,
      );
      return changedIds.length;
    });

    const now = await target.current(challengeId, voteIds);
    const after = now.length > 0 ? now : flag.votes;
    return { flag: toVoteFlag(flag.id, flag.kind, after, flag.detected), changedVotes: changed };
  }

  private target(kind: VoteFlagKind): DecisionTarget {
    if (isPairwiseKind(kind)) {
      return {
        lock: (m, c, ids) => this.pairwise.lock(m, c, ids),
        set: (m, ids, change) => this.pairwise.setInvalidated(m, ids, change),
        settle: (m, c) => this.pairwise.dropCachedScores(m, c),
        current: (c, ids) => this.pairwise.answers(c, ids),
        audit: { invalidate: 'votes.pairwise_invalidated', restore: 'votes.pairwise_restored' },
        table: 'pairwise_comparisons',
      };
    }
    return {
      lock: (m, c, ids) => this.repo.lock(m, c, ids),
      set: (m, ids, change) => this.repo.setInvalidated(m, ids, change),
      settle: (m, _c, deltas) => this.repo.adjustCounts(m, deltas),
      current: (c, ids) => this.repo.votes(c, ids),
      audit: { invalidate: 'votes.invalidated', restore: 'votes.restored' },
      table: 'idea_votes',
    };
  }

  /** Once results are published the counts behind them are final. */
  private refuseAfterResults(challenge: ChallengeEntity): void {
    if (challenge.resultsPublishedAt !== null && challenge.resultsPublishedAt.getTime() <= this.clock.now().getTime()) {
      throw new ConflictException({
        message: 'The results of this challenge are published, so its votes can no longer be invalidated or restored',
        code: 'results_published',
      });
    }
  }

  /** Detected groups, each with the votes still invalidated under its id, then flags only remembered. */
  private async groups(challengeId: string): Promise<FlagGroup[]> {
    const byId = new Map<string, FlagGroup>();
    for (const kind of VOTE_FLAG_KINDS) {
      const rows = isPairwiseKind(kind)
        ? await this.pairwise.detect(challengeId)
        : await this.repo.detect(challengeId, kind);
      for (const row of rows) {
        const id = flagIdOf({ kind, groupKey: row.group_key, startsAt: row.starts });
        const group = byId.get(id) ?? { id, kind, votes: [], detected: true };
        group.votes.push(row);
        byId.set(id, group);
      }
    }
    const remembered = [...(await this.repo.remembered(challengeId)), ...(await this.pairwise.remembered(challengeId))];
    for (const row of remembered) {
      const kind = kindOfFlagId(row.flag_id);
      if (kind === null) continue;
      const group = byId.get(row.flag_id) ?? { id: row.flag_id, kind, votes: [], detected: false };
      if (!group.votes.some((v) => v.vote_id === row.vote_id)) group.votes.push(row);
      byId.set(row.flag_id, group);
    }
    return [...byId.values()];
  }
}
