import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ChallengesService } from '../challenges/challenges.service';
import { AccessService } from '../common/access/access.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { CLOCK, Clock } from '../common/clock';
import { judgingHasOpened } from '../challenges/challenge-timeline';
import type { AuthUser } from '../common/auth/auth-user';
import { ResultsChallengeRow, ResultsRepository, StoredResultsRow } from './results.repository';

export type ReadableResults = {
  challenge: ResultsChallengeRow;
  canManage: boolean;
  stored: StoredResultsRow | null;
};

/**
 * Loads a challenge's results for reading or managing, after the access layer's check
 * (results.read: the hosting councils' admins from the start of judging, a live draft until they
 * confirm; everyone else only once published, 404 before; challenge.manage to change them).
 */
@Injectable()
export class ResultsLoader {
  constructor(
    private readonly access: AccessService,
    private readonly challenges: ChallengesService,
    private readonly repo: ResultsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  async forReading(user: AuthUser | undefined, challengeId: string): Promise<ReadableResults> {
    await this.access.requireAccess(user, 'results.read', [challengeId]);
    const { challenge: entity, canManage } = await this.challenges.requireVisible(user, challengeId);
    const challenge = await this.row(challengeId);
    const stored = await this.repo.stored(challengeId);
    if (canManage && !stored?.confirmed_at) this.requireJudgingStarted(entity);
    return { challenge, canManage, stored };
  }

  /** A challenge the caller administers (404 / 403 as for managing the challenge), in judging or later. */
  async forManaging(
    user: AuthUser,
    challengeId: string,
  ): Promise<{ entity: ChallengeEntity; row: ResultsChallengeRow }> {
    const entity = await this.challenges.requireManageable(user, challengeId, this.clock.now());
    this.requireJudgingStarted(entity);
    return { entity, row: await this.row(challengeId) };
  }

  private async row(challengeId: string): Promise<ResultsChallengeRow> {
    const row = await this.repo.challenge(challengeId);
    if (!row) throw new NotFoundException('No challenge with that id');
    return row;
  }

  private requireJudgingStarted(challenge: ChallengeEntity): void {
    if (judgingHasOpened(challenge, this.clock.now())) return;
    throw new ConflictException({
      message: 'Judging has not started yet: results can be previewed once the judging stage opens',
      code: 'judging_not_started',
    });
  }
}
