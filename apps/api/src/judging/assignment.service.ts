import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AssignmentsSummary } from '@challenge/contract';
import { assignJudges, AssignJudgesFailure, JudgeIdeaPair, RemovedAssignment } from '@challenge/domain';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { timelineOf } from '../challenges/challenge-timeline';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import {
  AssignmentRepository,
  ExistingAssignmentRow,
  PanelJudgeRow,
  ShortlistedIdeaRow,
} from './assignment.repository';
import { newAssignmentsMail } from './scoring-emails';
import { judgingClosedReason } from './scoring-rules';

const key = (p: JudgeIdeaPair): string => `${p.judgeId}:${p.ideaId}`;

/**
 * Generates the judges' assignments of a challenge with the balanced assignment of
 * @challenge/domain: every shortlisted idea gets k judges, never a conflicted one, loads as even
 * as possible, and a re-run changes only what must change. The change is applied in one
 * transaction, audited, and each judge given new ideas gets one email.
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly repo: AssignmentRepository,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: EnvDto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async generate(user: AuthUser, challengeId: string, k: number): Promise<AssignmentsSummary> {
    await this.challenges.requireManageable(user, challengeId, this.clock.now());
    try {
      return await this.repo.transaction((m) => this.generateIn(m, user, challengeId, k));
    } catch (e) {
      // A conflict declared while this ran: the trigger refused the assignment and nothing changed.
      if (e instanceof QueryFailedError && constraintOf(e) === 'judge_assignments_not_conflicted') {
        throw new ConflictException({
          message: 'A conflict of interest was declared while assigning; nothing changed, please try again',
          code: 'conflicts_changed',
        });
      }
      throw e;
    }
  }

  private async generateIn(
    m: EntityManager,
    user: AuthUser,
    challengeId: string,
    k: number,
  ): Promise<AssignmentsSummary> {
    const challenge = await this.repo.lockChallenge(challengeId, m);
    if (!challenge) throw new NotFoundException('No challenge with that id');
    this.requireAssignable(challenge);
    const ideas = await this.repo.shortlist(challengeId, m);
    if (ideas.length === 0) {
      throw new ConflictException({
        message: 'The shortlist is empty: there is nothing to assign',
        code: 'shortlist_empty',
      });
    }
    if ((await this.repo.criteriaCount(challengeId, m)) === 0) {
      throw new ConflictException({ message: 'Set the rubric before assigning judges', code: 'rubric_missing' });
    }
    const judges = await this.repo.panel(challengeId, m);
    const existing = await this.repo.existing(challengeId, m);
    const result = assignJudges({
      ideas: ideas.map((i) => i.id),
      judges: judges.map((j) => j.id),
      conflicts: await this.repo.conflicts(challengeId, m),
      judgesPerIdea: k,
      existing: existing.map(({ judgeId, ideaId, locked }) => ({ judgeId, ideaId, locked })),
    });
    if (!result.ok) throw impossible(result, ideas, judges.length, k);

    const { removed, preserved } = splitRemovals(result.removed, existing);
    await this.repo.remove(challengeId, removed, m);
    await this.repo.add(challengeId, result.added, m);
    await this.repo.setJudgesPerIdea(challengeId, k, m);
    await this.audit.record(
      {
        actorUserId: user.id,
        organisationId: challenge.organisationId,
        action: 'judging.assignments_generated',
        targetType: 'challenge',
        targetId: challengeId,
        details: {
          judgesPerIdea: k,
          previousJudgesPerIdea: challenge.judgesPerIdea,
          added: result.added,
          removed: removed.map(({ judgeId, ideaId, reason }) => ({ judgeId, ideaId, reason })),
          keptWithScores: preserved.map(({ judgeId, ideaId, reason }) => ({ judgeId, ideaId, reason })),
          kept: result.kept.length,
        },
      },
      m,
    );
    await this.notify(challenge, judges, result.added, m);
    const names = new Map(judges.map((j) => [j.id, j.display_name]));
    return {
      judgesPerIdea: k,
      created: result.added.length,
      removed: removed.length,
      kept: result.kept.length + preserved.length,
      loads: result.loads.map((l) => ({
        judgeId: l.judgeId,
        displayName: names.get(l.judgeId) ?? '',
        assigned: l.assigned,
      })),
    };
  }

  /** A confirmed shortlist, and judging not over: assignments are made before or during judging. */
  private requireAssignable(challenge: ChallengeEntity): void {
    const reason = judgingClosedReason(timelineOf(challenge), this.clock.now());
    if (reason === 'not_confirmed') {
      throw new ConflictException({
        message: 'Confirm the shortlist before assigning judges',
        code: 'shortlist_not_confirmed',
      });
    }
    if (reason === 'closed') {
      throw new ConflictException({
        message: 'Judging has closed: assignments can no longer change',
        code: 'judging_closed',
      });
    }
  }

  /** One email per judge with new ideas in this run, in their language first. */
  private async notify(
    challenge: ChallengeEntity,
    judges: PanelJudgeRow[],
    added: JudgeIdeaPair[],
    m: EntityManager,
  ): Promise<void> {
    for (const judge of judges) {
      const count = added.filter((a) => a.judgeId === judge.id).length;
      if (count === 0) continue;
      await this.mail.enqueue(
        newAssignmentsMail(
          { email: judge.email, name: judge.display_name, locale: judge.locale },
          challenge.title,
          count,
          this.env.appUrl,
        ),
        m,
      );
    }
  }
}

/**
 * The algorithm drops a scored assignment whose idea left the shortlist or whose judge left the
 * panel; scores are never deleted for that, so such rows stay (outside the shortlist's judging).
 * A conflict always removes the assignment, scores included.
 */
function splitRemovals(
  removals: RemovedAssignment[],
  existing: ExistingAssignmentRow[],
): { removed: RemovedAssignment[]; preserved: RemovedAssignment[] } {
  const locked = new Set(existing.filter((e) => e.locked).map(key));
  const keepsScores = (r: RemovedAssignment): boolean => r.reason !== 'conflict' && locked.has(key(r));
  return { removed: removals.filter((r) => !keepsScores(r)), preserved: removals.filter(keepsScores) };
}

/** 409 with the algorithm's reason, naming ideas by title rather than id. */
function impossible(
  failure: AssignJudgesFailure,
  ideas: ShortlistedIdeaRow[],
  panelSize: number,
  k: number,
): ConflictException {
  const titles = new Map(ideas.map((i) => [i.id, i.title]));
  const message =
    panelSize < k
      ? `The panel has ${panelSize} judge${panelSize === 1 ? '' : 's'}; ${k} per idea are needed. Invite more judges or lower the number of judges per idea`
      : failure.message.replace(/idea ([0-9a-f-]{36})/g, (whole, id: string) =>
          titles.has(id) ? `“${titles.get(id)}”` : whole,
        ) + (failure.code === 'not_enough_judges' ? '. Invite more judges or lower the number of judges per idea' : '');
  return new ConflictException({
    message: `Judges cannot be assigned: ${message}`,
    code: failure.code,
    fields: { judgesPerIdea: [message] },
  });
}

const constraintOf = (e: Pick<QueryFailedError, 'driverError'>): string | undefined =>
  (e.driverError as { constraint?: string } | undefined)?.constraint;
