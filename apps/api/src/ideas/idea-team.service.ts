import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { IdeaDetail, IdeaInvitation } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { hashToken, newToken } from '../common/auth/session-token';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { IdeaLoader } from './idea-loader.service';
import { toIdeaInvitation } from './idea.mapper';
import { IdeaTeamRepository } from './idea-team.repository';
import { ideaInvitationMail } from './idea-emails';

/** The author and up to four co-authors (the demo rules' "teams of up to five"). */
export const MAX_TEAM_SIZE = 5;
export const MAX_INVITATIONS_PER_DAY = 10;

const INVITATION_DAYS = 14;
const INVALID_LINK =
  'This invitation link is not valid, has expired or was withdrawn; ask the author to invite you again';

/** Team invitations: the author invites by email; the invitee accepts while signed in to that email's account. */
@Injectable()
export class IdeaTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: IdeaTeamRepository,
    private readonly ideas: IdeaLoader,
    private readonly mail: MailService,
    private readonly env: EnvDto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async invite(user: AuthUser, ideaId: string, rawEmail: string): Promise<IdeaInvitation> {
    const now = this.clock.now();
    const email = rawEmail.trim().toLowerCase();
    const ctx = await this.ideas.loadFor(user, 'idea.invitation.create', ideaId);
    if (ctx.idea.status === 'withdrawn') {
      throw new ConflictException({ message: 'A withdrawn idea cannot take new team members', code: 'idea_withdrawn' });
    }
    if (await this.repo.isOnTeam(ideaId, email)) {
      throw new ConflictException({ message: `${email} is already on this idea’s team`, code: 'already_on_team' });
    }
    const token = newToken();
    const id = await this.dataSource.transaction(async (m) => {
      const open = await this.repo.openInvitationFor(ideaId, email, m);
      if (open && open.expiresAt.getTime() > now.getTime()) {
        throw new ConflictException({
          message: `${email} has already been invited; withdraw that invitation to send a new one`,
          code: 'already_invited',
        });
      }
      if (open) await this.repo.revoke(open.id, now, m);
      await this.requireRoomToInvite(ideaId, now, m);
      const newId = await this.repo.insertInvitation(
        {
          ideaId,
          email,
          invitedBy: user.id,
          tokenHash: hashToken(token),
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        },
        m,
      );
      const link = `${this.env.appUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
      await this.mail.enqueue(ideaInvitationMail(email, user.displayName, ctx.idea.title, link, INVITATION_DAYS), m);
      return newId;
    });
    const invitation = await this.repo.findInvitation(id);
    if (!invitation) throw new NotFoundException('No invitation with that id');
    return toIdeaInvitation(invitation);
  }

  async revoke(user: AuthUser, ideaId: string, invitationId: string): Promise<void> {
    await this.ideas.loadFor(user, 'idea.invitation.delete', ideaId);
    const invitation = await this.repo.findInvitation(invitationId);
    if (!invitation || invitation.ideaId !== ideaId || invitation.revokedAt !== null) {
      throw new NotFoundException('No open invitation with that id on this idea');
    }
    if (invitation.acceptedAt !== null) {
      throw new ConflictException({ message: 'This invitation has already been accepted', code: 'already_accepted' });
    }
    await this.repo.revoke(invitationId, this.clock.now());
  }

  /** Adds the caller as a co-author; the account's email must be the invited one. */
  /** A team is the author and at most four others; invitations are also capped per day so they cannot be used to send spam. */
  private async requireRoomToInvite(ideaId: string, now: Date, m: EntityManager): Promise<void> {
    if ((await this.repo.seatsTaken(ideaId, now, m)) >= MAX_TEAM_SIZE - 1) {
      throw new ConflictException({
        message: `A team has at most ${MAX_TEAM_SIZE} people, the author included; withdraw an open invitation first`,
        code: 'team_full',
      });
    }
    if ((await this.repo.invitationsInLastDay(ideaId, m)) >= MAX_INVITATIONS_PER_DAY) {
      throw new HttpException(
        {
          message: `At most ${MAX_INVITATIONS_PER_DAY} invitations can be sent for one idea in 24 hours`,
          code: 'too_many_invitations',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  async accept(user: AuthUser, token: string): Promise<IdeaDetail> {
    const now = this.clock.now();
    const ideaId = await this.dataSource.transaction(async (m) => {
      const invitation = await this.repo.findInvitationByTokenHash(hashToken(token), m);
      if (
        !invitation ||
        invitation.revokedAt !== null ||
        invitation.acceptedAt !== null ||
        invitation.expiresAt.getTime() <= now.getTime()
      ) {
        throw new BadRequestException({ message: INVALID_LINK, code: 'invitation_invalid' });
      }
      if (user.email.toLowerCase() !== invitation.email) {
        throw new ForbiddenException({
          message: `This invitation was sent to another email address; sign in with the account for that address to accept it`,
          code: 'invitation_wrong_account',
        });
      }
      if ((await this.repo.ideaStatus(invitation.ideaId, m)) === 'withdrawn') {
        throw new ConflictException({
          message: 'This idea has been withdrawn, so its team is closed',
          code: 'idea_withdrawn',
        });
      }
      await this.repo.addCoauthor(invitation.ideaId, user.id, m);
      await this.repo.accept(invitation.id, user.id, now, m);
      return invitation.ideaId;
    });
    return this.ideas.view(ideaId, user);
  }
}
