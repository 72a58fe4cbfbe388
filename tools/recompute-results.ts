/**
 * `npm run results:recompute -- <export.json | https://…/export.json | ->`: recompute a challenge's
 * published ranking and prize awards from its open-data JSON export
 * (GET /api/v1/challenges/:id/export.json) and say whether they match what was published.
 *
 * Prints the recomputed ranking and awards, then either "MATCH" (exit 0) or every difference
 * (exit 1). Exit 2 when the file cannot be read or is not an export. The formulas are in
 * libs/shared/domain/src/lib/results/ranking.ts and prizes.ts and in the export's method section.
 */
import { readFileSync } from 'node:fs';
import type { OpenDataExport } from '@challenge/contract';
import { methodFormula, recomputeFromExport, type RankingRow } from '@challenge/domain';

async function readSource(source: string): Promise<string> {
  if (source === '-') return readFileSync(0, 'utf8');
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readFileSync(source, 'utf8');
}

/** Enough of a structural check to give a clear message instead of a crash on a wrong file. */
function exportProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['the file is not a JSON object'];
  const data = value as Record<string, unknown>;
  const problems = ['criteria', 'prizes', 'ideas', 'judgeScores', 'results', 'awards']
    .filter((field) => !Array.isArray(data[field]))
    .map((field) => `"${field}" must be an array`);
  const challenge = data['challenge'] as Record<string, unknown> | undefined;
  if (typeof challenge?.['publicVoteWeight'] !== 'number')
    problems.push('"challenge.publicVoteWeight" must be a number');
  if (challenge?.['publicVoteMeasure'] !== 'supports' && challenge?.['publicVoteMeasure'] !== 'pairwise') {
    problems.push('"challenge.publicVoteMeasure" must be "supports" or "pairwise"');
  }
  return problems;
}

const fixed = (n: number, digits: number): string => n.toFixed(digits).padStart(digits + 5);

function printRanking(rows: readonly RankingRow[], titles: Map<string, string>): void {
  console.log('rank  final     panel(z)  raw/100  public  judges  idea  [flags]');
  for (const row of rows) {
    const flags = row.flags.length > 0 ? `  [${row.flags.join(', ')}]` : '';
    console.log(
      `${String(row.rank).padStart(4)}  ${fixed(row.finalScore, 4)} ${fixed(row.panelScore, 3)} ${fixed(row.panelRawAverage, 1)} ${fixed(row.publicScore, 3)} ${String(row.judgeCount).padStart(6)}  ${titles.get(row.ideaId) ?? row.ideaId}${flags}`,
    );
  }
}

async function main(): Promise<number> {
  const source = process.argv[2];
  if (!source) {
    console.error('Usage: npm run results:recompute -- <export.json | URL | - for stdin>');
    return 2;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readSource(source));
  } catch (error) {
    console.error(`Cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const problems = exportProblems(parsed);
  if (problems.length > 0) {
    console.error(`${source} is not an open-data export:\n  ${problems.join('\n  ')}`);
    return 2;
  }
  const data = parsed as OpenDataExport;

  let report: ReturnType<typeof recomputeFromExport>;
  try {
    report = recomputeFromExport(data);
  } catch (error) {
    console.error(`The export is inconsistent: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const titles = new Map(data.ideas.map((idea) => [idea.id, idea.title]));
  const prizeNames = new Map(data.prizes.map((prize) => [prize.id, prize.name]));
  const { ranking } = report;

  console.log(`${data.challenge.title} (${data.licence})`);
  console.log(methodFormula(data.challenge).formula);
  console.log(
    `\n${ranking.rows.length} shortlisted ideas, ${ranking.judgeCount} judges, ${data.judgeScores.length} scores` +
      (ranking.incompleteScoreSets > 0 ? `, ${ranking.incompleteScoreSets} incomplete score sets left out` : '') +
      '\n',
  );
  printRanking(ranking.rows, titles);
  console.log('\nawards:');
  for (const award of report.awards) {
    const winner = award.ideaId === null ? '(not awarded)' : (titles.get(award.ideaId) ?? award.ideaId);
    const amount = `£${(award.amountPence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
    console.log(`  ${prizeNames.get(award.prizeId) ?? award.prizeId} #${award.slot + 1} (${amount}): ${winner}`);
  }
  if (report.overriddenAwards > 0) {
    console.log(`\n${report.overriddenAwards} award(s) were overridden by an admin with a published reason:`);
    for (const award of data.awards.filter((a) => a.overridden)) {
      console.log(`  ${prizeNames.get(award.prizeId) ?? award.prizeId} #${award.slot + 1}: ${award.overrideReason}`);
    }
  }

  if (report.matches) {
    console.log('\nMATCH: the published ranking and awards are reproduced from the export.');
    return 0;
  }
  console.log(`\nMISMATCH: ${report.mismatches.length} difference(s) from the published results:`);
  for (const line of report.mismatches) console.log(`  ${line}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
