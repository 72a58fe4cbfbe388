export * from './common';
export * from './accounts';
export * from './organisations';
export * from './challenges';
export * from './ideas';
export * from './moderation';
export * from './votes';
