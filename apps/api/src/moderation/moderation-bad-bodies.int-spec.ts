import fc from 'fast-check';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { insertChallenge, insertIdea } from '../../test/moderation-helpers';
import { createTestApp, TestApp } from '../../test/test-app';

type Res = { status: number; body: { message?: unknown } };

const notText = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const blank = fc.constantFrom('', ' ', '   ', '\t \n', '\u00a0');
const withNul = fc.string({ maxLength: 20 }).map((s) => `${s}\u0000x`);
const tooLong = (max: number): fc.Arbitrary<string> => fc.constant('x'.repeat(max + 1));
const badText = (max: number): fc.Arbitrary<unknown> => fc.oneof(notText, blank, withNul, tooLong(max));
const badUuid = fc.oneof(
  fc.constantFrom('not-a-uuid', '123', '', '00000000-0000-0000-0000-00000000000g'),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.uuid(), { minLength: 1, maxLength: 2 }),
);
const unknownKey = (known: string[]): fc.Arbitrary<string> =>
  fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.includes(k) && !(k in {}));

/** A body that is wrong in at least one way: a bad field, a missing required one, or an unknown one. */
const badBody = (
  good: Record<string, unknown>,
  bad: Record<string, fc.Arbitrary<unknown>>,
  required: string[],
): fc.Arbitrary<Record<string, unknown>> =>
  fc.oneof(
    fc
      .subarray(Object.keys(bad), { minLength: 1 })
      .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, bad[k] as fc.Arbitrary<unknown>]))))
      .map((fields) => ({ ...good, ...fields })),
    fc.constantFrom(...required).map((k) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== k))),
    fc.tuple(unknownKey(Object.keys(good)), fc.jsonValue()).map(([k, v]) => ({ ...good, [k]: v })),
  );

describe('comments, reports and decisions: generated bad bodies', () => {
  let t: TestApp;
  let moderator: TestUser;
  let resident: TestUser;
  let ideaId: string;
  let commentId: string;

  const snapshot = async (): Promise<string> =>
    JSON.stringify(
      await t.db.query(
        `SELECT (SELECT count(*) FROM idea_comments) AS comments, (SELECT count(*) FROM content_reports) AS reports,
                (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM outbox_emails) AS mails,
                (SELECT json_agg(json_build_array(id, moderation_status, hidden_reason, comment_count)) FROM ideas) AS ideas,
                (SELECT json_agg(json_build_array(id, moderation_status, hidden_reason)) FROM idea_comments) AS cms`,
      ),
    );
  const expectRefusal = (res: Res): void => {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(typeof res.body.message).toBe('string');
    expect((res.body.message as string).length).toBeGreaterThan(0);
  };
  const post = (path: string, body: unknown, user: TestUser) =>
    t
      .http()
      .post(path)
      .set(...bearer(user))
      .send(body as object);

  beforeAll(async () => {
    t = await createTestApp();
    const council = await createOrganisation(t.db);
    moderator = await createUser(t.db);
    resident = await createUser(t.db);
    await addMember(t.db, council.id, moderator.id, 'moderator');
    const challenge = await insertChallenge(t.db, { organisationId: council.id });
    ideaId = (await insertIdea(t.db, { challengeId: challenge.id, authorId: moderator.id })).id;
    const res = await post(`/api/v1/ideas/${ideaId}/comments`, { body: 'Target' }, moderator).expect(201);
    commentId = res.body.id;
  });
  afterAll(() => t.close());

  it('POST /ideas/:id/comments answers every bad body with a 4xx and a message, and stores nothing', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(badBody({ body: 'A fine comment' }, { body: badText(5000) }, ['body']), async (body) => {
        expectRefusal(await post(`/api/v1/ideas/${ideaId}/comments`, body, resident));
      }),
      { numRuns: 100 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('POST /ideas/:id/reports answers every bad body with a 4xx and a message, and stores nothing', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        badBody(
          { reason: 'Spam' },
          {
            reason: badText(1000),
            commentId: fc.oneof(badUuid, fc.constant('00000000-0000-4000-8000-000000000000')),
          },
          ['reason'],
        ),
        async (body) => {
          expectRefusal(await post(`/api/v1/ideas/${ideaId}/reports`, body, resident));
        },
      ),
      { numRuns: 100 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('POST /moderation/…/decision answers every bad body with a 4xx and a message, and changes nothing', async () => {
    const before = await snapshot();
    const decisions = badBody(
      { action: 'hide', reason: 'Because' },
      {
        action: fc.oneof(notText, fc.constantFrom('delete', 'HIDE', 'approve ', '')),
        reason: badText(1000),
      },
      ['action', 'reason'],
    );
    await fc.assert(
      fc.asyncProperty(decisions, fc.boolean(), async (body, onIdea) => {
        const path = onIdea
          ? `/api/v1/moderation/ideas/${ideaId}/decision`
          : `/api/v1/moderation/comments/${commentId}/decision`;
        expectRefusal(await post(path, body, moderator));
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('refuses bodies that are not JSON objects', async () => {
    const before = await snapshot();
    for (const raw of ['[]', '"text"', '42', '{"body":', 'null']) {
      for (const path of [
        `/api/v1/ideas/${ideaId}/comments`,
        `/api/v1/ideas/${ideaId}/reports`,
        `/api/v1/moderation/comments/${commentId}/decision`,
      ]) {
        const res = await t
          .http()
          .post(path)
          .set(...bearer(moderator))
          .set('Content-Type', 'application/json')
          .send(raw);
        expectRefusal(res);
      }
    }
    expect(await snapshot()).toBe(before);
  });
});
