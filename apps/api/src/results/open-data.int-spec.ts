import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OpenDataExport, Results } from '@challenge/contract';
import { recomputeFromExport } from '@challenge/domain';
import { CLOCK } from '../common/clock';
import { PairwiseScoresService } from '../pairwise/pairwise-scores.service';
import { createUser, TestUser } from '../../test/factories';
import { insertIdea } from '../../test/ideas-helpers';
import { as, JUDGING_NOW } from '../../test/judging-helpers';
import { insertAnswers } from '../../test/pairwise-helpers';
import {
  addSupporter,
  createHandComputedChallenge,
  HandComputedChallenge,
  setPublicVote,
} from '../../test/results-helpers';
import { createTestApp, TestApp } from '../../test/test-app';

const NASTY_TITLE = '=HYPERLINK("http://evil.example","Click"), then\nmore';

/** RFC 4180: rows of cells (quoted cells may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('open data: the export and recomputing the published ranking from it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get(CLOCK), 'now').mockImplementation(() => JUDGING_NOW);
  });
  afterAll(() => t.close());

  const exportOf = (user: TestUser | null, id: string, ext: 'json' | 'csv') =>
    as(t.http, user).get(`/challenges/${id}/export.${ext}`);

  /** The hand-computed challenge with supporters (voter keys in idea_votes), an unshortlisted idea, published. */
  async function published(): Promise<HandComputedChallenge & { supporters: TestUser[]; extraId: string }> {
    const c = await createHandComputedChallenge(t.db);
    const supporters = [await createUser(t.db), await createUser(t.db)];
    for (const s of supporters) await addSupporter(t.db, c.challengeId, c.i3, s);
    const extraId = await insertIdea(t.db, c.challengeId, c.author.id, { title: NASTY_TITLE, category: null });
    await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/awards/${c.firstPrize.id}/0/override`, {
      ideaId: c.i1,
      reason: 'Ready to start, at half the cost',
    });
    await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/confirm`).expect(200);
    await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/publish`).expect(200);
    return { ...c, supporters, extraId };
  }

  it('is for the hosting admins before publication (404 to anyone else)', async () => {
    const c = await createHandComputedChallenge(t.db);
    for (const ext of ['json', 'csv'] as const) {
      expect((await exportOf(null, c.challengeId, ext)).status).toBe(404);
      expect((await exportOf(c.author, c.challengeId, ext)).status).toBe(404);
    }
    const res = await exportOf(c.admin, c.challengeId, 'json').expect(200);
    expect((res.body as OpenDataExport).challenge.resultsPublishedAt).toBeNull();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('the JSON has exactly the OpenDataExport fields, under the OGL, as an attachment', async () => {
    const c = await published();
    const res = await exportOf(null, c.challengeId, 'json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ideas-[a-z0-9-]+-results\.json"$/);
    expect(res.headers['link']).toBe(
      '<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>; rel="license"',
    );
    const data = res.body as OpenDataExport;
    expect(Object.keys(data)).toEqual([
      'licence',
      'licenceUrl',
      'generatedAt',
      'challenge',
      'criteria',
      'prizes',
      'ideas',
      'judgeScores',
      'conflictsHandled',
      'results',
      'awards',
    ]);
    expect(data.licence).toBe('Open Government Licence v3.0');
    expect(data.challenge).toEqual({
      id: c.challengeId,
      slug: expect.stringMatching(/^ideas-/) as unknown,
      title: expect.any(String) as unknown,
      resultsPublishedAt: JUDGING_NOW.toISOString(),
      publicVoteWeight: 0.3,
      publicVoteMeasure: 'supports',
    });
    expect(data.criteria).toEqual([
      { id: c.criterionIds[0], name: 'Impact', weight: 3, minScore: 0, maxScore: 10 },
      { id: c.criterionIds[1], name: 'Cost', weight: 1, minScore: 1, maxScore: 5 },
    ]);
    expect(data.prizes.map((p) => Object.keys(p))).toEqual([
      ['id', 'name', 'amountPence', 'count', 'category', 'peoplesChoice', 'position'],
      ['id', 'name', 'amountPence', 'count', 'category', 'peoplesChoice', 'position'],
    ]);
    expect(data.ideas.map((i) => [i.id, i.shortlisted, i.voteCount, i.pairwiseScore])).toEqual([
      [c.i1, true, 10, null],
      [c.i2, true, 30, null],
      [c.i3, true, 42, null],
      [c.extraId, false, 0, null],
    ]);
    expect(Object.keys(data.ideas[0] ?? {})).toEqual([
      'id',
      'title',
      'category',
      'entrantCategory',
      'shortlisted',
      'voteCount',
      'pairwiseScore',
      'comparisons',
    ]);
    // Submitted scores only (judge 3's draft is not there), judges numbered in the order they joined.
    expect(data.judgeScores).toHaveLength(12);
    expect(new Set(data.judgeScores.map((s) => s.judge))).toEqual(new Set(['judge 1', 'judge 2']));
    expect(data.judgeScores).toContainEqual({
      judge: 'judge 1',
      ideaId: c.i1,
      criterionId: c.criterionIds[0],
      score: 10,
    });
    expect(data.judgeScores).toContainEqual({
      judge: 'judge 2',
      ideaId: c.i2,
      criterionId: c.criterionIds[0],
      score: 5,
    });
    expect(data.conflictsHandled).toBe(1);
    expect(data.results.map((r) => [r.ideaId, r.rank])).toEqual([
      [c.i2, 1],
      [c.i1, 2],
      [c.i3, 3],
    ]);
    expect(data.awards).toEqual([
      {
        prizeId: c.firstPrize.id,
        slot: 0,
        ideaId: c.i1,
        amountPence: 500_000,
        overridden: true,
        overrideReason: 'Ready to start, at half the cost',
      },
      {
        prizeId: c.peoplesChoice.id,
        slot: 0,
        ideaId: c.i3,
        amountPence: 50_000,
        overridden: false,
        overrideReason: null,
      },
    ]);
  });

  it('names no voter and no judge, anywhere in the JSON or the CSV', async () => {
    const c = await published();
    const voterKeys: { voter_key: string }[] = await t.db.query(
      `SELECT voter_key FROM idea_votes WHERE challenge_id = $1`,
      [c.challengeId],
    );
    expect(voterKeys.length).toBeGreaterThan(0);
    const secrets = [
      ...voterKeys.map((v) => v.voter_key),
      ...c.judges.flatMap((u) => [u.id, u.email]),
      ...[...c.supporters, c.author, c.admin].flatMap((u) => [u.id, u.email, u.displayName]),
      // The judges' names (see createHandComputedChallenge).
      'Secretjudge',
      'voter',
      'email',
      'userId',
      'user_id',
      'comment',
    ];
    for (const ext of ['json', 'csv'] as const) {
      const res = await exportOf(null, c.challengeId, ext).expect(200);
      const body = res.text;
      for (const secret of secrets) {
        expect([ext, secret, body.toLowerCase().includes(secret.toLowerCase())]).toEqual([ext, secret, false]);
      }
      expect(body).not.toMatch(/Comment by a judge/);
    }
  });

  it('the CSV: one row per idea, escaped, with formulas defused and numbers left as numbers', async () => {
    const c = await published();
    const res = await exportOf(null, c.challengeId, 'csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ideas-[a-z0-9-]+-results\.csv"$/);
    expect(res.headers['link']).toMatch(/open-government-licence.*rel="license"/);
    expect(res.text).toContain('"\'=HYPERLINK(""http://evil.example"",""Click""), then\nmore"');
    expect(res.text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = parseCsv(res.text);
    expect(header).toEqual([
      'idea_id',
      'title',
      'category',
      'entrant_category',
      'shortlisted',
      'vote_count',
      'pairwise_score',
      'pairwise_comparisons',
      'judge 1: Impact',
      'judge 1: Cost',
      'judge 1: weighted total',
      'judge 1: normalised',
      'judge 2: Impact',
      'judge 2: Cost',
      'judge 2: weighted total',
      'judge 2: normalised',
      'panel_score',
      'panel_raw_average',
      'public_score',
      'final_score',
      'rank',
      'flags',
      'prizes',
      'prize_amount_pence',
    ]);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    const col = (row: string[] | undefined, name: string): string => row?.[header?.indexOf(name) ?? -1] ?? '';
    const i3 = rows.find((r) => r[0] === c.i3);
    expect(col(i3, 'judge 1: Impact')).toBe('0');
    expect(col(i3, 'judge 1: weighted total')).toBe('0');
    // A negative score is a number, not a defused formula.
    expect(Number(col(i3, 'panel_score'))).toBeCloseTo(-Math.sqrt(1.5), 12);
    expect(col(i3, 'rank')).toBe('3');
    expect(col(i3, 'prizes')).toBe("People's Choice");
    expect(col(i3, 'prize_amount_pence')).toBe('50000');
    const i1 = rows.find((r) => r[0] === c.i1);
    expect(col(i1, 'judge 2: weighted total')).toBe('22.5');
    expect(col(i1, 'prizes')).toBe('First prize');
    const extra = rows.find((r) => r[0] === c.extraId);
    expect(col(extra, 'title')).toBe(`'${NASTY_TITLE}`);
    expect(col(extra, 'shortlisted')).toBe('false');
    expect(col(extra, 'judge 1: Impact')).toBe('');
    expect(col(extra, 'rank')).toBe('');
  });

  it('recomputing from the published JSON gives the published ranking and awards; a tampered export does not', async () => {
    const c = await published();
    const data = (await exportOf(null, c.challengeId, 'json').expect(200)).body as OpenDataExport;
    const report = recomputeFromExport(data);
    expect(report.mismatches).toEqual([]);
    expect(report.matches).toBe(true);
    expect(report.overriddenAwards).toBe(1);
    const pub = (await as(t.http, null).get(`/challenges/${c.challengeId}/results`).expect(200)).body as Results;
    expect(report.ranking.rows.map((r) => [r.ideaId, r.rank, r.finalScore])).toEqual(
      pub.ranking.map((r) => [r.ideaId, r.rank, r.finalScore]),
    );

    const tampered = structuredClone(data);
    const score = tampered.judgeScores.find((s) => s.judge === 'judge 2' && s.ideaId === c.i1 && s.score === 3);
    if (!score) throw new Error('fixture');
    score.score = 10;
    const bad = recomputeFromExport(tampered);
    expect(bad.matches).toBe(false);
    expect(bad.mismatches.join('\n')).toMatch(/rank/);

    const votes = structuredClone(data);
    const idea = votes.ideas.find((i) => i.id === c.i1);
    if (!idea) throw new Error('fixture');
    idea.voteCount = 200;
    expect(recomputeFromExport(votes).matches).toBe(false);
  });

  it('the recompute script in tools/ prints MATCH for the published export and exits 1 on a tampered one', async () => {
    const c = await published();
    const data = (await exportOf(null, c.challengeId, 'json').expect(200)).body as OpenDataExport;
    const dir = mkdtempSync(join(tmpdir(), 'recompute-'));
    const root = resolve(__dirname, '../../../..');
    const run = (file: string) =>
      spawnSync(
        process.execPath,
        ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'tools/recompute-results.ts', file],
        {
          cwd: root,
          env: { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json', TS_NODE_TRANSPILE_ONLY: 'true' },
          encoding: 'utf8',
        },
      );
    try {
      const good = join(dir, 'export.json');
      writeFileSync(good, JSON.stringify(data));
      const ok = run(good);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/^MATCH: the published ranking and awards are reproduced from the export\.$/m);

      const tampered = structuredClone(data);
      const idea = tampered.ideas.find((i) => i.id === c.i1);
      if (!idea) throw new Error('fixture');
      idea.voteCount += 500;
      const bad = join(dir, 'tampered.json');
      writeFileSync(bad, JSON.stringify(tampered));
      const refused = run(bad);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toMatch(/^MISMATCH: \d+ difference\(s\) from the published results:$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('with the pairwise measure, the public vote is the Bradley–Terry score, exported and recomputable', async () => {
    const c = await createHandComputedChallenge(t.db);
    await setPublicVote(t.db, c.challengeId, 0.5, 'pairwise');
    await insertAnswers(t.db, c.challengeId, c.i1, c.i2, 8);
    await insertAnswers(t.db, c.challengeId, c.i2, c.i1, 2, 'back');
    await insertAnswers(t.db, c.challengeId, c.i1, c.i3, 6);
    await insertAnswers(t.db, c.challengeId, c.i3, c.i2, 5);
    await insertAnswers(t.db, c.challengeId, c.i2, c.i3, 5, 'back');
    const fitted = await t.app.get(PairwiseScoresService).scoresFor(c.challengeId);

    const draft = (await as(t.http, c.admin).get(`/challenges/${c.challengeId}/results`).expect(200)).body as Results;
    for (const row of draft.ranking) {
      const expected = fitted.get(row.ideaId)?.score;
      expect(expected).toBeDefined();
      expect(row.pairwiseScore).toBe(expected);
      expect(row.publicScore).toBe(expected);
    }
    expect(draft.method.publicVoteMeasure).toBe('pairwise');
    expect(draft.method.formula).toContain('pairwise score');

    await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/confirm`).expect(200);
    await as(t.http, c.admin).post(`/challenges/${c.challengeId}/results/publish`).expect(200);
    const data = (await exportOf(null, c.challengeId, 'json').expect(200)).body as OpenDataExport;
    expect(data.ideas.find((i) => i.id === c.i1)?.pairwiseScore).toBe(fitted.get(c.i1)?.score);
    expect(data.ideas.find((i) => i.id === c.i1)?.comparisons).toBe(fitted.get(c.i1)?.comparisons);
    const report = recomputeFromExport(data);
    expect(report.mismatches).toEqual([]);
  });
});
