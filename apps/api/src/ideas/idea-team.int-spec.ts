import type { IdeaDetail, IdeaInvitation } from '@challenge/contract';
import { latestMail } from '../../test/accounts-helpers';
import { bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { createTestChallenge, daysFrom, IDEAS_NOW, postIdea } from '../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

describe('idea teams: co-author invitations', () => {
  let t: TestApp;
  let clock: Clock;
  let author: TestUser;
  let invitee: TestUser;
  let impostor: TestUser;
  let challenge: { id: string };

  const invite = (ideaId: string, user: TestUser, email: string) =>
    t
      .http()
      .post(`/api/v1/ideas/${ideaId}/invitations`)
      .set(...bearer(user))
      .send({ email });
  const accept = (user: TestUser, token: string) =>
    t
      .http()
      .post('/api/v1/invitations/accept')
      .set(...bearer(user))
      .send({ token });
  const tokenFor = async (email: string): Promise<string> => {
    const mail = await latestMail(t.db, email, 'idea-invitation');
    const match = /\/invitations\/accept\?token=([A-Za-z0-9_%-]+)/.exec(mail?.body_text ?? '');
    if (!match?.[1]) throw new Error(`No invitation link in ${mail?.body_text ?? '(no mail)'}`);
    return decodeURIComponent(match[1]);
  };

  beforeAll(async () => {
    t = await createTestApp();
    clock = t.app.get<Clock>(CLOCK);
    const council = await createOrganisation(t.db);
    author = await createUser(t.db);
    invitee = await createUser(t.db);
    impostor = await createUser(t.db);
    challenge = await createTestChallenge(t.db, council.id);
  });
  beforeEach(() => jest.spyOn(clock, 'now').mockReturnValue(IDEAS_NOW));
  afterAll(async () => {
    await t.close();
  });

  it('invites by email; the wrong account is refused; the invited one becomes a co-author who can edit but not withdraw', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Team effort', submit: true });
    const res = await invite(idea.id, author, invitee.email.toUpperCase()).expect(201);
    const invitation = res.body as IdeaInvitation;
    expect(invitation).toMatchObject({ email: invitee.email, expiresAt: daysFrom(14).toISOString() });
    const mail = await latestMail(t.db, invitee.email, 'idea-invitation');
    expect(mail?.body_text).toMatch(/Team effort/);
    const token = await tokenFor(invitee.email);
    const stored: { token_hash: string }[] = await t.db.query(`SELECT token_hash FROM idea_invitations WHERE id = $1`, [
      invitation.id,
    ]);
    expect(stored[0]?.token_hash).not.toBe(token);

    const wrong = await accept(impostor, token).expect(403);
    expect(wrong.body.message).toMatch(/sent to another email address/);

    const seenByAuthor = (
      await t
        .http()
        .get(`/api/v1/ideas/${idea.id}`)
        .set(...bearer(author))
    ).body as IdeaDetail;
    expect(seenByAuthor.invitations.map((i) => i.email)).toEqual([invitee.email]);
    const seenByPublic = (await t.http().get(`/api/v1/ideas/${idea.id}`)).body as IdeaDetail;
    expect(seenByPublic.invitations).toEqual([]);

    const joined = (await accept(invitee, token).expect(200)).body as IdeaDetail;
    expect(joined.team.map((p) => p.id)).toEqual([invitee.id]);
    expect(joined.viewer).toMatchObject({ isAuthor: false, isTeamMember: true, canEdit: true });
    expect(joined.invitations).toEqual([]);
    await accept(invitee, token).expect(400);

    await t
      .http()
      .patch(`/api/v1/ideas/${idea.id}`)
      .set(...bearer(invitee))
      .send({ summary: 'Edited by my co-author' })
      .expect(200);
    const withdraw = await t
      .http()
      .post(`/api/v1/ideas/${idea.id}/withdraw`)
      .set(...bearer(invitee))
      .expect(403);
    expect(withdraw.body.message).toMatch(/Only the idea’s author can withdraw it/);
    const reinvite = await invite(idea.id, invitee, impostor.email).expect(403);
    expect(reinvite.body.message).toMatch(/Only the idea’s author can invite/);
    await invite(idea.id, author, invitee.email).expect(409);
  });

  it('lets the author revoke an invitation, after which the link no longer works; expired links fail too', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Revocable' });
    const first = (await invite(idea.id, author, invitee.email).expect(201)).body as IdeaInvitation;
    const token = await tokenFor(invitee.email);
    await invite(idea.id, author, invitee.email).expect(409);
    await t
      .http()
      .delete(`/api/v1/ideas/${idea.id}/invitations/${first.id}`)
      .set(...bearer(author))
      .expect(204);
    const res = await accept(invitee, token).expect(400);
    expect(res.body.message).toMatch(/not valid, has expired or was withdrawn/);

    await invite(idea.id, author, invitee.email).expect(201);
    const second = await tokenFor(invitee.email);
    jest.spyOn(clock, 'now').mockReturnValue(daysFrom(15));
    await accept(invitee, second).expect(400);
    const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM idea_coauthors WHERE idea_id = $1`, [
      idea.id,
    ]);
    expect(rows[0]?.n).toBe(0);
  });

  it('a team has at most five people: the fifth invitation is refused while four seats are taken', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Crowded team', submit: true });
    for (let i = 0; i < 4; i++)
      await invite(idea.id, author, `seat${i}-${idea.id.slice(0, 8)}@example.test`).expect(201);
    const res = await invite(idea.id, author, `seat4-${idea.id.slice(0, 8)}@example.test`).expect(409);
    expect(res.body.code).toBe('team_full');
  });

  it('at most ten invitations per idea per day, even when each is withdrawn again', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Spammy', submit: true });
    for (let i = 0; i < 10; i++) {
      const sent = await invite(idea.id, author, `spam${i}-${idea.id.slice(0, 8)}@example.test`).expect(201);
      await t
        .http()
        .delete(`/api/v1/ideas/${idea.id}/invitations/${sent.body.id}`)
        .set(...bearer(author))
        .expect(204);
    }
    const res = await invite(idea.id, author, `spam10-${idea.id.slice(0, 8)}@example.test`).expect(429);
    expect(res.body.code).toBe('too_many_invitations');
    const mails: unknown[] = await t.db.query(`SELECT 1 FROM outbox_emails WHERE to_address LIKE $1`, [
      `spam10-${idea.id.slice(0, 8)}%`,
    ]);
    expect(mails).toEqual([]);
  });

  it('an invitation to an idea withdrawn since cannot be accepted', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Withdrawn later', submit: true });
    const late = await createUser(t.db);
    await invite(idea.id, author, late.email).expect(201);
    await t
      .http()
      .post(`/api/v1/ideas/${idea.id}/withdraw`)
      .set(...bearer(author))
      .expect(200);
    const res = await accept(late, await tokenFor(late.email)).expect(409);
    expect(res.body.code).toBe('idea_withdrawn');
    const team: unknown[] = await t.db.query(`SELECT 1 FROM idea_coauthors WHERE idea_id = $1`, [idea.id]);
    expect(team).toEqual([]);
  });
});
