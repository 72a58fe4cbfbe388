export * from './assign-judges';
