// `npm test`: every test layer in order, failing fast, with a header and a time per layer and a
// final `N passed, N failed` line. `node tools/test.mjs api web` runs only the named layers;
// `--keep-going` runs the remaining layers after a failure.
import { existsSync } from 'node:fs';
import { bin, buildApps, run } from './run.mjs';

const ci = process.env.CI === 'true';
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

// Every `bench:*` script of package.json, each run with --smoke (bench:votes and bench:browse need
// DATABASE_URL's server, default postgres://postgres@127.0.0.1:5432/postgres, and the built API).
const BENCHES = ['bench:pairwise', 'bench:results', 'bench:votes', 'bench:browse'];

const LAYERS = [
  { name: 'format', title: 'Formatting (prettier --check)', run: () => run(bin('prettier'), ['--check', '.']) },
  {
    name: 'lint',
    title: 'Lint (nx run-many -t lint)',
    run: () => run(bin('nx'), ['run-many', '-t', 'lint', '--outputStyle=static']),
  },
  {
    name: 'typecheck',
    title: 'Type check (tsc --noEmit, every tsconfig)',
    run: () => run(process.execPath, ['tools/typecheck.mjs']),
  },
  {
    name: 'contract',
    title: 'OpenAPI lint (redocly lint, recommended rules, 0 errors)',
    run: () =>
      run(bin('redocly'), ['lint', 'api', '--format=summary'], {
        env: { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      }),
  },
  {
    name: 'api',
    title: 'API unit and integration tests (Jest, real PostgreSQL)',
    run: () => run(bin('jest'), ['-c', 'apps/api/jest.config.cts', '--runInBand']),
  },
  {
    name: 'web',
    title: 'Web unit tests (nx test web)',
    run: () => run(bin('nx'), ['test', 'web', '--outputStyle=static']),
  },
  { name: 'build', title: 'Build api and web (production)', run: () => buildApps() },
  {
    name: 'e2e',
    title: 'API end-to-end (the built server over HTTP)',
    run: () => run(bin('jest'), ['-c', 'apps/api-e2e/jest.config.cts', '--runInBand']),
  },
  {
    name: 'fuzz',
    title: 'API fuzzing from the OpenAPI document (fast-check, the built server)',
    run: () => run(bin('jest'), ['-c', 'apps/api-e2e/jest.fuzz.config.cts', '--runInBand']),
  },
  {
    name: 'bench',
    title: 'Benchmarks, smoke mode (small sizes, same code paths, their checks asserted)',
    run: async () => {
      for (const script of BENCHES) {
        const code = await run('npm', ['run', '-s', script, '--', '--smoke']);
        if (code !== 0) return code;
      }
      return 0;
    },
  },
  {
    name: 'browser',
    title: 'Browser tests (Playwright, Chromium)',
    run: async () => {
      if (!existsSync(chrome)) {
        const line = `BROWSER TESTS SKIPPED: no Chromium at ${chrome} (set CHROME_PATH)`;
        console.log(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
        if (ci) {
          console.error('CI=true: a missing browser is a failure.');
          return 1;
        }
        return 'skipped';
      }
      return run(bin('playwright'), ['test', '-c', 'apps/web-e2e/playwright.config.ts'], {
        env: { CHROME_PATH: chrome },
      });
    },
  },
];

const args = process.argv.slice(2);
const keepGoing = args.includes('--keep-going');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const unknown = wanted.filter((name) => !LAYERS.some((layer) => layer.name === name));
if (unknown.length > 0) {
  console.error(`Unknown layer(s): ${unknown.join(', ')}. Layers: ${LAYERS.map((l) => l.name).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length > 0 ? LAYERS.filter((layer) => wanted.includes(layer.name)) : LAYERS;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];
const started = Date.now();
for (const layer of selected) {
  if (!keepGoing && results.some((r) => r.outcome === 'failed')) {
    results.push({ layer, outcome: 'not run', ms: 0 });
    continue;
  }
  console.log(`\n${'='.repeat(78)}\n== ${layer.title} [${layer.name}]\n${'='.repeat(78)}`);
  const t0 = Date.now();
  const code = await layer.run();
  const ms = Date.now() - t0;
  const outcome = code === 'skipped' ? 'skipped' : code === 0 ? 'passed' : 'failed';
  results.push({ layer, outcome, ms });
  console.log(`-- ${layer.name}: ${outcome.toUpperCase()} in ${seconds(ms)}`);
}

console.log(`\n${'='.repeat(78)}\nSummary (${seconds(Date.now() - started)} in all)`);
for (const { layer, outcome, ms } of results) {
  console.log(`  ${outcome.padEnd(8)} ${layer.name.padEnd(10)} ${outcome === 'not run' ? '' : seconds(ms)}`);
}
const passed = results.filter((r) => r.outcome === 'passed').length;
const failed = results.filter((r) => r.outcome === 'failed').length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
