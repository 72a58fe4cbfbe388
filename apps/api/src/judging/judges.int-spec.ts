import { latestMail, login, mailsTo, STRONG_PASSWORD, tokenFromMail } from '../../test/accounts-helpers';
import { createUser, uniqueEmail } from '../../test/factories';
import { daysFrom, insertIdea } from '../../test/ideas-helpers';
import {
  as,
  auditOf,
  createJudgingChallenge,
  createOtherCouncilAdmin,
  insertAssignment,
  JUDGING_NOW,
} from '../../test/judging-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';
import { AccessService } from '../common/access/access.service';

describe('judging: the panel and judge invitations', () => {
  let t: TestApp;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => {
    now = jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(JUDGING_NOW);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const isJudge = (userId: string, challengeId: string) => t.app.get(AccessService).isJudge(userId, challengeId);

  /** The token of the accept link in the newest judge invitation to `email`. */
  async function invitationToken(email: string): Promise<string> {
    const mail = await latestMail(t.db, email, 'judge-invitation');
    const match = /\/judging\/invitations\/accept\?token=([A-Za-z0-9_%-]+)$/m.exec(mail?.body_text ?? '');
    if (!match?.[1])
      throw new Error(`No judge invitation link in the mail to ${email}: ${mail?.body_text ?? '(none)'}`);
    return decodeURIComponent(match[1]);
  }

  const invite = (c: { challengeId: string; admin: { token: string } }, email: string) =>
    as(t.http, c.admin).post(`/challenges/${c.challengeId}/judges`, { email });

  const accept = (user: { token: string }, token: string) =>
    as(t.http, user).post('/judging/invitations/accept', { token });

  it('an invited person accepts with their account and becomes a judge of that challenge only', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 0 });
    const other = await createJudgingChallenge(t.db, { judges: 0 });
    const invitee = await createUser(t.db, { displayName: 'Dr Evans' });

    const invited = await invite(c, invitee.email).expect(201);
    expect(invited.body).toEqual({
      id: expect.any(String),
      email: invitee.email,
      createdAt: expect.any(String),
      expiresAt: daysFrom(14).toISOString(),
      acceptedAt: null,
      revokedAt: null,
    });
    const mail = await latestMail(t.db, invitee.email, 'judge-invitation');
    expect(mail?.subject).toMatch(/You are invited to judge .* \/ Rydych wedi’ch gwahodd i feirniadu/);
    const token = await invitationToken(invitee.email);
    const stored: { token_hash: string }[] = await t.db.query(
      `SELECT token_hash FROM judge_invitations WHERE id = $1`,
      [invited.body.id],
    );
    expect(stored[0]?.token_hash).not.toContain(token);

    const accepted = await accept(invitee, token).expect(200);
    expect(accepted.body).toEqual({ challengeId: c.challengeId, challengeTitle: expect.any(String) });
    expect(await isJudge(invitee.id, c.challengeId)).toBe(true);
    expect(await isJudge(invitee.id, other.challengeId)).toBe(false);

    const panel = await as(t.http, c.admin).get(`/challenges/${c.challengeId}/judges`).expect(200);
    expect(panel.body.judges).toEqual([
      { userId: invitee.id, displayName: 'Dr Evans', email: invitee.email, addedAt: expect.any(String) },
    ]);
    expect(panel.body.invitations).toEqual([
      expect.objectContaining({ id: invited.body.id, acceptedAt: JUDGING_NOW.toISOString(), revokedAt: null }),
    ]);
    expect((await auditOf(t.db, invited.body.id)).map((a) => a.action)).toEqual(['judge.invited', 'judge.joined']);

    // The judge has no say over the other challenge's panel or this one's.
    await as(t.http, invitee).get(`/challenges/${other.challengeId}/judges`).expect(403);
    await as(t.http, invitee).post(`/challenges/${c.challengeId}/judges`, { email: uniqueEmail() }).expect(403);
  });

  it('the invitation’s email must be the signed-in account’s, ignoring case (403 otherwise)', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 0 });
    const invitee = await createUser(t.db);
    const someoneElse = await createUser(t.db);
    await invite(c, invitee.email.toUpperCase()).expect(201);
    const token = await invitationToken(invitee.email);

    const wrong = await accept(someoneElse, token).expect(403);
    expect(wrong.body).toMatchObject({
      code: 'invitation_wrong_account',
      message: expect.stringContaining('another email'),
    });
    expect(await isJudge(someoneElse.id, c.challengeId)).toBe(false);

    await accept(invitee, token).expect(200);
    expect(await isJudge(invitee.id, c.challengeId)).toBe(true);
  });

  it('a used, withdrawn, expired or unknown link is refused with a clear code', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 0 });
    const used = await createUser(t.db);
    await invite(c, used.email).expect(201);
    const usedToken = await invitationToken(used.email);
    await accept(used, usedToken).expect(200);
    expect((await accept(used, usedToken).expect(410)).body.code).toBe('invitation_used');

    const revoked = await createUser(t.db);
    const r = await invite(c, revoked.email).expect(201);
    const revokedToken = await invitationToken(revoked.email);
    await as(t.http, c.admin).delete(`/challenges/${c.challengeId}/judges/invitations/${r.body.id}`).expect(204);
    await as(t.http, c.admin).delete(`/challenges/${c.challengeId}/judges/invitations/${r.body.id}`).expect(204);
    expect((await accept(revoked, revokedToken).expect(410)).body.code).toBe('invitation_revoked');
    expect(await isJudge(revoked.id, c.challengeId)).toBe(false);

    const late = await createUser(t.db);
    await invite(c, late.email).expect(201);
    const lateToken = await invitationToken(late.email);
    now.mockReturnValue(daysFrom(14, new Date(JUDGING_NOW.getTime() + 1)));
    expect((await accept(late, lateToken).expect(410)).body.code).toBe('invitation_expired');
    expect(await isJudge(late.id, c.challengeId)).toBe(false);

    const unknown = await accept(late, 'A'.repeat(43)).expect(404);
    expect(unknown.body.code).toBe('invitation_not_found');
    expect((await accept(late, 'short').expect(400)).body.message).toContain('token');
  });

  it('inviting a pending address again sends a new link and the old one stops working', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 0 });
    const invitee = await createUser(t.db);
    const first = await invite(c, invitee.email).expect(201);
    const oldToken = await invitationToken(invitee.email);
    now.mockReturnValue(daysFrom(1));
    const second = await invite(c, invitee.email).expect(201);
    const newToken = await invitationToken(invitee.email);

    expect(second.body.id).toBe(first.body.id);
    expect(second.body.expiresAt).toBe(daysFrom(15).toISOString());
    expect(newToken).not.toBe(oldToken);
    expect(await mailsTo(t.db, invitee.email)).toHaveLength(2);
    expect((await accept(invitee, oldToken).expect(404)).body.code).toBe('invitation_not_found');
    await accept(invitee, newToken).expect(200);
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM judge_invitations WHERE challenge_id = $1`, [
      c.challengeId,
    ]);
    expect(rows).toHaveLength(1);

    const again = await invite(c, invitee.email).expect(409);
    expect(again.body.code).toBe('already_judge');
  });

  it('someone with no account yet registers, verifies their email and then accepts', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 0 });
    const account = { email: uniqueEmail('newjudge'), password: STRONG_PASSWORD, displayName: 'New judge' };
    await invite(c, account.email).expect(201);
    const token = await invitationToken(account.email);

    await t.http().post('/api/v1/auth/register').send(account).expect(201);
    const session = { token: await login(t.http, account) };
    const refused = await accept(session, token).expect(403);
    expect(refused.body.code).toBe('email_unverified');

    const verify = await tokenFromMail(t.db, account.email, 'verify-email');
    await t.http().post('/api/v1/auth/verify-email').send({ token: verify }).expect(200);
    await accept(session, token).expect(200);
    const rows: { id: string }[] = await t.db.query(`SELECT id FROM users WHERE email = $1`, [account.email]);
    expect(await isJudge(rows[0]?.id ?? '', c.challengeId)).toBe(true);
  });

  it('a judge who wrote an idea of the challenge is conflicted on it from the moment they accept', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 0 });
    const author = await createUser(t.db);
    const own = await insertIdea(t.db, c.challengeId, author.id);
    await invite(c, author.email).expect(201);
    await accept(author, await invitationToken(author.email)).expect(200);
    const conflicts = await as(t.http, author).get(`/challenges/${c.challengeId}/conflicts`).expect(200);
    expect(conflicts.body).toEqual([
      expect.objectContaining({ judgeId: author.id, ideaId: own, recordedByAdmin: false }),
    ]);
    await expect(insertAssignment(t.db, c.challengeId, author.id, own)).rejects.toThrow(/conflicted/);
  });

  it('only admins of a hosting council see the panel and invite; a bad email is a 400', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 1 });
    const outsider = await createOtherCouncilAdmin(t.db);
    await as(t.http, outsider).get(`/challenges/${c.challengeId}/judges`).expect(403);
    await as(t.http, outsider).post(`/challenges/${c.challengeId}/judges`, { email: uniqueEmail() }).expect(403);
    await as(t.http, null).post(`/challenges/${c.challengeId}/judges`, { email: uniqueEmail() }).expect(401);
    const bad = await invite(c, 'not-an-email').expect(400);
    expect(bad.body.message).toContain('email must be an email address');
    expect(await t.db.query(`SELECT 1 FROM judge_invitations WHERE challenge_id = $1`, [c.challengeId])).toEqual([]);
    await as(t.http, outsider)
      .delete(`/challenges/${c.challengeId}/judges/${c.judges[0]?.id ?? ''}`)
      .expect(403);
  });

  it('an admin removes a judge with no submitted scores (audited); one with submitted scores stays', async () => {
    const c = await createJudgingChallenge(t.db, { judges: 2 });
    const [keep, drop] = c.judges;
    if (!keep || !drop) throw new Error('two judges expected');
    const dropped = await insertAssignment(t.db, c.challengeId, drop.id, c.ideaIds[0] ?? '');
    const submitted = await insertAssignment(t.db, c.challengeId, keep.id, c.ideaIds[0] ?? '');
    await t.db.query(`UPDATE judge_assignments SET submitted_at = now() WHERE id = $1`, [submitted]);

    const refused = await as(t.http, c.admin).delete(`/challenges/${c.challengeId}/judges/${keep.id}`).expect(409);
    expect(refused.body.code).toBe('judge_has_submitted_scores');
    expect(await isJudge(keep.id, c.challengeId)).toBe(true);

    await as(t.http, c.admin).delete(`/challenges/${c.challengeId}/judges/${drop.id}`).expect(204);
    expect(await isJudge(drop.id, c.challengeId)).toBe(false);
    expect(await t.db.query(`SELECT 1 FROM judge_assignments WHERE id = $1`, [dropped])).toEqual([]);
    expect((await auditOf(t.db, drop.id)).map((a) => a.details['removedAssignments'])).toEqual([1]);
    await as(t.http, c.admin).delete(`/challenges/${c.challengeId}/judges/${drop.id}`).expect(404);
  });
});
