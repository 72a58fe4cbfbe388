import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { ideaShortlistedMail } from './shortlist-emails';
import { ShortlistRepository } from './shortlist.repository';

/** Emails the people behind shortlisted ideas. */
@Injectable()
export class ShortlistNotifier {
  constructor(
    private readonly repo: ShortlistRepository,
    private readonly mail: MailService,
    private readonly env: EnvDto,
  ) {}

  /** One email per idea to its author and to each accepted co-author, in the transaction `m`; how many were sent. */
  async notify(challenge: ChallengeEntity, ideaIds: string[], m: EntityManager): Promise<number> {
    const recipients = await this.repo.recipients(ideaIds, m);
    for (const r of recipients) {
      await this.mail.enqueue(
        ideaShortlistedMail(
          { email: r.email, name: r.display_name, locale: r.locale },
          { id: r.idea_id, title: r.title },
          challenge.title,
          this.env.appUrl,
        ),
        m,
      );
    }
    return recipients.length;
  }
}
