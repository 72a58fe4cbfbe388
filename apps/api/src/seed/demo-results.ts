import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ResultsCalculator } from '../results/results-calculator.service';
import { ResultsRepository } from '../results/results.repository';

const dayMs = 86_400_000;

const UPDATES = [
  {
    status: 'completed',
    body: 'The pilot ran in 40 homes over the winter. Average heating bills fell by 18%, and every household asked to keep the kit.',
    bodyCy:
      'Cynhaliwyd y cynllun peilot mewn 40 o gartrefi dros y gaeaf. Gostyngodd biliau gwresogi 18% ar gyfartaledd, a gofynnodd pob aelwyd am gadw’r offer.',
    spendPence: 1_850_000,
    daysAgo: 5,
  },
  {
    status: 'in_progress',
    body: 'The council has signed a contract with a local installer; the first street starts in March.',
    bodyCy: 'Mae’r cyngor wedi llofnodi contract â gosodwr lleol; bydd y stryd gyntaf yn dechrau ym mis Mawrth.',
    spendPence: 420_000,
    daysAgo: 15,
  },
] as const;

/**
 * Publishes the demo's finished challenge the way an admin would: the results are computed by the
 * same calculator as `POST …/results/confirm`, stored and published on the demo's date, and the
 * first two winners get implementation updates (already digested: the demo sends no email).
 */
@Injectable()
export class DemoResults {
  constructor(
    private readonly repo: ResultsRepository,
    private readonly calculator: ResultsCalculator,
  ) {}

  async publish(m: EntityManager, challengeId: string, adminId: string, publishedDaysAgo: number): Promise<number> {
    const challenge = await this.repo.challenge(challengeId, m);
    if (!challenge) return 0;
    const publishedAt = new Date(Date.now() - publishedDaysAgo * dayMs);
    const confirmedAt = new Date(publishedAt.getTime() - dayMs);
    const { snapshot, computedAwards } = await this.calculator.compute(challenge, new Map(), m);
    await this.repo.confirm(challengeId, snapshot, computedAwards, adminId, confirmedAt, m);
    await this.repo.publish(challengeId, adminId, publishedAt, m);
    const winners = [...new Set(computedAwards.flatMap((a) => (a.ideaId === null ? [] : [a.ideaId])))];
    for (const [i, update] of UPDATES.entries()) {
      const ideaId = winners[i];
      if (ideaId === undefined) continue;
      const at = new Date(Date.now() - update.daysAgo * dayMs);
      await m.query(
        `INSERT INTO implementation_updates (challenge_id, idea_id, author_id, status, body, body_cy, spend_pence, created_at, digested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
        [challengeId, ideaId, adminId, update.status, update.body, update.bodyCy, update.spendPence, at],
      );
    }
    return computedAwards.filter((a) => a.ideaId !== null).length;
  }
}
