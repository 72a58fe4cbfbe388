// `npm run typecheck`: tsc --noEmit on every TypeScript project (apps, specs, libraries, e2e, tools).
import { bin, runAll } from './run.mjs';

export const TSCONFIGS = [
  'apps/api/tsconfig.app.json',
  'apps/api/tsconfig.spec.json',
  'apps/web/tsconfig.app.json',
  'apps/web/tsconfig.spec.json',
  'libs/shared/contract/tsconfig.lib.json',
  'libs/shared/contract/tsconfig.spec.json',
  'apps/api-e2e/tsconfig.spec.json',
  'apps/web-e2e/tsconfig.json',
  'tools/tsconfig.json',
];

const code = await runAll(
  TSCONFIGS.map((project) => {
    console.log(`tsc --noEmit -p ${project}`);
    return [bin('tsc'), ['--noEmit', '-p', project]];
  }),
);
process.exit(code);
