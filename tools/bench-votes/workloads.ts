import type { BenchOptions } from './options';
import { moveToSlice, planWorkload, Workload } from './plan';
import { PhaseSlice, sliceOf } from './voters';

export type Shape = 'spread' | 'hot' | 'one-idea';
export const SHAPES: Shape[] = ['spread', 'hot', 'one-idea'];
export const SHAPE_LABELS: Record<Shape, string> = { spread: 'spread', hot: 'hot idea', 'one-idea': 'one idea' };

export type Workloads = {
  /** A few hundred ballots through the API first, so its JIT and pools are warm for the measured phases. */
  warmUp: Workload;
  api: Record<Shape, Workload>;
  /** The API's ballots again, cast by other voters. */
  direct: Record<Shape, Workload>;
};

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** Every phase's requests, each phase with its own voters; prints what each one is. */
export function planWorkloads(options: BenchOptions): Workloads {
  const common = { ideas: options.ideas, allowance: options.allowance, zipf: options.zipf };
  const slice = (name: PhaseSlice) => sliceOf(options.voters, name);
  const of = (kind: Workload['kind'], name: PhaseSlice, votes: number | null, seed: number): Workload =>
    planWorkload({ ...common, kind, votes, slice: slice(name), seed });
  const move = (w: Workload, from: PhaseSlice, to: PhaseSlice): Workload =>
    moveToSlice(w, slice(from).first, slice(to).first);

  const warmUp = of('spread', 'warm-up', null, options.seed + 2);
  const api: Record<Shape, Workload> = {
    spread: of('spread', 'api-spread', options.votes, options.seed),
    hot: of('hot', 'api-hot', options.votes, options.seed + 1),
    // One vote per voter: never more requests than the slice has voters.
    'one-idea': of(
      'one-idea',
      'api-one-idea',
      Math.min(options.votes ?? Number.POSITIVE_INFINITY, slice('api-one-idea').size),
      options.seed + 3,
    ),
  };
  for (const [name, w] of [['warm-up', warmUp] as const, ...SHAPES.map((s) => [SHAPE_LABELS[s], api[s]] as const)]) {
    console.log(
      `  ${name}: ${w.requests.length.toLocaleString('en-GB')} requests from ${w.voters.toLocaleString('en-GB')} voters; the top idea gets ${pct(w.topShare)} of them`,
    );
  }
  return {
    warmUp,
    api,
    direct: {
      spread: move(api.spread, 'api-spread', 'db-spread'),
      hot: move(api.hot, 'api-hot', 'db-hot'),
      'one-idea': move(api['one-idea'], 'api-one-idea', 'db-one-idea'),
    },
  };
}
