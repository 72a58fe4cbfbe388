import type { Comment, ModerationItem, Page } from '@challenge/contract';
import { latestMail } from '../../test/accounts-helpers';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { auditRows, commentRow, ideaRow, insertChallenge, insertIdea, reportRows } from '../../test/moderation-helpers';
import { createTestApp, TestApp } from '../../test/test-app';

describe('moderation', () => {
  let t: TestApp;
  let council: { id: string };
  let partner: { id: string };
  let other: { id: string };
  let challenge: { id: string; title: string };
  let coHosted: { id: string };
  let moderator: TestUser;
  let councilAdmin: TestUser;
  let partnerModerator: TestUser;
  let otherModerator: TestUser;
  let author: TestUser;
  let resident: TestUser;

  const decide = (
    user: TestUser | undefined,
    kind: 'ideas' | 'comments',
    id: string,
    body: Record<string, unknown>,
  ) => {
    const req = t.http().post(`/api/v1/moderation/${kind}/${id}/decision`);
    if (user) req.set(...bearer(user));
    return req.send(body);
  };
  const queue = async (user: TestUser, query: Record<string, string>): Promise<Page<ModerationItem>> =>
    (
      await t
        .http()
        .get('/api/v1/moderation/queue')
        .query(query)
        .set(...bearer(user))
        .expect(200)
    ).body as Page<ModerationItem>;
  const publicComments = async (ideaId: string): Promise<string[]> =>
    ((await t.http().get(`/api/v1/ideas/${ideaId}/comments`).expect(200)).body as Comment[]).map((c) => c.id);
  const postComment = async (user: TestUser, ideaId: string, body = 'A comment'): Promise<Comment> =>
    (
      await t
        .http()
        .post(`/api/v1/ideas/${ideaId}/comments`)
        .set(...bearer(user))
        .send({ body })
        .expect(201)
    ).body as Comment;
  const reportIt = (user: TestUser, ideaId: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/api/v1/ideas/${ideaId}/reports`)
      .set(...bearer(user))
      .send(body)
      .expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    [council, partner, other] = [
      await createOrganisation(t.db),
      await createOrganisation(t.db),
      await createOrganisation(t.db),
    ];
    challenge = await insertChallenge(t.db, { organisationId: council.id });
    coHosted = await insertChallenge(t.db, { organisationId: council.id, coHostIds: [partner.id] });
    [moderator, councilAdmin, partnerModerator, otherModerator, author, resident] = [
      await createUser(t.db),
      await createUser(t.db),
      await createUser(t.db),
      await createUser(t.db),
      await createUser(t.db),
      await createUser(t.db),
    ];
    await addMember(t.db, council.id, moderator.id, 'moderator');
    await addMember(t.db, council.id, councilAdmin.id, 'admin');
    await addMember(t.db, partner.id, partnerModerator.id, 'moderator');
    await addMember(t.db, other.id, otherModerator.id, 'moderator');
  });
  afterAll(() => t.close());

  it('the hosting council’s moderator sees pending, reported and hidden items, with their reports', async () => {
    const pendingIdea = await insertIdea(t.db, {
      challengeId: challenge.id,
      authorId: author.id,
      moderationStatus: 'pending',
    });
    const hiddenIdea = await insertIdea(t.db, {
      challengeId: challenge.id,
      authorId: author.id,
      moderationStatus: 'hidden',
      hiddenReason: 'Personal data',
    });
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const reported = await postComment(author, idea.id, 'Rude words');
    await reportIt(resident, idea.id, { reason: 'Abusive', commentId: reported.id });
    const quiet = await postComment(author, idea.id, 'Nice words');
    const draft = await insertIdea(t.db, {
      challengeId: challenge.id,
      authorId: author.id,
      status: 'draft',
      moderationStatus: 'pending',
    });

    const all = await queue(moderator, { organisationId: council.id, pageSize: '100' });
    const ids = all.items.map((i) => i.targetId);
    expect(ids).toEqual(expect.arrayContaining([pendingIdea.id, hiddenIdea.id, reported.id]));
    expect(ids).not.toContain(quiet.id);
    expect(ids).not.toContain(idea.id);
    expect(ids).not.toContain(draft.id);
    const item = all.items.find((i) => i.targetId === reported.id);
    expect(item).toMatchObject({
      targetType: 'comment',
      ideaId: idea.id,
      challengeId: challenge.id,
      challengeTitle: challenge.title,
      text: 'Rude words',
      author: { id: author.id },
      moderationStatus: 'approved',
      reports: [{ reason: 'Abusive', status: 'open' }],
    });
    expect(all.items.find((i) => i.targetId === hiddenIdea.id)?.hiddenReason).toBe('Personal data');

    const only = async (status: string): Promise<string[]> =>
      (await queue(moderator, { organisationId: council.id, status, pageSize: '100' })).items.map((i) => i.targetId);
    expect(await only('pending')).toContain(pendingIdea.id);
    expect(await only('pending')).not.toContain(reported.id);
    expect(await only('reported')).toEqual([reported.id]);
    expect(await only('hidden')).toContain(hiddenIdea.id);
    expect((await queue(councilAdmin, { organisationId: council.id })).total).toBe(all.total);
    expect((await queue(moderator, {})).total).toBe(all.total);
  });

  it('a moderator hides a reported comment with a reason: gone from public view, kept, audited, author told; restore brings it back', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const c = await postComment(resident, idea.id, 'Spammy link');
    await reportIt(author, idea.id, { reason: 'Spam', commentId: c.id });
    expect((await ideaRow(t.db, idea.id)).comment_count).toBe(1);

    const res = await decide(moderator, 'comments', c.id, { action: 'hide', reason: 'Advertising' }).expect(200);
    expect(res.body).toMatchObject({
      targetId: c.id,
      moderationStatus: 'hidden',
      hiddenReason: 'Advertising',
      reports: [{ status: 'resolved' }],
    });
    expect(await publicComments(idea.id)).toEqual([]);
    expect(await commentRow(t.db, c.id)).toEqual({
      moderation_status: 'hidden',
      hidden_reason: 'Advertising',
      body: 'Spammy link',
    });
    expect((await ideaRow(t.db, idea.id)).comment_count).toBe(0);
    expect(await reportRows(t.db, { ideaId: idea.id, commentId: c.id })).toEqual([
      expect.objectContaining({ status: 'resolved', resolved_by: moderator.id }),
    ]);
    const audit = await auditRows(t.db, c.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'moderation.comment_hidden',
        organisation_id: council.id,
        actor_user_id: moderator.id,
        details: expect.objectContaining({ reason: 'Advertising', from: 'approved', to: 'hidden' }),
      }),
    ]);
    expect((await latestMail(t.db, resident.email, 'comment-hidden'))?.body_text).toContain('Advertising');
    const asAuthor = (
      await t
        .http()
        .get(`/api/v1/ideas/${idea.id}/comments`)
        .set(...bearer(resident))
        .expect(200)
    ).body as Comment[];
    expect(asAuthor).toEqual([
      expect.objectContaining({ id: c.id, moderationStatus: 'hidden', hiddenReason: 'Advertising' }),
    ]);

    await decide(moderator, 'comments', c.id, { action: 'restore' }).expect(200);
    expect(await publicComments(idea.id)).toEqual([c.id]);
    expect((await ideaRow(t.db, idea.id)).comment_count).toBe(1);
    expect((await auditRows(t.db, c.id)).map((a) => a.action)).toEqual([
      'moderation.comment_hidden',
      'moderation.comment_restored',
    ]);
    await decide(moderator, 'comments', c.id, { action: 'restore' }).expect(409);
  });

  it('hiding needs a reason (400), and nothing changes', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const c = await postComment(resident, idea.id);
    for (const body of [{ action: 'hide' }, { action: 'hide', reason: '   ' }]) {
      const res = await decide(moderator, 'comments', c.id, body).expect(400);
      expect(res.body.message).toMatch(/reason/);
      await decide(moderator, 'ideas', idea.id, body).expect(400);
    }
    expect(await commentRow(t.db, c.id)).toMatchObject({ moderation_status: 'approved' });
    expect(await ideaRow(t.db, idea.id)).toMatchObject({ moderation_status: 'approved', comment_count: 1 });
    expect(await auditRows(t.db, c.id)).toEqual([]);
  });

  it('approving a pending idea publishes it and tells its author; hiding one tells them why', async () => {
    const pending = await insertIdea(t.db, {
      challengeId: challenge.id,
      authorId: author.id,
      moderationStatus: 'pending',
    });
    await decide(moderator, 'ideas', pending.id, { action: 'approve' }).expect(200);
    expect(await ideaRow(t.db, pending.id)).toMatchObject({ moderation_status: 'approved', hidden_reason: null });
    expect((await latestMail(t.db, author.email, 'idea-approved'))?.body_text).toContain(pending.title);
    await decide(moderator, 'ideas', pending.id, { action: 'approve' }).expect(409);

    await reportIt(resident, pending.id, { reason: 'Offensive' });
    const res = await decide(councilAdmin, 'ideas', pending.id, {
      action: 'hide',
      reason: 'Offensive language',
    }).expect(200);
    expect(res.body).toMatchObject({ targetType: 'idea', moderationStatus: 'hidden' });
    expect(await ideaRow(t.db, pending.id)).toMatchObject({
      moderation_status: 'hidden',
      hidden_reason: 'Offensive language',
    });
    expect((await latestMail(t.db, author.email, 'idea-hidden'))?.body_text).toContain('Offensive language');
    expect(await reportRows(t.db, { ideaId: pending.id })).toEqual([expect.objectContaining({ status: 'resolved' })]);
    const audit = await auditRows(t.db, pending.id);
    expect(audit.map((a) => [a.action, a.organisation_id])).toEqual([
      ['moderation.idea_approved', council.id],
      ['moderation.idea_hidden', council.id],
    ]);
    expect(audit[1]?.details).toMatchObject({ reason: 'Offensive language' });
    await t.http().get(`/api/v1/ideas/${pending.id}/comments`).expect(404);
  });

  it('dismissing closes the open reports and leaves the content alone', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const c = await postComment(author, idea.id, 'Fine words');
    await reportIt(resident, idea.id, { reason: 'I disagree', commentId: c.id });
    const res = await decide(moderator, 'comments', c.id, { action: 'dismiss' }).expect(200);
    expect(res.body).toMatchObject({ moderationStatus: 'approved', reports: [{ status: 'dismissed' }] });
    expect(await publicComments(idea.id)).toEqual([c.id]);
    expect((await auditRows(t.db, c.id)).map((a) => a.action)).toEqual(['moderation.comment_reports_dismissed']);
    const again = await decide(moderator, 'comments', c.id, { action: 'dismiss' }).expect(409);
    expect(again.body.message).toMatch(/no open reports/);
  });

  it('another council’s moderator, a resident and an anonymous caller are refused', async () => {
    const idea = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const c = await postComment(resident, idea.id);
    const pending = await insertIdea(t.db, {
      challengeId: challenge.id,
      authorId: author.id,
      moderationStatus: 'pending',
    });
    for (const user of [otherModerator, resident]) {
      const res = await t
        .http()
        .get('/api/v1/moderation/queue')
        .query({ organisationId: council.id })
        .set(...bearer(user))
        .expect(403);
      expect(res.body.message).toMatch(/moderator or admin/);
      await decide(user, 'comments', c.id, { action: 'hide', reason: 'No' }).expect(403);
      await decide(user, 'ideas', idea.id, { action: 'hide', reason: 'No' }).expect(403);
      await decide(user, 'ideas', pending.id, { action: 'approve' }).expect(404);
    }
    await t.http().get('/api/v1/moderation/queue').query({ organisationId: council.id }).expect(401);
    await decide(undefined, 'comments', c.id, { action: 'hide', reason: 'No' }).expect(401);
    await decide(undefined, 'ideas', idea.id, { action: 'approve' }).expect(401);
    await t
      .http()
      .get('/api/v1/moderation/queue')
      .set(...bearer(resident))
      .expect(403);
    expect(await commentRow(t.db, c.id)).toMatchObject({ moderation_status: 'approved' });
    expect(await ideaRow(t.db, pending.id)).toMatchObject({ moderation_status: 'pending' });
    expect(await auditRows(t.db, c.id)).toEqual([]);
    await decide(moderator, 'ideas', '00000000-0000-4000-8000-000000000000', { action: 'approve' }).expect(404);
    await decide(moderator, 'ideas', 'nope', { action: 'approve' }).expect(400);
    await decide(moderator, 'comments', '12', { action: 'approve' }).expect(400);
  });

  it('a moderator of a co-hosting council moderates the co-hosted challenge, audited against the lead council', async () => {
    const idea = await insertIdea(t.db, { challengeId: coHosted.id, authorId: author.id });
    const c = await postComment(resident, idea.id, 'Off topic');
    await reportIt(author, idea.id, { reason: 'Off topic', commentId: c.id });
    const items = await queue(partnerModerator, { organisationId: partner.id, status: 'reported' });
    expect(items.items.map((i) => i.targetId)).toEqual([c.id]);
    await decide(partnerModerator, 'comments', c.id, { action: 'hide', reason: 'Off topic' }).expect(200);
    expect(await auditRows(t.db, c.id)).toEqual([
      expect.objectContaining({ action: 'moderation.comment_hidden', organisation_id: council.id }),
    ]);
    const partnerQueue = await queue(partnerModerator, { organisationId: partner.id, pageSize: '100' });
    expect(partnerQueue.items.every((i) => i.challengeId === coHosted.id)).toBe(true);
    await decide(
      partnerModerator,
      'ideas',
      (await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id })).id,
      {
        action: 'hide',
        reason: 'x',
      },
    ).expect(403);
  });

  it('a moderator cannot decide on their own idea or their own comment', async () => {
    const own = await insertIdea(t.db, {
      challengeId: challenge.id,
      authorId: moderator.id,
      moderationStatus: 'pending',
    });
    const refused = await decide(moderator, 'ideas', own.id, { action: 'approve' }).expect(403);
    expect(refused.body.code).toBe('own_content');
    expect((await ideaRow(t.db, own.id))?.moderation_status).toBe('pending');

    const someoneElses = await insertIdea(t.db, { challengeId: challenge.id, authorId: author.id });
    const comment = await postComment(moderator, someoneElses.id, 'My own remark');
    await decide(moderator, 'comments', comment.id, { action: 'hide', reason: 'Testing' }).expect(403);
    expect((await commentRow(t.db, comment.id))?.moderation_status).toBe('approved');
  });
});
