import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { PrizeAward, Results } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { ResultsLoader } from './results-loader.service';
import { ResultsCalculator } from './results-calculator.service';
import { winnerMail } from './results-emails';
import { describeParts } from './results-fingerprint';
import { toResults } from './results-snapshot';
import { ResultsRepository, StoredResultsRow } from './results.repository';

/**
 * Publishing confirmed results: they become public and final, and the winners are told. Refused
 * when the inputs have changed since the confirmation (a late score, invalidated votes…), so an
 * out-of-date ranking is never published.
 */
@Injectable()
export class ResultsPublishService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ResultsRepository,
    private readonly loader: ResultsLoader,
    private readonly calculator: ResultsCalculator,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: EnvDto,
  ) {}

  async publish(user: AuthUser, challengeId: string): Promise<Results> {
    const { entity } = await this.loader.forManaging(user, challengeId);
    const now = this.loader.now();
    return this.dataSource.transaction(async (m) => {
      await this.repo.lockChallenge(challengeId, m);
      const stored = await this.repo.stored(challengeId, m);
      if (stored?.published_at) {
        throw new ConflictException({ message: 'The results are already published', code: 'results_published' });
      }
      if (!stored?.confirmed_at) {
        throw new ConflictException({
          message: 'Confirm the results before publishing them',
          code: 'results_not_confirmed',
        });
      }
      await this.requireUpToDate(challengeId, stored, m);
      await this.repo.publish(challengeId, user.id, now, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: entity.organisationId,
          action: 'results.published',
          targetType: 'challenge',
          targetId: challengeId,
          details: { confirmedAt: stored.confirmed_at.toISOString() },
        },
        m,
      );
      await this.tellWinners(entity, stored.computed.awards, m);
      return toResults(stored.computed, { confirmedAt: stored.confirmed_at, publishedAt: now, stale: false });
    });
  }

  /** 409 results_stale when the inputs, read now in the transaction, differ from the confirmed ones. */
  private async requireUpToDate(challengeId: string, stored: StoredResultsRow, m: EntityManager): Promise<void> {
    const challenge = await this.repo.challenge(challengeId, m);
    if (!challenge) throw new NotFoundException('No challenge with that id');
    const changed = await this.calculator.changesSince(challenge, stored.inputs_fingerprint, m);
    if (changed.length === 0) return;
    const what =
      stored.inputs_fingerprint === null
        ? 'they were confirmed before changes were tracked'
        : `${describeParts(changed)} changed`;
    throw new ConflictException({
      message: `The results changed since they were confirmed (${what}): preview and confirm again`,
      code: 'results_stale',
    });
  }

  /** One email per winning idea to each of its authors, listing every prize it won. */
  private async tellWinners(challenge: ChallengeEntity, awards: PrizeAward[], m: EntityManager): Promise<void> {
    const byIdea = new Map<string, PrizeAward[]>();
    for (const a of awards) {
      if (a.ideaId !== null) byIdea.set(a.ideaId, [...(byIdea.get(a.ideaId) ?? []), a]);
    }
    if (byIdea.size === 0) return;
    for (const r of await this.repo.winnerRecipients([...byIdea.keys()], m)) {
      const won = byIdea.get(r.idea_id) ?? [];
      await this.mail.enqueue(
        winnerMail(
          { email: r.email, name: r.display_name, locale: r.locale },
          {
            challengeId: challenge.id,
            challengeTitle: challenge.title,
            challengeTitleCy: challenge.titleCy,
            idea: { id: r.idea_id, title: won[0]?.ideaTitle ?? '' },
            prizes: won.map((a) => ({ name: a.prizeName, nameCy: a.prizeNameCy, amountPence: a.amountPence })),
          },
          this.env.appUrl,
        ),
        m,
      );
    }
  }
}
