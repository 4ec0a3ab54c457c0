// Two tiers in one run: unit specs (`*.spec.ts`, beside the code, may mock) and integration
// specs (`*.int-spec.ts`, real PostgreSQL with the real migrations applied once by globalSetup).
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'html'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // Two cores: the integration specs share one database and keep their rows apart by unique names.
  maxWorkers: 2,
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api',
};
