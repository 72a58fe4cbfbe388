import type { IdeaSummary, Page, SimilarIdea } from '@challenge/contract';
import { bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { cookie } from '../../test/accounts-helpers';
import { createTestChallenge, daysFrom, IDEAS_NOW, insertIdea } from '../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

type ListPage = Page<IdeaSummary>;

describe('ideas: listing, search, sorts and similar-idea hints', () => {
  let t: TestApp;
  let council: { id: string };
  let author: TestUser;
  let voter: TestUser;
  let challenge: { id: string };
  const ids: string[] = [];

  const list = async (query: Record<string, string | number>, user?: TestUser, vid?: string): Promise<ListPage> => {
    let req = t.http().get(`/api/v1/challenges/${challenge.id}/ideas`).query(query);
    if (user) req = req.set(...bearer(user));
    if (vid) req = req.set('Cookie', `vid=${vid}`);
    return (await req.expect(200)).body as ListPage;
  };
  const titles = (page: ListPage): string[] => page.items.map((i) => i.title);

  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(IDEAS_NOW);
    council = await createOrganisation(t.db);
    author = await createUser(t.db, { displayName: 'Ada Author' });
    voter = await createUser(t.db);
    challenge = await createTestChallenge(t.db, council.id, {
      categories: ['Litter', 'Transport'],
      voting: { opensAt: daysFrom(-5), closesAt: daysFrom(30) },
    });
    const specs = [
      { title: 'Solar powered litter bins', category: 'Litter', voteCount: 5, day: -9 },
      { title: 'Community litter picking days', category: 'Litter', voteCount: 12, day: -8 },
      { title: 'Electric bus for the old town', category: 'Transport', voteCount: 3, day: -7 },
      { title: 'Bike racks at every school', category: 'Transport', voteCount: 8, day: -6, summary: 'Cycling safely' },
      { title: 'Recycling rewards app', category: 'Litter', voteCount: 1, day: -5, description: 'Points for plastic' },
      { title: 'Park benches from recycled plastic', category: null, voteCount: 0, day: -4 },
    ];
    for (const s of specs) {
      ids.push(
        await insertIdea(t.db, challenge.id, author.id, {
          title: s.title,
          category: s.category,
          voteCount: s.voteCount,
          submittedAt: daysFrom(s.day),
          summary: s.summary,
          description: s.description,
        }),
      );
    }
    await insertIdea(t.db, challenge.id, author.id, { title: 'Hidden litter idea', moderationStatus: 'hidden' });
    await insertIdea(t.db, challenge.id, author.id, { title: 'Draft litter idea', status: 'draft' });
    await insertIdea(t.db, challenge.id, author.id, { title: 'Withdrawn litter idea', status: 'withdrawn' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists only submitted, approved ideas with author names and counts', async () => {
    const page = await list({ sort: 'recent' });
    expect(page.total).toBe(6);
    expect(page.items[0]).toMatchObject({
      title: 'Park benches from recycled plastic',
      author: { id: author.id, displayName: 'Ada Author' },
      voteCount: 0,
      commentCount: 0,
      status: 'submitted',
    });
    expect(titles(page).join()).not.toMatch(/Hidden|Draft|Withdrawn/);
  });

  it('sorts top by vote count and recent by submission date', async () => {
    expect((await list({ sort: 'top' })).items.map((i) => i.voteCount)).toEqual([12, 8, 5, 3, 1, 0]);
    const recent = await list({ sort: 'recent' });
    const dates = recent.items.map((i) => i.submittedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by category and searches the full text, most relevant first', async () => {
    const litter = await list({ category: 'Litter', sort: 'top' });
    expect(titles(litter)).toEqual([
      'Community litter picking days',
      'Solar powered litter bins',
      'Recycling rewards app',
    ]);
    const found = await list({ q: 'litter' });
    expect(found.total).toBe(2);
    expect(titles(await list({ q: 'plastic' }))).toEqual(
      expect.arrayContaining(['Park benches from recycled plastic', 'Recycling rewards app']),
    );
    expect(titles(await list({ q: 'cycling' }))).toEqual(['Bike racks at every school']);
    expect((await list({ q: '"electric bus" -school' })).total).toBe(1);
    expect((await list({ q: 'nothing matches this' })).total).toBe(0);
  });

  it('shuffles randomly by default while voting is open, stable for one visitor across pages and requests', async () => {
    const first = await list({ pageSize: 3 }, voter);
    const second = await list({ pageSize: 3, page: 2 }, voter);
    const again = await list({ pageSize: 6 }, voter);
    expect([...titles(first), ...titles(second)]).toEqual(titles(again));
    expect(new Set(titles(again)).size).toBe(6);
  });

  it('gives different visitors different orders, keyed by account, visitor cookie or seed', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) orders.add(titles(await list({ seed: `visitor-${i}` })).join('|'));
    expect(orders.size).toBeGreaterThan(1);
    const res = await t.http().get(`/api/v1/challenges/${challenge.id}/ideas`).expect(200);
    const vid = cookie(res.headers['set-cookie'], 'vid');
    expect(vid?.line).toMatch(/HttpOnly/);
    expect(vid?.line).toMatch(/SameSite=Lax/);
    expect(vid?.line).toMatch(/Max-Age=31536000/);
    const a = await list({}, undefined, vid?.value);
    const b = await list({}, undefined, vid?.value);
    expect(titles(a)).toEqual(titles(b));
    expect(titles(a)).toEqual(titles(await list({ seed: vid?.value ?? '' })));
  });

  it('suggests similar ideas for a title being typed, and none under 3 characters', async () => {
    const similar = async (title: string): Promise<SimilarIdea[]> =>
      (await t.http().get(`/api/v1/challenges/${challenge.id}/ideas/similar`).query({ title }).expect(200))
        .body as SimilarIdea[];
    const hints = await similar('solar litter bin');
    expect(hints[0]).toMatchObject({ title: 'Solar powered litter bins', voteCount: 5 });
    expect(hints.length).toBeLessThanOrEqual(5);
    expect(hints.map((h) => h.title).join()).not.toMatch(/Hidden|Draft|Withdrawn/);
    expect((await similar('Bike racks at schools'))[0]?.title).toBe('Bike racks at every school');
    expect(await similar('bi')).toEqual([]);
    expect(await similar('zzzz qqqq')).toEqual([]);
  });

  it('refuses bad queries with a message and hides draft challenges', async () => {
    const res = await t
      .http()
      .get(`/api/v1/challenges/${challenge.id}/ideas`)
      .query({ sort: 'best', pageSize: 500 })
      .expect(400);
    expect(res.body.message).toMatch(/sort must be one of random, top, recent/);
    expect(res.body.message).toMatch(/pageSize must be at most 100/);
    const draft = await createTestChallenge(t.db, council.id, { publishedAt: null });
    await t.http().get(`/api/v1/challenges/${draft.id}/ideas`).expect(404);
    await t.http().get(`/api/v1/challenges/nope/ideas`).expect(400);
  });

  it('pages through 10,000 ideas correctly in every sort', async () => {
    const big = await createTestChallenge(t.db, council.id);
    const started = Date.now();
    await t.db.query(
      `INSERT INTO ideas (challenge_id, author_id, title, summary, category, status, vote_count, submitted_at,
                          rules_acknowledged_at)
       SELECT $1, $2, 'Idea number ' || n, 'Summary ' || n, CASE WHEN n % 2 = 0 THEN 'even' END, 'submitted',
              n % 997, $3::timestamptz - n * interval '1 minute', $3::timestamptz
         FROM generate_series(1, 10000) AS n`,
      [big.id, author.id, IDEAS_NOW],
    );
    const inserted = Date.now() - started;
    const page = async (query: Record<string, string | number>): Promise<ListPage> =>
      (await t.http().get(`/api/v1/challenges/${big.id}/ideas`).query(query).expect(200)).body as ListPage;
    const timings: Record<string, number> = {};
    const timed = async (label: string, query: Record<string, string | number>): Promise<ListPage> => {
      const t0 = Date.now();
      const result = await page(query);
      timings[label] = Date.now() - t0;
      return result;
    };

    const recent = await timed('recent', { sort: 'recent', page: 3, pageSize: 100 });
    expect(recent.total).toBe(10_000);
    expect(recent.items[0]?.title).toBe('Idea number 201');
    expect(recent.items[99]?.title).toBe('Idea number 300');

    const top = await timed('top', { sort: 'top', page: 1, pageSize: 100 });
    expect(top.items[0]?.voteCount).toBe(996);
    const votes = top.items.map((i) => i.voteCount);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    const lastTop = await timed('top-last', { sort: 'top', page: 100, pageSize: 100 });
    const lastVotes = lastTop.items.map((i) => i.voteCount);
    expect(lastVotes).toEqual([...lastVotes].sort((a, b) => b - a));
    expect(lastVotes.at(-1)).toBe(0);

    const all: string[] = [];
    for (let p = 1; p <= 3; p++)
      all.push(...titles(await timed(`random-${p}`, { sort: 'random', seed: 'fixed', page: p, pageSize: 100 })));
    const [expected]: { titles: string[] }[] = await t.db.query(
      `SELECT array_agg(title ORDER BY md5(id::text || 'fixed'), id) AS titles FROM
         (SELECT id, title FROM ideas WHERE challenge_id = $1 ORDER BY md5(id::text || 'fixed'), id LIMIT 300) s`,
      [big.id],
    );
    expect(all).toEqual(expected?.titles);
    expect(new Set(all).size).toBe(300);

    const searched = await timed('search', { q: 'number', category: 'even', pageSize: 100, page: 50 });
    expect(searched.total).toBe(5_000);
    expect(searched.items).toHaveLength(100);
    console.log(`10,000 ideas: insert ${inserted} ms; list ${JSON.stringify(timings)} ms`);
  });
});
