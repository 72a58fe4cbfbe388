export * from './types';
export * from './ranking';
export * from './prizes';
export * from './method-formula';
export * from './recompute';
export * from './synthetic';
