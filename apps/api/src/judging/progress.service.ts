import { Inject, Injectable } from '@nestjs/common';
import type { JudgingProgress } from '@challenge/contract';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { toJudgingProgress } from './progress.mapper';
import { ProgressRepository } from './progress.repository';

/** The admins' view of judging: per judge and per idea, who has scored what. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly challenges: ChallengesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async progress(user: AuthUser, challengeId: string): Promise<JudgingProgress> {
    await this.challenges.requireManageable(user, challengeId, this.clock.now());
    return this.of(challengeId);
  }

  /** The progress without an access check, for services that have already checked. */
  async of(challengeId: string): Promise<JudgingProgress> {
    const [judges, ideas, assignments] = [
      await this.repo.judges(challengeId),
      await this.repo.ideas(challengeId),
      await this.repo.assignments(challengeId),
    ];
    return toJudgingProgress(judges, ideas, assignments);
  }
}
