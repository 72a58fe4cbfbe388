import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { insertChallenge, insertIdea } from '../../test/moderation-helpers';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * Issue #12: hidden content is frozen. Nobody (the hiding moderator, a council admin, the author)
 * adds comments or reports to a hidden idea or reports a hidden comment; moderators still read
 * it and decide on it, and once restored it takes comments again.
 */
describe('moderation: what anyone may do on hidden content', () => {
  let t: TestApp;
  let challenge: { id: string };
  let moderator: TestUser;
  let councilAdmin: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    const council = await createOrganisation(t.db);
    challenge = await insertChallenge(t.db, { organisationId: council.id });
    [moderator, councilAdmin, author] = [await createUser(t.db), await createUser(t.db), await createUser(t.db)];
    await addMember(t.db, council.id, moderator.id, 'moderator');
    await addMember(t.db, council.id, councilAdmin.id, 'admin');
  });
  afterAll(() => t.close());

  const comment = (user: TestUser, ideaId: string) =>
    t
      .http()
      .post(`/api/v1/ideas/${ideaId}/comments`)
      .set(...bearer(user))
      .send({ body: 'A comment' });
  const report = (user: TestUser, ideaId: string, body: Record<string, unknown> = { reason: 'Spam here' }) =>
    t
      .http()
      .post(`/api/v1/ideas/${ideaId}/reports`)
      .set(...bearer(user))
      .send(body);
  const decide = (ideaId: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/api/v1/moderation/ideas/${ideaId}/decision`)
      .set(...bearer(moderator))
      .send(body);

  it('a moderator who hid an idea cannot comment on it or report it, and neither can an admin', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    await decide(idea.id, { action: 'hide', reason: 'Personal details in the text' }).expect(200);
    for (const user of [moderator, councilAdmin]) {
      const c = await comment(user, idea.id);
      expect({ status: c.status, code: c.body.code }).toEqual({ status: 409, code: 'idea_hidden' });
      const r = await report(user, idea.id);
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 409, code: 'idea_hidden' });
    }
    const stored: { n: number }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM idea_comments WHERE idea_id = $1)::int
            + (SELECT count(*) FROM content_reports WHERE idea_id = $1)::int AS n`,
      [idea.id],
    );
    expect(stored[0]?.n).toBe(0);
  });

  it('moderators still read a hidden idea and its comments, and a restored idea takes comments again', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    await comment(author, idea.id).expect(201);
    await decide(idea.id, { action: 'hide', reason: 'Under review' }).expect(200);
    await t
      .http()
      .get(`/api/v1/ideas/${idea.id}/comments`)
      .set(...bearer(moderator))
      .expect(200);
    await t
      .http()
      .get(`/api/v1/ideas/${idea.id}`)
      .set(...bearer(moderator))
      .expect(200);
    await decide(idea.id, { action: 'restore' }).expect(200);
    await comment(moderator, idea.id).expect(201);
  });

  it('a hidden comment cannot be reported again', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const c = (await comment(author, idea.id).expect(201)).body as { id: string };
    await t
      .http()
      .post(`/api/v1/moderation/comments/${c.id}/decision`)
      .set(...bearer(moderator))
      .send({ action: 'hide', reason: 'Rude' })
      .expect(200);
    const res = await report(moderator, idea.id, { reason: 'Rude', commentId: c.id });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'comment_hidden' });
  });
});
