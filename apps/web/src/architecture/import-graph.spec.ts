import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The web app's folder rules, read from the source's relative imports (specs and test setup are
 * left out: a test may reach into anything it tests):
 * - no import cycle between folders (a folder's files may not need, however indirectly, a folder
 *   that needs them);
 * - `shared/` imports nothing of `core/`, `features/` or `translations/`; `core/` imports no feature;
 * - a feature imports `core/`, `shared/`, its own files and, from another feature, only that
 *   feature's public `index.ts`.
 */
const APP = join(__dirname, '..', 'app');

type Edge = { from: string; to: string };

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

/** `../voting` names the folder's `index.ts`. */
const resolve = (path: string): string =>
  existsSync(path) && statSync(path).isDirectory() ? join(path, 'index') : path;

const edges = (): Edge[] =>
  sourceFiles(APP).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(IMPORT)].map((m) => ({
      from: relative(APP, file).replace(/\.ts$/, ''),
      to: relative(APP, resolve(normalize(join(dirname(file), m[1] ?? m[2] ?? '')))),
    }));
  });

const folder = (path: string): string => dirname(path);

/** Strongly connected groups of more than one folder (Tarjan), each sorted. */
function folderCycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

const featureOf = (path: string): string | null => /^features\/([^/]+)\//.exec(path)?.[1] ?? null;

/** Why an import breaks the layering, or null when it is allowed. */
export function layerViolation({ from, to }: Edge): string | null {
  const top = to.split('/')[0];
  if (from.startsWith('shared/') && top !== 'shared') return 'shared/ may import only shared/';
  if (from.startsWith('core/') && top !== 'core' && top !== 'shared') return 'core/ may import only core/ and shared/';
  const feature = featureOf(from);
  const target = featureOf(to);
  if (feature && top === 'translations') return 'a feature may not import the translation bundle';
  if (feature && target && target !== feature && to !== `features/${target}/index`) {
    return `a feature may import only features/${target}/index of another feature`;
  }
  return null;
}

describe('web import graph', () => {
  const all = edges();

  it('reads the app (sanity: the graph is not empty)', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('has no import cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of all) {
      const [a, b] = [folder(from), folder(to)];
      if (a === b) continue;
      graph.set(a, (graph.get(a) ?? new Set<string>()).add(b));
    }
    expect(folderCycles(graph)).toEqual([]);
  });

  it('keeps shared/, core/ and each feature to its layer', () => {
    const broken = all.flatMap((edge) => {
      const why = layerViolation(edge);
      return why ? [`${edge.from} -> ${edge.to}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(layerViolation({ from: 'features/ideas/idea-page', to: 'features/voting/vote-control' })).toMatch(
      /features\/voting\/index/,
    );
    expect(layerViolation({ from: 'features/ideas/idea-page', to: 'features/voting/index' })).toBeNull();
    expect(layerViolation({ from: 'shared/forms/text-field', to: 'core/auth/session' })).toMatch(/shared/);
    expect(layerViolation({ from: 'core/i18n/locale', to: 'features/ideas/ideas.i18n' })).toMatch(/core/);
    expect(
      folderCycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
          ['d', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });
});
