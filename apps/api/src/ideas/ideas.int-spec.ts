import type { IdeaDetail } from '@challenge/contract';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { createTestChallenge, daysFrom, ideaRow, IDEAS_NOW, insertIdea, postIdea } from '../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

describe('ideas: drafting, submitting, editing, withdrawing', () => {
  let t: TestApp;
  let clock: Clock;
  let council: { id: string };
  let author: TestUser;
  let stranger: TestUser;
  let moderator: TestUser;
  let otherAdmin: TestUser;

  const setNow = (date: Date): void => {
    jest.spyOn(clock, 'now').mockReturnValue(date);
  };
  const getIdea = (id: string, user?: TestUser) => {
    const req = t.http().get(`/api/v1/ideas/${id}`);
    return user ? req.set(...bearer(user)) : req;
  };
  const patch = (id: string, user: TestUser, body: Record<string, unknown>) =>
    t
      .http()
      .patch(`/api/v1/ideas/${id}`)
      .set(...bearer(user))
      .send(body);

  beforeAll(async () => {
    t = await createTestApp();
    clock = t.app.get<Clock>(CLOCK);
    council = await createOrganisation(t.db);
    const other = await createOrganisation(t.db);
    author = await createUser(t.db);
    stranger = await createUser(t.db);
    moderator = await createUser(t.db);
    otherAdmin = await createUser(t.db);
    await addMember(t.db, council.id, moderator.id, 'moderator');
    await addMember(t.db, other.id, otherAdmin.id, 'admin');
  });
  beforeEach(() => setNow(IDEAS_NOW));
  afterAll(async () => {
    await t.close();
  });

  describe('submitting', () => {
    it('submits an idea with the rules version in force acknowledged and stores when', async () => {
      const c = await createTestChallenge(t.db, council.id, {
        rules: ['Old rules', 'Be kind'],
        categories: ['Litter'],
      });
      const idea = await postIdea(t.http, author, c.id, {
        title: '  Solar bins  ',
        summary: 'Bins that compact litter',
        category: 'Litter',
        submit: true,
        acknowledgeRulesVersion: 2,
        location: { label: 'High Street', latitude: 51.27, longitude: 1.08 },
      });
      expect(idea).toMatchObject({
        title: 'Solar bins',
        status: 'submitted',
        moderationStatus: 'approved',
        rulesVersion: 2,
        author: { id: author.id },
        location: { label: 'High Street', latitude: 51.27, longitude: 1.08 },
        viewer: { isAuthor: true, isTeamMember: true, canEdit: true, canModerate: false },
      });
      const row = await ideaRow(t.db, idea.id);
      expect(row).toMatchObject({ status: 'submitted', rules_version: 2, category: 'Litter' });
      expect((row?.['rules_acknowledged_at'] as Date).toISOString()).toBe(IDEAS_NOW.toISOString());
      expect((row?.['submitted_at'] as Date).toISOString()).toBe(IDEAS_NOW.toISOString());
    });

    it('refuses a submission without the rules acknowledged (400) or with a stale version (409)', async () => {
      const c = await createTestChallenge(t.db, council.id, { rules: ['v1', 'v2'] });
      const missing = await postIdea(t.http, author, c.id, { title: 'No ack', submit: true }, 400);
      expect(missing.code).toBe('rules_not_acknowledged');
      expect(missing.message).toMatch(/acknowledge the challenge rules \(version 2\)/);
      const stale = await postIdea(
        t.http,
        author,
        c.id,
        { title: 'Stale', submit: true, acknowledgeRulesVersion: 1 },
        409,
      );
      expect(stale.code).toBe('rules_version_stale');
      const count: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM ideas WHERE challenge_id = $1`, [
        c.id,
      ]);
      expect(count[0]?.n).toBe(0);
    });

    it('refuses an unverified account when the challenge requires a verified email, and accepts it when not', async () => {
      const unverified = await createUser(t.db, { verified: false });
      const strict = await createTestChallenge(t.db, council.id);
      const refused = await postIdea(t.http, unverified, strict.id, { title: 'Mine', submit: true }, 403);
      expect(refused.code).toBe('email_unverified');
      await postIdea(t.http, unverified, strict.id, { title: 'A draft is fine' }, 201);
      const relaxed = await createTestChallenge(t.db, council.id, { requiresVerifiedEmail: false });
      await postIdea(t.http, unverified, relaxed.id, { title: 'Mine', submit: true }, 201);
    });

    it('requires an entrant category among the challenge’s when it has any, and a known category', async () => {
      const c = await createTestChallenge(t.db, council.id, {
        entrantCategories: ['public', 'staff'],
        categories: ['Litter', 'Transport'],
      });
      const none = await postIdea(t.http, author, c.id, { title: 'x', category: 'Litter', submit: true }, 400);
      expect(none.message).toMatch(/entrantCategory: Choose the entrant category: one of public, staff/);
      const wrong = await postIdea(
        t.http,
        author,
        c.id,
        { title: 'x', category: 'Litter', entrantCategory: 'councillor', submit: true },
        400,
      );
      expect(wrong.message).toMatch(/"councillor" is not one of this challenge's entrant categories/);
      const badCategory = await postIdea(t.http, author, c.id, { title: 'x', category: 'Parks' }, 400);
      expect(badCategory.message).toMatch(/category: "Parks" is not one of/);
      const ok = await postIdea(t.http, author, c.id, {
        title: 'x',
        category: 'Transport',
        entrantCategory: 'staff',
        submit: true,
      });
      expect(ok.entrantCategory).toBe('staff');
    });

    it('refuses a submission before submissions open (409) but keeps drafts possible until they close', async () => {
      const c = await createTestChallenge(t.db, council.id, {
        submissions: { opensAt: daysFrom(5), closesAt: daysFrom(20) },
      });
      const early = await postIdea(t.http, author, c.id, { title: 'Too early', submit: true }, 409);
      expect(early.code).toBe('submissions_closed');
      const draft = await postIdea(t.http, author, c.id, { title: 'Early draft' });
      expect(draft.status).toBe('draft');
      setNow(daysFrom(21));
      const late = await postIdea(t.http, author, c.id, { title: 'Too late' }, 409);
      expect(late.message).toMatch(/closed/);
    });

    it('puts a submitted idea in the pre-moderation queue: pending, not listed, but its author sees it', async () => {
      const c = await createTestChallenge(t.db, council.id, { preModeration: true });
      const idea = await postIdea(t.http, author, c.id, { title: 'Held for review', submit: true });
      expect(idea.moderationStatus).toBe('pending');
      await getIdea(idea.id).expect(404);
      await getIdea(idea.id, stranger).expect(404);
      await getIdea(idea.id, author).expect(200);
      await getIdea(idea.id, moderator).expect(200);
      const list = await t.http().get(`/api/v1/challenges/${c.id}/ideas`).expect(200);
      expect(list.body).toMatchObject({ items: [], total: 0 });
    });

    it('refuses anonymous callers (401) and unknown or draft challenges (404)', async () => {
      const c = await createTestChallenge(t.db, council.id);
      const res = await t.http().post(`/api/v1/challenges/${c.id}/ideas`).send({ title: 'x' }).expect(401);
      expect(res.body.message).toMatch(/Sign in/);
      const draft = await createTestChallenge(t.db, council.id, { publishedAt: null });
      await postIdea(t.http, author, draft.id, { title: 'x' }, 404);
      await postIdea(t.http, author, '00000000-0000-4000-8000-000000000000', { title: 'x' }, 404);
      const bad = await postIdea(t.http, author, 'not-a-uuid', { title: 'x' }, 400);
      expect(bad.message).toBe('The challenge id must be a UUID');
    });
  });

  describe('reading', () => {
    it('renders the description as safe HTML: raw HTML escaped, javascript: links dropped', async () => {
      const c = await createTestChallenge(t.db, council.id);
      const idea = await postIdea(t.http, author, c.id, {
        title: 'Markdown',
        description:
          '**Bold** <script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)> https://example.org',
        submit: true,
      });
      const html = idea.descriptionHtml;
      expect(html).toContain('<strong>Bold</strong>');
      expect(html).not.toContain('<script');
      expect(html).toContain('&lt;script&gt;');
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).not.toContain('<img');
      expect(html).toContain('<a href="https://example.org">https://example.org</a>');
    });

    it('shows a draft only to its author: not to strangers, moderators or the public', async () => {
      const c = await createTestChallenge(t.db, council.id);
      const draft = await postIdea(t.http, author, c.id, { title: 'Secret draft' });
      await getIdea(draft.id, author).expect(200);
      await getIdea(draft.id, stranger).expect(404);
      await getIdea(draft.id, moderator).expect(404);
      await getIdea(draft.id).expect(404);
      await patch(draft.id, moderator, { title: 'Mine now' }).expect(404);
    });

    it('answers 400 for a malformed idea id, never 500', async () => {
      const res = await getIdea('123').expect(400);
      expect(res.body.message).toBe('The idea id must be a UUID');
    });
  });

  describe('editing', () => {
    it('lets the author edit a submitted idea while submissions are open, not after they close', async () => {
      const c = await createTestChallenge(t.db, council.id);
      const idea = await postIdea(t.http, author, c.id, { title: 'Before', submit: true });
      const edited = await patch(idea.id, author, { title: 'After', summary: null }).expect(200);
      expect((edited.body as IdeaDetail).title).toBe('After');
      setNow(daysFrom(21));
      const refused = await patch(idea.id, author, { title: 'Too late' }).expect(409);
      expect(refused.body).toMatchObject({ code: 'submissions_closed' });
      expect(refused.body.message).toMatch(/only be edited while submissions are open/);
      expect((await ideaRow(t.db, idea.id))?.['title']).toBe('After');
      const view = await getIdea(idea.id, author).expect(200);
      expect((view.body as IdeaDetail).viewer.canEdit).toBe(false);
    });

    it('submits a draft through PATCH with the same checks', async () => {
      const c = await createTestChallenge(t.db, council.id, { rules: ['Rules'], preModeration: true });
      const draft = await postIdea(t.http, author, c.id, { title: 'Draft first' });
      const refused = await patch(draft.id, author, { submit: true }).expect(400);
      expect(refused.body.code).toBe('rules_not_acknowledged');
      const res = await patch(draft.id, author, { submit: true, acknowledgeRulesVersion: 1 }).expect(200);
      expect(res.body).toMatchObject({ status: 'submitted', moderationStatus: 'pending', rulesVersion: 1 });
    });

    it('refuses a non-author (403) and gives other councils’ admins no special powers', async () => {
      const c = await createTestChallenge(t.db, council.id, { preModeration: true });
      const visible = await insertIdea(t.db, c.id, author.id, { title: 'Public one' });
      const pending = await insertIdea(t.db, c.id, author.id, { moderationStatus: 'pending' });
      const res = await patch(visible, stranger, { title: 'Hijacked' }).expect(403);
      expect(res.body.message).toMatch(/Only the idea’s author and co-authors can edit it/);
      await patch(visible, otherAdmin, { title: 'Hijacked' }).expect(403);
      await getIdea(pending, otherAdmin).expect(404);
      await t
        .http()
        .post(`/api/v1/ideas/${visible}/withdraw`)
        .set(...bearer(otherAdmin))
        .expect(403);
      const seen = await getIdea(visible, otherAdmin).expect(200);
      expect((seen.body as IdeaDetail).viewer).toEqual({
        isAuthor: false,
        isTeamMember: false,
        canEdit: false,
        canModerate: false,
      });
      expect((await ideaRow(t.db, visible))?.['title']).toBe('Public one');
    });
  });

  describe('editing under pre-moderation', () => {
    it('an approved idea whose text changes goes back to the moderation queue; other edits keep it public', async () => {
      const c = await createTestChallenge(t.db, council.id, { preModeration: true, categories: ['Parks', 'Roads'] });
      const id = await insertIdea(t.db, c.id, author.id, { title: 'Approved text', category: 'Parks' });
      await patch(id, author, { category: 'Roads' }).expect(200);
      expect((await ideaRow(t.db, id))?.['moderation_status']).toBe('approved');
      const res = await patch(id, author, { title: 'Something else entirely' }).expect(200);
      expect(res.body.moderationStatus).toBe('pending');
      expect((await ideaRow(t.db, id))?.['moderation_status']).toBe('pending');
      const list = await t.http().get(`/api/v1/challenges/${c.id}/ideas`).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    });
  });

  describe('withdrawing', () => {
    it('takes the idea out of the public list; its author still sees it', async () => {
      const c = await createTestChallenge(t.db, council.id);
      const idea = await postIdea(t.http, author, c.id, { title: 'Changed my mind', submit: true });
      let list = await t.http().get(`/api/v1/challenges/${c.id}/ideas`).expect(200);
      expect(list.body.total).toBe(1);
      await t
        .http()
        .post(`/api/v1/ideas/${idea.id}/withdraw`)
        .set(...bearer(stranger))
        .expect(403);
      const res = await t
        .http()
        .post(`/api/v1/ideas/${idea.id}/withdraw`)
        .set(...bearer(author))
        .expect(200);
      expect(res.body).toMatchObject({ status: 'withdrawn', withdrawnAt: IDEAS_NOW.toISOString() });
      list = await t.http().get(`/api/v1/challenges/${c.id}/ideas`).expect(200);
      expect(list.body.total).toBe(0);
      await getIdea(idea.id).expect(404);
      await getIdea(idea.id, author).expect(200);
      await getIdea(idea.id, moderator).expect(200);
      const again = await t
        .http()
        .post(`/api/v1/ideas/${idea.id}/withdraw`)
        .set(...bearer(author))
        .expect(409);
      expect(again.body.message).toMatch(/already withdrawn/);
      await patch(idea.id, author, { title: 'Back' }).expect(409);
    });

    it('is refused once submissions have closed, so the field of entries stays fixed for voting and judging', async () => {
      const c = await createTestChallenge(t.db, council.id, {
        submissions: { opensAt: daysFrom(-30), closesAt: daysFrom(-1) },
      });
      const id = await insertIdea(t.db, c.id, author.id, { title: 'Entered in time', submittedAt: daysFrom(-5) });
      const res = await t
        .http()
        .post(`/api/v1/ideas/${id}/withdraw`)
        .set(...bearer(author))
        .expect(409);
      expect(res.body.code).toBe('submissions_closed');
      expect((await ideaRow(t.db, id))?.['status']).toBe('submitted');
    });
  });
});
