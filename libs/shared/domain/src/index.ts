export * from './lib/challenge-stages';
export * from './lib/pairwise';
export * from './lib/results';
export * from './lib/judging';
