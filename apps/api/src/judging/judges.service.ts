import {
  ConflictException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AcceptJudgeInvitationResponse, JudgeInvitation, Panel } from '@challenge/contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { hashToken, newToken } from '../common/auth/session-token';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { judgeInvitationLink, judgeInvitationMail } from './invitation-emails';
import { JudgesRepository, InvitationRow, toJudgeInvitation } from './judges.repository';
import { PanelRepository } from './panel.repository';

export const JUDGE_INVITATION_DAYS = 14;
const NO_CHALLENGE = 'No challenge with that id';

/** The judging panel: invitations by email, accepting them, and removing judges. */
@Injectable()
export class JudgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: JudgesRepository,
    private readonly panel: PanelRepository,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: EnvDto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async panelOf(user: AuthUser, challengeId: string): Promise<Panel> {
    await this.challenges.requireManageable(user, challengeId);
    return {
      judges: await this.repo.judges(challengeId),
      invitations: (await this.repo.invitations(challengeId)).map(toJudgeInvitation),
    };
  }

  /**
   * Invites by email (audited). Inviting an address that has a pending invitation sends a new
   * link and the old one stops working; the invitation keeps its id.
   */
  async invite(user: AuthUser, challengeId: string, rawEmail: string): Promise<JudgeInvitation> {
    await this.challenges.requireManageable(user, challengeId);
    const email = rawEmail.trim().toLowerCase();
    const account = await this.repo.accountByEmail(email);
    const now = this.clock.now();
    const token = newToken();
    const id = await this.dataSource.transaction(async (m) => {
      const challenge = await this.lock(challengeId, m);
      if (challenge.resultsPublishedAt !== null) {
        throw new ConflictException({
          message: 'The results of this challenge are published, so its panel is closed',
          code: 'judging_over',
        });
      }
      if (account && (await this.panel.isJudge(challengeId, account.id, m))) {
        throw new ConflictException({
          message: `${email} is already a judge of this challenge`,
          code: 'already_judge',
        });
      }
      const values = {
        tokenHash: hashToken(token),
        invitedBy: user.id,
        expiresAt: new Date(now.getTime() + JUDGE_INVITATION_DAYS * 86_400_000),
      };
      const pending = await this.repo.pendingFor(challengeId, email, m);
      if (pending) await this.repo.renewInvitation(pending.id, values, m);
      const invitationId = pending?.id ?? (await this.repo.insertInvitation({ challengeId, email, ...values }, m));
      await this.mail.enqueue(
        judgeInvitationMail(
          { email, locale: account?.locale ?? 'en' },
          user.displayName,
          challenge.title,
          judgeInvitationLink(this.env.appUrl, token),
          JUDGE_INVITATION_DAYS,
        ),
        m,
      );
      await this.record(
        user,
        challenge,
        'judge.invited',
        'judge_invitation',
        invitationId,
        { email, renewed: !!pending },
        m,
      );
      return invitationId;
    });
    return toJudgeInvitation(await this.requireInvitation(id));
  }

  /** Withdraws a pending invitation (audited); withdrawing it again changes nothing. */
  async revokeInvitation(user: AuthUser, challengeId: string, invitationId: string): Promise<void> {
    await this.challenges.requireManageable(user, challengeId);
    await this.dataSource.transaction(async (m) => {
      const challenge = await this.lock(challengeId, m);
      const invitation = await this.repo.invitation(invitationId, m);
      if (!invitation || invitation.challenge_id !== challengeId) {
        throw new NotFoundException('No invitation with that id on this challenge');
      }
      if (invitation.accepted_at !== null) {
        throw new ConflictException({
          message: 'This invitation has been accepted; remove the judge from the panel instead',
          code: 'invitation_accepted',
        });
      }
      if (invitation.revoked_at !== null) return;
      await this.repo.revoke(invitationId, this.clock.now(), m);
      await this.record(
        user,
        challenge,
        'judge.invitation_revoked',
        'judge_invitation',
        invitationId,
        { email: invitation.email },
        m,
      );
    });
  }

  /**
   * Takes a judge off the panel (audited) with their unsubmitted assignments and draft scores.
   * Refused once they have submitted scores: those count towards the result.
   */
  async removeJudge(user: AuthUser, challengeId: string, judgeId: string): Promise<void> {
    await this.challenges.requireManageable(user, challengeId);
    await this.dataSource.transaction(async (m) => {
      const challenge = await this.lock(challengeId, m);
      if (!(await this.panel.isJudge(challengeId, judgeId, m))) {
        throw new NotFoundException('No judge with that id on this challenge’s panel');
      }
      const submitted = await this.repo.submittedAssignments(challengeId, judgeId, m);
      if (submitted > 0) {
        throw new ConflictException({
          message: `This judge has submitted scores for ${submitted} idea(s), which count towards the result, so they cannot be removed`,
          code: 'judge_has_submitted_scores',
        });
      }
      const removedAssignments = await this.repo.removeJudge(challengeId, judgeId, m);
      await this.record(user, challenge, 'judge.removed', 'user', judgeId, { removedAssignments }, m);
    });
  }

  /**
   * The signed-in account joins the panel. Its email must be verified and be the invited address;
   * a used, withdrawn or expired link is gone (410). The judge is at once conflicted on any idea of
   * the challenge they wrote or co-wrote.
   */
  async accept(user: AuthUser, token: string): Promise<AcceptJudgeInvitationResponse> {
    if (!user.emailVerified) {
      throw new ForbiddenException({
        message: 'Verify your email address before accepting an invitation to judge',
        code: 'email_unverified',
      });
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const invitation = await this.repo.lockByTokenHash(hashToken(token), m);
      this.requireUsable(invitation, now);
      if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
        throw new ForbiddenException({
          message:
            'This invitation was sent to another email address; sign in with the account for that address to accept it',
          code: 'invitation_wrong_account',
        });
      }
      const challenge = await this.lock(invitation.challenge_id, m);
      await this.repo.addJudge(challenge.id, user.id, invitation.invited_by, m);
      await this.repo.markAccepted(invitation.id, user.id, now, m);
      const ownIdeaConflicts = await this.repo.recordOwnIdeaConflicts(challenge.id, user.id, m);
      await this.record(user, challenge, 'judge.joined', 'judge_invitation', invitation.id, { ownIdeaConflicts }, m);
      return { challengeId: challenge.id, challengeTitle: challenge.title };
    });
  }

  private requireUsable(invitation: InvitationRow | null, now: Date): asserts invitation is InvitationRow {
    if (!invitation) {
      throw new NotFoundException({
        message: 'This invitation link is not valid; check you copied the whole link from the email',
        code: 'invitation_not_found',
      });
    }
    if (invitation.revoked_at !== null) {
      throw new GoneException({
        message: 'This invitation was withdrawn; ask the council to invite you again',
        code: 'invitation_revoked',
      });
    }
    if (invitation.accepted_at !== null) {
      throw new GoneException({ message: 'This invitation has already been used', code: 'invitation_used' });
    }
    if (invitation.expires_at.getTime() <= now.getTime()) {
      throw new GoneException({
        message: 'This invitation has expired; ask the council to invite you again',
        code: 'invitation_expired',
      });
    }
  }

  private async lock(challengeId: string, m: EntityManager): Promise<ChallengeEntity> {
    const challenge = await this.panel.lockChallenge(challengeId, m);
    if (!challenge) throw new NotFoundException(NO_CHALLENGE);
    return challenge;
  }

  private async requireInvitation(id: string): Promise<InvitationRow> {
    const invitation = await this.repo.invitation(id);
    if (!invitation) throw new NotFoundException('No invitation with that id');
    return invitation;
  }

  private record(
    user: AuthUser,
    challenge: ChallengeEntity,
    action: string,
    targetType: string,
    targetId: string,
    details: Record<string, unknown>,
    m: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actorUserId: user.id,
        organisationId: challenge.organisationId,
        action,
        targetType,
        targetId,
        details: { challengeId: challenge.id, ...details },
      },
      m,
    );
  }
}
