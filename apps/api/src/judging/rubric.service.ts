import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Criterion, Rubric } from '@challenge/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { SetRubricDto } from './dto/rubric.dto';
import { judgingHasOpened, rubricProblems } from './panel-rules';
import { PanelRepository } from './panel.repository';
import { RubricRepository } from './rubric.repository';

const FROZEN =
  'Judging has opened, so the rubric is frozen: every judge scores against the criteria published with the challenge';

/** The rubric: criteria published with the challenge, set by its admins, frozen once judging opens. */
@Injectable()
export class RubricService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: RubricRepository,
    private readonly panel: PanelRepository,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Public for a published challenge (its admins also see a draft's). */
  async get(user: AuthUser | undefined, challengeId: string): Promise<Rubric> {
    const { challenge } = await this.challenges.requireVisible(user, challengeId);
    return this.rubricOf(challenge);
  }

  async set(user: AuthUser, challengeId: string, dto: SetRubricDto): Promise<Rubric> {
    await this.challenges.requireManageable(user, challengeId);
    const problems = rubricProblems(dto.criteria);
    if (Object.keys(problems).length > 0) {
      throw new BadRequestException({
        message: Object.values(problems).flat().join('; '),
        code: 'validation_failed',
        fields: problems,
      });
    }
    await this.dataSource.transaction(async (m) => {
      const challenge = await this.panel.lockChallenge(challengeId, m);
      if (!challenge) throw new NotFoundException('No challenge with that id');
      if (judgingHasOpened(challenge, this.clock.now()) || (await this.panel.hasScores(challengeId, m))) {
        throw new ConflictException({ message: FROZEN, code: 'rubric_frozen' });
      }
      const before = await this.repo.criteria(challengeId, m);
      await this.repo.replace(challengeId, dto.criteria, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: challenge.organisationId,
          action: 'rubric.updated',
          targetType: 'challenge',
          targetId: challengeId,
          details: { from: before.map(summary), to: (await this.repo.criteria(challengeId, m)).map(summary) },
        },
        m,
      );
    });
    const challenge = await this.panel.findChallenge(challengeId);
    if (!challenge) throw new NotFoundException('No challenge with that id');
    return this.rubricOf(challenge);
  }

  private async rubricOf(challenge: ChallengeEntity): Promise<Rubric> {
    return {
      criteria: await this.repo.criteria(challenge.id),
      frozen: judgingHasOpened(challenge, this.clock.now()) || (await this.panel.hasScores(challenge.id)),
    };
  }
}

const summary = (c: Criterion) => ({
  name: c.name,
  minScore: c.minScore,
  maxScore: c.maxScore,
  weight: c.weight,
});
