/**
 * The API end to end: the built server (`node dist/apps/api/main.js`, built by `npm test` or
 * `npm run test:e2e` beforehand) on a free port and a fresh database, driven over HTTP.
 */
export default {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // One server, one database: run the files one after another.
  maxWorkers: 1,
  testTimeout: 30000,
  coverageDirectory: '../../coverage/api-e2e',
};
