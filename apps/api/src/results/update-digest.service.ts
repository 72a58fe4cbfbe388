import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '../common/clock';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { DigestUpdateRow, ImplementationUpdatesRepository } from './implementation-updates.repository';
import { DigestIdea, implementationDigestMail } from './results-emails';

export type DigestReport = { updates: number; emails: number };

/**
 * Sends implementation updates as a digest: every update not yet digested goes, in one email per
 * person, to the authors, co-authors and supporters of its idea. The emails are enqueued and the
 * updates marked digested in the same transaction, so an update is mailed once or not at all.
 * Run by UpdateDigestWorker on a pg-boss schedule; tests call it directly.
 */
@Injectable()
export class UpdateDigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ImplementationUpdatesRepository,
    private readonly mail: MailService,
    private readonly env: EnvDto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sendPending(): Promise<DigestReport> {
    return this.dataSource.transaction(async (m): Promise<DigestReport> => {
      const updates = await this.repo.lockUndigested(m);
      if (updates.length === 0) return { updates: 0, emails: 0 };
      const ideas = groupByIdea(updates);
      const recipients = await this.repo.recipients([...ideas.keys()], m);
      for (const r of recipients) {
        const follows = new Set(r.idea_ids);
        const followed = [...ideas.values()].filter((idea) => follows.has(idea.id));
        if (followed.length === 0) continue;
        await this.mail.enqueue(
          implementationDigestMail(
            { email: r.email, name: r.display_name, locale: r.locale },
            followed,
            this.env.appUrl,
          ),
          m,
        );
      }
      await this.repo.markDigested(
        updates.map((u) => u.id),
        this.clock.now(),
        m,
      );
      return { updates: updates.length, emails: recipients.length };
    });
  }
}

/** The updates per idea, oldest first, in the order the ideas were first updated. */
function groupByIdea(updates: DigestUpdateRow[]): Map<string, DigestIdea> {
  const ideas = new Map<string, DigestIdea>();
  for (const u of updates) {
    let idea = ideas.get(u.idea_id);
    if (!idea) {
      idea = {
        id: u.idea_id,
        title: u.idea_title,
        challengeTitle: u.challenge_title,
        challengeTitleCy: u.challenge_title_cy,
        updates: [],
      };
      ideas.set(u.idea_id, idea);
    }
    idea.updates.push({
      status: u.status,
      body: u.body,
      bodyCy: u.body_cy,
      spendPence: u.spend_pence === null ? null : Number(u.spend_pence),
      createdAt: u.created_at,
    });
  }
  return ideas;
}
