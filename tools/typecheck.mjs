// `npm run typecheck`: tsc --noEmit on every TypeScript project (apps, specs, libraries, e2e, tools).
// Checks them all, then fails if any failed.
import { existsSync } from 'node:fs';
import { bin, root, run } from './run.mjs';

export const TSCONFIGS = [
  'apps/api/tsconfig.app.json',
  'apps/api/tsconfig.spec.json',
  'apps/web/tsconfig.app.json',
  'apps/web/tsconfig.spec.json',
  'libs/shared/contract/tsconfig.lib.json',
  'libs/shared/contract/tsconfig.spec.json',
  'libs/shared/domain/tsconfig.lib.json',
  'libs/shared/domain/tsconfig.spec.json',
  'apps/api-e2e/tsconfig.spec.json',
  'apps/web-e2e/tsconfig.json',
  'tools/tsconfig.json',
];

const failed = [];
for (const project of TSCONFIGS.filter((p) => existsSync(`${root}/${p}`))) {
  console.log(`tsc --noEmit -p ${project}`);
  if ((await run(bin('tsc'), ['--noEmit', '-p', project])) !== 0) failed.push(project);
}
if (failed.length > 0) console.error(`\nType errors in: ${failed.join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
