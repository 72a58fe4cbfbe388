import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { JudgeAssignment, JudgeAssignmentSummary } from '@challenge/contract';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { timelineOf } from '../challenges/challenge-timeline';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { SaveScoresDto } from './dto/scoring-save-scores.dto';
import { toJudgeAssignment, toJudgeAssignmentSummary } from './judge-queue.mapper';
import { AssignmentRow, ScoringRepository } from './scoring.repository';
import { judgingClosedReason, JUDGING_CLOSED_MESSAGES, scoreProblems, unscoredCriteria } from './scoring-rules';

export const NO_ASSIGNMENT = 'No assignment with that id';

/**
 * A judge's side of judging: the queue, one assignment with its blind idea view, saving scores
 * and submitting them. Only the assigned judge, still on the panel and not conflicted, can reach
 * an assignment; to anyone else it does not exist (404).
 */
@Injectable()
export class ScoringService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async queue(user: AuthUser): Promise<JudgeAssignmentSummary[]> {
    return (await this.repo.queue(user.id)).map(toJudgeAssignmentSummary);
  }

  async get(user: AuthUser, assignmentId: string): Promise<JudgeAssignment> {
    const assignment = await this.repo.own(assignmentId, user.id);
    if (!assignment) throw new NotFoundException(NO_ASSIGNMENT);
    return this.view(assignment);
  }

  /** Saves some or all scores (each replaces its criterion's score) while judging is open and before submitting. */
  async save(user: AuthUser, assignmentId: string, dto: SaveScoresDto): Promise<JudgeAssignment> {
    const now = this.clock.now();
    await this.repo.transaction(async (m) => {
      const assignment = await this.lockOpen(user, assignmentId, now, m);
      const criteria = await this.repo.criteria(assignment.challenge_id, m);
      const ranges = criteria.map((c) => ({ id: c.id, name: c.name, minScore: c.min_score, maxScore: c.max_score }));
      const problems = scoreProblems(ranges, dto.scores);
      const first = problems[0];
      if (first) {
        throw new BadRequestException({
          message: problems.map((p) => p.message).join('; '),
          code: first.code,
          fields: Object.fromEntries(problems.map((p) => [p.field, [p.message]])),
        });
      }
      const byId = new Map(criteria.map((c) => [c.id, c]));
      const writes = dto.scores.map((s) => {
        const c = byId.get(s.criterionId);
        return {
          criterionId: s.criterionId,
          minScore: c?.min_score ?? 0,
          maxScore: c?.max_score ?? 0,
          score: s.score,
          comment: s.comment ?? null,
        };
      });
      await this.repo.upsertScores(assignment.id, writes, now, m);
    });
    return this.get(user, assignmentId);
  }

  /** Submits a complete set of scores: the assignment is then locked (audited). */
  async submit(user: AuthUser, assignmentId: string): Promise<JudgeAssignment> {
    const now = this.clock.now();
    await this.repo.transaction(async (m) => {
      const assignment = await this.lockOpen(user, assignmentId, now, m);
      const criteria = await this.repo.criteria(assignment.challenge_id, m);
      const scores = await this.repo.scores(assignment.id, m);
      const missing = unscoredCriteria(
        criteria,
        scores.map((s) => s.criterion_id),
      );
      if (criteria.length === 0 || missing.length > 0) {
        const names = missing.map((c) => `“${c.name}”`).join(', ');
        throw new BadRequestException({
          message:
            criteria.length === 0
              ? 'This challenge has no rubric to score against yet'
              : `Score every criterion before submitting; missing: ${names}`,
          code: 'scores_missing',
          fields: Object.fromEntries(missing.map((c) => [`criterion.${c.id}`, [`“${c.name}” has no score`]])),
        });
      }
      await this.repo.submit(assignment.id, now, m);
      const challenge = await this.repo.challenge(assignment.challenge_id, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: challenge?.organisationId ?? null,
          action: 'judging.assignment_submitted',
          targetType: 'judge_assignment',
          targetId: assignment.id,
          details: {
            challengeId: assignment.challenge_id,
            ideaId: assignment.idea_id,
            scores: scores.map((s) => ({ criterionId: s.criterion_id, score: s.score })),
          },
        },
        m,
      );
    });
    return this.get(user, assignmentId);
  }

  /** Locks the caller's assignment for a change: 404 if not theirs, 409 once submitted or outside judging. */
  private async lockOpen(user: AuthUser, assignmentId: string, now: Date, m: EntityManager): Promise<AssignmentRow> {
    const assignment = await this.repo.own(assignmentId, user.id, m, true);
    if (!assignment) throw new NotFoundException(NO_ASSIGNMENT);
    if (assignment.submitted_at) {
      throw new ConflictException({
        message: 'These scores are submitted and locked; ask the challenge’s admins to reopen them',
        code: 'assignment_submitted',
      });
    }
    const challenge = await this.repo.challenge(assignment.challenge_id, m);
    const closed = challenge ? judgingClosedReason(timelineOf(challenge), now) : 'closed';
    if (closed) throw new ConflictException({ message: JUDGING_CLOSED_MESSAGES[closed], code: 'judging_closed' });
    return assignment;
  }

  private async view(assignment: AssignmentRow): Promise<JudgeAssignment> {
    const [idea, criteria, scores] = [
      await this.repo.judgeIdea(assignment.idea_id),
      await this.repo.criteria(assignment.challenge_id),
      await this.repo.scores(assignment.id),
    ];
    if (!idea) throw new NotFoundException(NO_ASSIGNMENT);
    return toJudgeAssignment(assignment, idea, criteria, scores);
  }
}
