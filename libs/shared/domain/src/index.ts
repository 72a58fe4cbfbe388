export * from './lib/challenge-stages';
export * from './lib/pairwise';
