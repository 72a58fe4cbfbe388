import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import type {
  AcceptedResponse,
  ForgotPasswordRequest,
  LoginRequest,
  LoginResponse,
  Me,
  RegisterRequest,
  ResetPasswordRequest,
} from '@challenge/contract';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../common/auth/session-token';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import {
  accountExistsMail,
  RESET_PASSWORD_TTL_SECONDS,
  resetPasswordMail,
  VERIFY_EMAIL_TTL_SECONDS,
  verifyEmailMail,
} from './account-emails';
import { toMe } from './account.mapper';
import { AccountsRepository } from './accounts.repository';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { SignInThrottle } from './sign-in-throttle';
import type { UserTokenPurpose } from './user-token.entity';

export const CHECK_EMAIL = 'Check your email for a link to verify your address';
export const RESEND_ACCEPTED = 'If that address has an account still waiting for verification, we have sent a new link';
export const RESET_ACCEPTED = 'If that address has an account, we have sent a link to reset its password';
export const BAD_CREDENTIALS = 'Email or password is incorrect';

/** The signed-in session handed to the controller, which also sets the web app's cookies. */
export type NewSession = LoginResponse & { token: string; expiresAtDate: Date };

const TOKEN_WORDS: Record<UserTokenPurpose, { what: string; again: string }> = {
  verify_email: { what: 'verification link', again: 'ask for a new one' },
  reset_password: { what: 'password reset link', again: 'ask for a new one from the "forgot password" page' },
};

/** Registration, email verification, sign-in and out, password reset. */
@Injectable()
export class AuthService {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly env: EnvDto,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Same answer whether or not the address is taken, so nobody can find out who has an account. */
  async register(input: RegisterRequest): Promise<AcceptedResponse> {
    const email = input.email.trim().toLowerCase();
    const problem = passwordProblem(input.password, email);
    if (problem)
      throw new BadRequestException({ message: problem, code: 'validation_failed', fields: { password: [problem] } });
    const passwordHash = await hashPassword(input.password);
    await this.accounts.transaction(async (m) => {
      const userId = await this.accounts.insertUserIfAbsent(m, {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        locale: input.locale ?? 'en',
        verified: false,
        platformAdmin: false,
      });
      if (!userId) {
        await this.mail.enqueue(accountExistsMail(email, this.env.appUrl, input.locale ?? 'en'), m);
        return;
      }
      const token = newToken();
      await this.accounts.insertToken(m, userId, 'verify_email', hashToken(token), VERIFY_EMAIL_TTL_SECONDS);
      await this.mail.enqueue(
        verifyEmailMail(email, input.displayName.trim(), this.env.appUrl, token, input.locale ?? 'en'),
        m,
      );
      await this.audit.record(
        { actorUserId: userId, action: 'account.registered', targetType: 'user', targetId: userId },
        m,
      );
    });
    return { message: CHECK_EMAIL };
  }

  async verifyEmail(token: string): Promise<AcceptedResponse> {
    await this.accounts.transaction(async (m) => {
      const userId = await this.consume(m, 'verify_email', token);
      await this.accounts.markEmailVerified(m, userId);
      await this.accounts.supersedeTokens(m, userId, ['verify_email']);
      await this.audit.record(
        { actorUserId: userId, action: 'account.email_verified', targetType: 'user', targetId: userId },
        m,
      );
    });
    return { message: 'Your email address is verified' };
  }

  async resendVerification(rawEmail: string): Promise<AcceptedResponse> {
    const email = rawEmail.trim().toLowerCase();
    await this.accounts.transaction(async (m) => {
      const user = await this.accounts.findLiveByEmail(m, email);
      if (!user || user.email_verified_at !== null) return;
      const token = newToken();
      await this.accounts.insertToken(m, user.id, 'verify_email', hashToken(token), VERIFY_EMAIL_TTL_SECONDS);
      await this.mail.enqueue(verifyEmailMail(email, user.display_name, this.env.appUrl, token, user.locale), m);
    });
    return { message: RESEND_ACCEPTED };
  }

  async login(input: LoginRequest, userAgent: string | null): Promise<NewSession> {
    const email = input.email.trim().toLowerCase();
    await this.throttle.check(email);
    const credentials = await this.accounts.findCredentials(this.accounts.manager, email);
    // Verify against a dummy hash for unknown addresses so the answer takes as long either way.
    const ok = await verifyPassword(credentials?.password_hash ?? (await this.getDummyHash()), input.password);
    if (!credentials || !ok) {
      await this.throttle.recordFailure(email);
      throw new UnauthorizedException({ message: BAD_CREDENTIALS, code: 'bad_credentials' });
    }
    await this.throttle.clear(email);
    const token = newToken();
    const expiresAt = await this.accounts.insertSession(
      this.accounts.manager,
      credentials.id,
      hashToken(token),
      this.env.SESSION_TTL_HOURS,
      userAgent?.slice(0, 500) ?? null,
    );
    const user = await this.me(credentials.id);
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user, token, expiresAtDate: expiresAt };
  }

  async logout(sessionId: string): Promise<void> {
    await this.accounts.revokeSession(this.accounts.manager, sessionId);
  }

  async forgotPassword(input: ForgotPasswordRequest): Promise<AcceptedResponse> {
    const email = input.email.trim().toLowerCase();
    await this.accounts.transaction(async (m) => {
      const user = await this.accounts.findLiveByEmail(m, email);
      if (!user) return;
      const token = newToken();
      await this.accounts.insertToken(m, user.id, 'reset_password', hashToken(token), RESET_PASSWORD_TTL_SECONDS);
      await this.mail.enqueue(resetPasswordMail(email, user.display_name, this.env.appUrl, token, user.locale), m);
    });
    return { message: RESET_ACCEPTED };
  }

  /** Sets the new password, proves the address (the link reached it) and signs out every session. */
  async resetPassword(input: ResetPasswordRequest): Promise<AcceptedResponse> {
    const early = passwordProblem(input.password);
    if (early)
      throw new BadRequestException({ message: early, code: 'validation_failed', fields: { password: [early] } });
    const passwordHash = await hashPassword(input.password);
    const changedEmail = await this.accounts.transaction(async (m) => {
      const userId = await this.consume(m, 'reset_password', input.token);
      const user = await this.accounts.findLiveById(m, userId);
      const problem = user ? passwordProblem(input.password, user.email) : null;
      if (problem)
        throw new BadRequestException({ message: problem, code: 'validation_failed', fields: { password: [problem] } });
      await this.accounts.setPasswordHash(m, userId, passwordHash);
      await this.accounts.markEmailVerified(m, userId);
      await this.accounts.revokeAllSessions(m, userId);
      // Every other reset link (and any verification link: the address is now proven) stops working.
      await this.accounts.supersedeTokens(m, userId, ['reset_password', 'verify_email']);
      await this.audit.record(
        { actorUserId: userId, action: 'account.password_reset', targetType: 'user', targetId: userId },
        m,
      );
      return user?.email ?? null;
    });
    // The owner of the address has proven it: the sign-in slow-down on the account ends.
    if (changedEmail) await this.throttle.clear(changedEmail);
    return { message: 'Your password has been changed; sign in with the new one' };
  }

  private async me(userId: string): Promise<Me> {
    const m = this.accounts.manager;
    const user = await this.accounts.findLiveById(m, userId);
    if (!user) throw new UnauthorizedException({ message: BAD_CREDENTIALS, code: 'bad_credentials' });
    return toMe(user, await this.accounts.memberships(m, userId), await this.accounts.judging(m, userId));
  }

  /** Uses a one-time token or explains, in the 400, why it cannot be used. */
  private async consume(m: EntityManager, purpose: UserTokenPurpose, token: string): Promise<string> {
    const tokenHash = hashToken(token);
    const userId = await this.accounts.consumeToken(m, purpose, tokenHash);
    if (userId) return userId;
    const found = await this.accounts.findToken(m, purpose, tokenHash);
    const { what, again } = TOKEN_WORDS[purpose];
    const [reason, code] = !found
      ? [`This ${what} is not valid; check you copied the whole link, or ${again}`, 'token_invalid']
      : found.used_at
        ? [`This ${what} has already been used; ${again} if you need to`, 'token_used']
        : found.superseded_at
          ? [
              `This ${what} was replaced by a newer one; use the link in the most recent email, or ${again}`,
              'token_superseded',
            ]
          : [`This ${what} has expired; ${again}`, 'token_expired'];
    throw new BadRequestException({ message: reason, code });
  }

  private getDummyHash(): Promise<string> {
    return (this.dummyHash ??= hashPassword(newToken()));
  }
}
