/**
 * `npm run bench:pairwise`: the Bradley–Terry fit on 10,000 ideas and 1,000,000 comparisons
 * simulated (seeded) from known, evenly spaced true strengths, and 1,000 calls of choosePair
 * for one person on the same ideas. Prints times, MM sweeps, memory and the rank correlation
 * of the fitted scores with the truth. Exits 1 when the fit does not converge, ranks the ideas
 * poorly (Spearman < 0.9) or choosePair runs out of pairs. `--smoke`: 300 ideas, 30,000
 * comparisons, 200 calls, the same code and checks (run by `npm test`, layer bench).
 */
import {
  choosePair,
  fitBradleyTerry,
  mulberry32,
  simulateComparisons,
  spearmanCorrelation,
  type PairCandidate,
} from '@challenge/domain';

const SMOKE = process.argv.includes('--smoke');
const IDEAS = SMOKE ? 300 : 10_000;
const COMPARISONS = SMOKE ? 30_000 : 1_000_000;
const PAIR_CALLS = SMOKE ? 200 : 1_000;

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (start: bigint): string => `${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`;

function main(): void {
  const ideaIds = Array.from({ length: IDEAS }, (_, i) => `idea-${String(i).padStart(5, '0')}`);
  const truth = ideaIds.map((_, i) => -3 + (6 * i) / (IDEAS - 1));
  let start = process.hrtime.bigint();
  const comparisons = simulateComparisons(ideaIds, truth, COMPARISONS, mulberry32(20_260_101));
  console.log(
    `simulated ${IDEAS.toLocaleString('en-GB')} ideas, ${COMPARISONS.toLocaleString('en-GB')} comparisons in ${ms(start)}`,
  );

  start = process.hrtime.bigint();
  const fit = fitBradleyTerry(ideaIds, comparisons);
  console.log(`fit: ${ms(start)}, ${fit.iterations} MM sweeps, converged: ${fit.converged}`);
  const scores = fit.scores.map((s) => s.score);
  const rho = spearmanCorrelation(scores, truth);
  console.log(`Spearman correlation with the true order: ${rho.toFixed(4)}`);
  const widths = fit.scores.map((s) => s.scoreUpper - s.scoreLower).sort((a, b) => a - b);
  console.log(`median 95 % interval width on the score: ${widths[Math.floor(widths.length / 2)].toFixed(3)}`);

  const ideas: PairCandidate[] = fit.scores.map((s) => ({ id: s.ideaId, comparisons: s.comparisons }));
  const seen = new Set<string>();
  const random = mulberry32(7);
  start = process.hrtime.bigint();
  for (let call = 0; call < PAIR_CALLS; call++) {
    const pair = choosePair(ideas, seen, random);
    if (!pair) throw new Error('ran out of pairs');
    seen.add(pair.key);
  }
  console.log(`choosePair × ${PAIR_CALLS.toLocaleString('en-GB')} (one person, growing seen set): ${ms(start)}`);
  const memory = process.memoryUsage();
  console.log(`memory: RSS ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}`);
  const failures = [
    ...(fit.converged ? [] : ['the fit did not converge']),
    ...(rho >= 0.9 ? [] : [`Spearman ${rho.toFixed(4)} < 0.9`]),
  ];
  for (const failure of failures) console.log(`FAIL  ${failure}`);
  console.log(failures.length === 0 ? 'PASS' : 'FAIL');
  if (failures.length > 0) process.exitCode = 1;
}

main();
