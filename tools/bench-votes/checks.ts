import type { Client } from 'pg';
import { OUTCOMES, PhaseResult } from './results';

export type Check = { name: string; ok: boolean; detail: string };

const n = (x: number): string => x.toLocaleString('en-GB');

async function scalar(db: Client, sql: string, params: unknown[]): Promise<number> {
  const result = await db.query<{ n: number }>(sql, params);
  return Number(result.rows[0]?.n ?? Number.NaN);
}

/** Each phase: every request answered, no 5xx or other answer, and each voter got exactly what their requests must give. */
export function phaseChecks(phases: PhaseResult[]): Check[] {
  return phases.flatMap((p) => {
    const serverErrors = [...p.statuses].filter(([s]) => s.startsWith('5')).reduce((sum, [, c]) => sum + c, 0);
    const want = OUTCOMES.map((o) => `${o} ${n(p.expected[o])}`).join(', ');
    const got = OUTCOMES.map((o) => `${o} ${n(p.tally[o])}`).join(', ');
    return [
      {
        name: `${p.label}: every request answered, no errors`,
        ok: p.answered === p.requests && p.errors === 0,
        detail: `${n(p.answered)} / ${n(p.requests)} answered, ${n(p.errors)} errors or timeouts`,
      },
      { name: `${p.label}: no 5xx`, ok: serverErrors === 0, detail: `${n(serverErrors)} 5xx` },
      {
        name: `${p.label}: each voter got exactly what their requests must give`,
        ok: p.mismatchedVoters === 0 && p.tally.other === 0,
        detail: `expected ${want}; got ${got}; ${n(p.mismatchedVoters)} voters differ`,
      },
    ];
  });
}

/** The stored state after the surge: counters equal the votes table, and no one is over the allowance. */
export async function databaseChecks(
  db: Client,
  challengeId: string,
  allowance: number,
  phases: PhaseResult[],
): Promise<Check[]> {
  const counterMismatches = await scalar(
    db,
    `SELECT count(*)::int AS n FROM ideas i
       LEFT JOIN (SELECT idea_id, count(*)::int AS c FROM idea_votes WHERE invalidated_at IS NULL GROUP BY idea_id) v
              ON v.idea_id = i.id
      WHERE i.challenge_id = $1 AND i.vote_count <> coalesce(v.c, 0)`,
    [challengeId],
  );
  const overAllowance = await scalar(
    db,
    `SELECT count(*)::int AS n FROM challenge_voter_allowances WHERE challenge_id = $1 AND used > $2`,
    [challengeId, allowance],
  );
  const overByRows = await scalar(
    db,
    `SELECT count(*)::int AS n FROM (SELECT voter_key FROM idea_votes WHERE challenge_id = $1
                                      GROUP BY voter_key HAVING count(*) > $2) over`,
    [challengeId, allowance],
  );
  const usedMismatches = await scalar(
    db,
    `SELECT count(*)::int AS n FROM challenge_voter_allowances a
       LEFT JOIN (SELECT voter_key, count(*)::int AS c FROM idea_votes WHERE challenge_id = $1 GROUP BY voter_key) v
              ON v.voter_key = a.voter_key
      WHERE a.challenge_id = $1 AND a.used <> coalesce(v.c, 0)`,
    [challengeId],
  );
  const votes = await scalar(db, `SELECT count(*)::int AS n FROM idea_votes WHERE challenge_id = $1`, [challengeId]);
  const counted = await scalar(db, `SELECT coalesce(sum(vote_count), 0)::int AS n FROM ideas WHERE challenge_id = $1`, [
    challengeId,
  ]);
  const created = phases.reduce((sum, p) => sum + p.tally.created, 0);
  return [
    {
      name: 'every idea’s vote_count equals COUNT(*) of its valid votes',
      ok: counterMismatches === 0,
      detail: `${n(counterMismatches)} ideas differ; sum of counters ${n(counted)}, vote rows ${n(votes)}`,
    },
    {
      name: 'the vote rows are exactly the votes answered as created',
      ok: votes === created,
      detail: `${n(votes)} rows, ${n(created)} answered 201 / created`,
    },
    {
      name: `no allowance row has used > ${allowance}`,
      ok: overAllowance === 0,
      detail: `${n(overAllowance)} over`,
    },
    {
      name: `no voter has more than ${allowance} vote rows`,
      ok: overByRows === 0,
      detail: `${n(overByRows)} over`,
    },
    {
      name: 'each allowance row’s used equals that voter’s vote rows',
      ok: usedMismatches === 0,
      detail: `${n(usedMismatches)} differ`,
    },
  ];
}
