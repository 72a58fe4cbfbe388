import type { Comment, Report } from '@challenge/contract';
import { latestMail, mailsTo } from '../../test/accounts-helpers';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { commentRow, ideaRow, insertChallenge, insertIdea, reportRows } from '../../test/moderation-helpers';
import { createTestApp, TestApp } from '../../test/test-app';

describe('comments and reports', () => {
  let t: TestApp;
  let council: { id: string };
  let challenge: { id: string };
  let preModerated: { id: string };
  let author: TestUser;
  let resident: TestUser;
  let unverified: TestUser;
  let moderator: TestUser;

  const comment = (user: TestUser, ideaId: string, body: unknown = 'Great idea!') =>
    t
      .http()
      .post(`/api/v1/ideas/${ideaId}/comments`)
      .set(...bearer(user))
      .send({ body });
  const listAs = async (ideaId: string, user?: TestUser): Promise<Comment[]> => {
    const req = t.http().get(`/api/v1/ideas/${ideaId}/comments`);
    if (user) req.set(...bearer(user));
    return (await req.expect(200)).body as Comment[];
  };
  const report = (user: TestUser, ideaId: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/api/v1/ideas/${ideaId}/reports`)
      .set(...bearer(user))
      .send(body);
  const commentCount = (ideaId: string): Promise<number> =>
    t.db.query(`SELECT count(*)::int AS n FROM idea_comments WHERE idea_id = $1`, [ideaId]).then((r) => r[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    council = await createOrganisation(t.db);
    challenge = await insertChallenge(t.db, { organisationId: council.id });
    preModerated = await insertChallenge(t.db, { organisationId: council.id, preModeration: true });
    author = await createUser(t.db);
    resident = await createUser(t.db);
    unverified = await createUser(t.db, { verified: false });
    moderator = await createUser(t.db);
    await addMember(t.db, council.id, moderator.id, 'moderator');
  });
  afterAll(() => t.close());

  it('a verified resident comments on a visible idea: listed for everyone, counted, and the author is emailed', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const res = await comment(resident, idea.id, '  Love this, how about bins too?  ').expect(201);
    expect(res.body).toMatchObject({
      ideaId: idea.id,
      body: 'Love this, how about bins too?',
      moderationStatus: 'approved',
      author: { id: resident.id, displayName: resident.displayName },
    });
    expect((await listAs(idea.id)).map((c) => c.id)).toEqual([res.body.id]);
    expect((await ideaRow(t.db, idea.id)).comment_count).toBe(1);
    const mail = await latestMail(t.db, author.email, 'idea-commented');
    expect(mail?.body_text).toContain(idea.title);
    expect(mail?.body_text).toContain(`/ideas/${idea.id}`);

    const own = await comment(author, idea.id, 'Thanks!').expect(201);
    expect((await mailsTo(t.db, author.email)).filter((m) => m.template === 'idea-commented')).toHaveLength(1);
    expect((await listAs(idea.id)).map((c) => c.id)).toEqual([res.body.id, own.body.id]);
    expect((await ideaRow(t.db, idea.id)).comment_count).toBe(2);
  });

  it('an unverified account cannot comment (403) and nothing is stored', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const res = await comment(unverified, idea.id).expect(403);
    expect(res.body.message).toMatch(/verify your email/i);
    expect(await commentCount(idea.id)).toBe(0);
  });

  it('an anonymous visitor reads comments but cannot comment or report (401)', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    await t.http().get(`/api/v1/ideas/${idea.id}/comments`).expect(200);
    await t.http().post(`/api/v1/ideas/${idea.id}/comments`).send({ body: 'Hi' }).expect(401);
    await t.http().post(`/api/v1/ideas/${idea.id}/reports`).send({ reason: 'Spam' }).expect(401);
    expect(await commentCount(idea.id)).toBe(0);
  });

  it('nobody comments on someone else’s draft or hidden idea (404), nor on their own draft (409)', async () => {
    const draft = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id, status: 'draft' });
    const hidden = await insertIdea(t.db, {
      challengeId: challenge.id,
      authorId: author.id,
      moderationStatus: 'hidden',
    });
    for (const idea of [draft, hidden]) {
      await comment(resident, idea.id).expect(404);
      await t.http().get(`/api/v1/ideas/${idea.id}/comments`).expect(404);
      await report(resident, idea.id, { reason: 'Spam' }).expect(404);
    }
    await comment(moderator, draft.id).expect(404);
    const res = await comment(author, draft.id).expect(409);
    expect(res.body.message).toMatch(/submitted/);
    expect(await listAs(hidden.id, author)).toEqual([]);
    expect(await commentCount(draft.id)).toBe(0);
    expect(await commentCount(hidden.id)).toBe(0);
  });

  it('refuses malformed ids with 400, and unknown ideas with 404', async () => {
    await t.http().get('/api/v1/ideas/not-a-uuid/comments').expect(400);
    await comment(resident, 'not-a-uuid').expect(400);
    await report(resident, '123', { reason: 'Spam' }).expect(400);
    await comment(resident, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('pre-moderation: a comment waits, seen only by its author and moderators, until approved', async () => {
    const idea = await insertIdea(t.db, { challengeId: preModerated.id, authorId: author.id });
    const res = await comment(resident, idea.id, 'Please consider wheelchair users').expect(201);
    const id = (res.body as Comment).id;
    expect(res.body.moderationStatus).toBe('pending');
    expect(await listAs(idea.id)).toEqual([]);
    expect(await listAs(idea.id, author)).toEqual([]);
    expect((await listAs(idea.id, resident)).map((c) => [c.id, c.moderationStatus])).toEqual([[id, 'pending']]);
    expect((await listAs(idea.id, moderator)).map((c) => c.id)).toEqual([id]);
    expect((await ideaRow(t.db, idea.id)).comment_count).toBe(0);
    expect(await latestMail(t.db, author.email, 'idea-commented').then((m) => m?.body_text ?? '')).not.toContain(
      idea.title,
    );

    await t
      .http()
      .post(`/api/v1/moderation/comments/${id}/decision`)
      .set(...bearer(moderator))
      .send({ action: 'approve' })
      .expect(200);
    expect((await listAs(idea.id)).map((c) => [c.id, c.moderationStatus])).toEqual([[id, 'approved']]);
    expect((await ideaRow(t.db, idea.id)).comment_count).toBe(1);
    expect((await latestMail(t.db, author.email, 'idea-commented'))?.body_text).toContain(idea.title);

    const byModerator = await comment(moderator, idea.id, 'Thanks, noted').expect(201);
    expect(byModerator.body.moderationStatus).toBe('approved');
  });

  it('a second open report by the same person on the same target is the same report (200)', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const first = await report(resident, idea.id, { reason: 'Offensive title' }).expect(201);
    expect(first.body).toMatchObject({ ideaId: idea.id, commentId: null, status: 'open', reason: 'Offensive title' });
    const again = await report(resident, idea.id, { reason: 'Still offensive' }).expect(200);
    expect((again.body as Report).id).toBe(first.body.id);
    await report(moderator, idea.id, { reason: 'Agreed' }).expect(201);
    expect(await reportRows(t.db, { ideaId: idea.id })).toHaveLength(2);

    const c = (await comment(author, idea.id, 'Buy my product').expect(201)).body as Comment;
    const onComment = await report(resident, idea.id, { reason: 'Advertising', commentId: c.id }).expect(201);
    expect(onComment.body).toMatchObject({ commentId: c.id, status: 'open' });
    await report(resident, idea.id, { reason: 'Advertising', commentId: c.id }).expect(200);
    expect(await reportRows(t.db, { ideaId: idea.id, commentId: c.id })).toHaveLength(1);
  });

  it('a comment can only be reported on its own idea, and only when the reporter can see it', async () => {
    const idea = await insertIdea(t.db, { challengeId: preModerated.id, authorId: author.id });
    const other = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const pending = (await comment(author, idea.id, 'Pending words').expect(201)).body as Comment;
    await report(resident, idea.id, { reason: 'Spam', commentId: pending.id }).expect(404);
    await report(resident, other.id, { reason: 'Spam', commentId: pending.id }).expect(404);
    await report(moderator, idea.id, { reason: 'Check this', commentId: pending.id }).expect(201);
    expect(await commentRow(t.db, pending.id)).toMatchObject({ moderation_status: 'pending' });
    expect(await reportRows(t.db, { ideaId: idea.id, commentId: pending.id })).toHaveLength(1);
  });
});
