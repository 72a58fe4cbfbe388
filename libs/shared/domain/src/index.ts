export * from './lib/challenge-stages';
