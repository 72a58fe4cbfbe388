export * from './bradley-terry';
export * from './choose-pair';
export * from './synthetic';
