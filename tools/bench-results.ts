/**
 * `npm run bench:results`: results for 1,000 shortlisted ideas × 50 judges × 6 criteria, and the
 * pairwise fit for 10,000 ideas / 1,000,000 comparisons. All data synthetic and seeded.
 *
 * 1. assignJudges: 1,000 ideas, 50 judges, k = 10, with 1,000 random conflicts; then a re-run
 *    after 50 new conflicts on assigned pairs (the minimal-change path).
 * 2. computeRanking + allocatePrizes with k = 10 (10,000 judge–idea pairs, 60,000 scores).
 * 3. The heavy case: every judge scores every idea (50,000 pairs, 300,000 scores), plus
 *    recomputeFromExport on the same data (what an open-data user runs).
 * 4. fitBradleyTerry on 10,000 ideas and 1,000,000 simulated comparisons.
 */
import {
  allocatePrizes,
  assignJudges,
  computeRanking,
  fitBradleyTerry,
  mulberry32,
  recomputeFromExport,
  simulateComparisons,
  syntheticChallenge,
  type ExportForRecompute,
  type PrizeDefinition,
  type RankingInput,
} from '@challenge/domain';

const SMOKE = process.argv.includes('--smoke');
const IDEAS = SMOKE ? 100 : 1_000;
const JUDGES = SMOKE ? 12 : 50;
const CRITERIA = 6;
const K = SMOKE ? 5 : 10;
const CONFLICTS = SMOKE ? 100 : 1_000;
const NEW_CONFLICTS = SMOKE ? 10 : 50;
const PAIRWISE_IDEAS = SMOKE ? 300 : 10_000;
const COMPARISONS = SMOKE ? 30_000 : 1_000_000;
const failures: string[] = [];

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const n = (value: number): string => value.toLocaleString('en-GB');

function timed<T>(label: string, run: () => T): T {
  const start = process.hrtime.bigint();
  const result = run();
  console.log(`${label}: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`);
  return result;
}

function memory(): void {
  const m = process.memoryUsage();
  console.log(`  memory: RSS ${mib(m.rss)}, heap used ${mib(m.heapUsed)}`);
}

function benchAssignment(): void {
  const ideas = Array.from({ length: IDEAS }, (_, i) => `idea-${i}`);
  const judges = Array.from({ length: JUDGES }, (_, j) => `judge-${j}`);
  const random = mulberry32(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const conflicts = Array.from({ length: CONFLICTS }, () => ({ ideaId: pick(ideas), judgeId: pick(judges) }));
  const first = timed(
    `assignJudges ${n(IDEAS)} ideas × ${JUDGES} judges, k = ${K}, ${n(conflicts.length)} conflicts`,
    () => assignJudges({ ideas, judges, conflicts, judgesPerIdea: K }),
  );
  if (!first.ok) throw new Error(first.message);
  const loads = first.loads.map((l) => l.assigned);
  console.log(`  ${n(first.assignments.length)} assignments, loads ${Math.min(...loads)}–${Math.max(...loads)}`);

  const newConflicts = Array.from({ length: NEW_CONFLICTS }, () => pick(first.assignments));
  const rerun = timed(`assignJudges re-run after ${NEW_CONFLICTS} new conflicts on assigned pairs`, () =>
    assignJudges({
      ideas,
      judges,
      conflicts: [...conflicts, ...newConflicts],
      judgesPerIdea: K,
      existing: first.assignments.map((a, i) => ({ ...a, locked: i % 3 === 0 })),
    }),
  );
  if (!rerun.ok) throw new Error(rerun.message);
  const after = rerun.loads.map((l) => l.assigned);
  console.log(
    `  kept ${n(rerun.kept.length)}, removed ${rerun.removed.length}, added ${rerun.added.length}, loads ${Math.min(...after)}–${Math.max(...after)}`,
  );
}

function exportOf(input: RankingInput, prizes: PrizeDefinition[]): ExportForRecompute {
  const ranking = computeRanking(input);
  const votes = new Map(input.votes.map((v) => [v.ideaId, v]));
  return {
    challenge: { publicVoteWeight: input.publicVoteWeight, publicVoteMeasure: input.publicVoteMeasure },
    criteria: input.criteria,
    prizes,
    ideas: input.ideas.map((idea) => ({
      id: idea.ideaId,
      category: idea.category,
      shortlisted: true,
      voteCount: votes.get(idea.ideaId)?.voteCount ?? 0,
      pairwiseScore: votes.get(idea.ideaId)?.pairwiseScore ?? null,
    })),
    judgeScores: input.scores,
    results: ranking.rows,
    awards: allocatePrizes(ranking, prizes).map((a) => ({ ...a, overridden: false })),
  };
}

function benchRanking(judgesPerIdea: number | 'all'): void {
  const label =
    judgesPerIdea === 'all' ? `all ${JUDGES} judges score every idea` : `k = ${judgesPerIdea} judges per idea`;
  const { input, prizes } = timed(`\ngenerate ${label}`, () =>
    syntheticChallenge({ ideas: IDEAS, judges: JUDGES, criteria: CRITERIA, judgesPerIdea, seed: 7 }),
  );
  console.log(`  ${n(input.scores.length)} scores (${n(input.scores.length / CRITERIA)} judge–idea pairs)`);
  const ranking = timed('computeRanking', () => computeRanking(input));
  const awards = timed('allocatePrizes', () => allocatePrizes(ranking, prizes));
  const flagged = ranking.rows.filter((r) => r.flags.length > 0).length;
  console.log(`  ${awards.filter((a) => a.ideaId !== null).length} awards, ${flagged} ideas flagged`);
  if (judgesPerIdea === 'all') {
    const data = exportOf(input, prizes);
    const report = timed('recomputeFromExport (ranking + prizes + comparison)', () => recomputeFromExport(data));
    console.log(`  matches: ${report.matches}`);
    if (!report.matches) failures.push('recomputeFromExport does not match the published results');
  }
  memory();
}

function benchPairwise(): void {
  const ideaIds = Array.from({ length: PAIRWISE_IDEAS }, (_, i) => `idea-${String(i).padStart(5, '0')}`);
  const truth = ideaIds.map((_, i) => -3 + (6 * i) / (PAIRWISE_IDEAS - 1));
  const comparisons = timed(`\nsimulate ${n(COMPARISONS)} comparisons between ${n(PAIRWISE_IDEAS)} ideas`, () =>
    simulateComparisons(ideaIds, truth, COMPARISONS, mulberry32(20_260_101)),
  );
  const fit = timed('fitBradleyTerry', () => fitBradleyTerry(ideaIds, comparisons));
  console.log(`  ${fit.iterations} MM sweeps, converged: ${fit.converged}`);
  if (!fit.converged) failures.push('fitBradleyTerry did not converge');
  memory();
}

function main(): void {
  console.log(`node ${process.version}, ${IDEAS} ideas × ${JUDGES} judges × ${CRITERIA} criteria\n`);
  benchAssignment();
  benchRanking(K);
  benchRanking('all');
  benchPairwise();
  for (const failure of failures) console.log(`FAIL  ${failure}`);
  console.log(failures.length === 0 ? '\nPASS' : '\nFAIL');
  if (failures.length > 0) process.exitCode = 1;
}

main();
