export * from './common';
export * from './accounts';
export * from './organisations';
export * from './challenges';
