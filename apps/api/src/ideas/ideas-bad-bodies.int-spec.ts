import fc from 'fast-check';
import { bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { createTestChallenge, IDEAS_NOW, postIdea } from '../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

/** Values that are wrong for each field, whatever else the body holds (the challenge has rules v1 and categories). */
const badField: Record<string, fc.Arbitrary<unknown>> = {
  title: fc.oneof(
    fc.constant(''),
    fc.constant('   '),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.string({ minLength: 151, maxLength: 300 }).filter((s) => s.length > 150),
    fc.array(fc.string()),
    fc.constant('a\u0000b'),
  ),
  summary: fc.oneof(fc.integer(), fc.boolean(), fc.constant('x'.repeat(501)), fc.constant('a\u0000b'), fc.object()),
  description: fc.oneof(fc.integer(), fc.constant('x'.repeat(20_001)), fc.array(fc.string(), { minLength: 1 })),
  category: fc.oneof(fc.constant('Parks'), fc.integer(), fc.constant(['Litter']), fc.constant('')),
  entrantCategory: fc.oneof(fc.constant('councillor'), fc.integer(), fc.boolean()),
  location: fc.oneof(
    fc.constant('High Street'),
    fc.constant({ latitude: 91, longitude: 0 }),
    fc.constant({ latitude: 0, longitude: -181 }),
    fc.constant({ latitude: '51.2', longitude: 1 }),
    fc.constant({ latitude: 51 }),
    fc.constant({ label: 'x', latitude: 1, longitude: 1, altitude: 3 }),
    fc.constant([51, 1]),
  ),
  submit: fc.oneof(
    fc.constant('yes'),
    fc.integer(),
    fc.constant(null).map(() => 'true'),
  ),
  acknowledgeRulesVersion: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 2, max: 1000 }),
    fc.constant('1'),
    fc.double({ min: 0.1, max: 0.9, noNaN: true }),
  ),
};

const KNOWN = new Set(Object.keys(badField));
const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !KNOWN.has(k) && !(k in {}));

/** A body with at least one bad field (or an unknown one) on top of an otherwise valid submission. */
const badBody = (base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc.oneof(
    fc
      .subarray(Object.keys(badField), { minLength: 1, maxLength: 3 })
      .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, badField[k] as fc.Arbitrary<unknown>]))))
      .map((bad) => ({ ...base, ...bad })),
    fc.tuple(unknownKey, fc.jsonValue()).map(([k, v]) => ({ ...base, [k]: v })),
  );

describe('ideas: generated bad bodies', () => {
  let t: TestApp;
  let author: TestUser;
  let challenge: { id: string };
  let ideaId: string;
  const valid = {
    title: 'A fine idea',
    category: 'Litter',
    entrantCategory: 'public',
    submit: true,
    acknowledgeRulesVersion: 1,
  };

  const ideaCount = async (): Promise<number> =>
    (
      (await t.db.query(`SELECT count(*)::int AS n FROM ideas WHERE challenge_id = $1`, [challenge.id])) as {
        n: number;
      }[]
    )[0]?.n ?? -1;
  const ideaState = async (): Promise<string> =>
    JSON.stringify(await t.db.query(`SELECT to_jsonb(i) - 'search' AS row FROM ideas i WHERE id = $1`, [ideaId]));
  const expectRefusal = (res: { status: number; body: { message?: unknown } }): void => {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(typeof res.body.message).toBe('string');
    expect((res.body.message as string).length).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(IDEAS_NOW);
    const council = await createOrganisation(t.db);
    author = await createUser(t.db);
    challenge = await createTestChallenge(t.db, council.id, {
      categories: ['Litter', 'Transport'],
      entrantCategories: ['public', 'staff'],
      rules: ['Be kind'],
    });
    ideaId = (await postIdea(t.http, author, challenge.id, { title: 'Draft to patch', category: 'Litter' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a valid body is accepted (the baseline the bad bodies spoil)', async () => {
    const before = await ideaCount();
    await postIdea(t.http, author, challenge.id, valid, 201);
    expect(await ideaCount()).toBe(before + 1);
  });

  it('POST /challenges/:id/ideas answers every bad body with a 4xx and a message, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(badBody(valid), async (body) => {
        const before = await ideaCount();
        const res = await t
          .http()
          .post(`/api/v1/challenges/${challenge.id}/ideas`)
          .set(...bearer(author))
          .send(body);
        expectRefusal(res);
        expect(await ideaCount()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('PATCH /ideas/:id answers every bad body with a 4xx and a message, and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        badBody({ submit: true, acknowledgeRulesVersion: 1, entrantCategory: 'staff' }),
        async (body) => {
          const before = await ideaState();
          const res = await t
            .http()
            .patch(`/api/v1/ideas/${ideaId}`)
            .set(...bearer(author))
            .send(body);
          expectRefusal(res);
          expect(await ideaState()).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
