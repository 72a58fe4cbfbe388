/**
 * The fuzz layer (issue #12): apps/api-e2e/src/fuzz/*.fuzz.ts start the built server on their
 * own fresh, demo-seeded database. FUZZ_SEED and FUZZ_RUNS (default 10,000) reproduce a run.
 */
export default {
  displayName: 'api-fuzz',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/fuzz/**/*.fuzz.ts'],
  maxWorkers: 1,
  testTimeout: 600000,
};
