// Integration tier: `*.int-spec.ts` on a real PostgreSQL with the real migrations, applied once
// by globalSetup (DATABASE_URL's server, or a throwaway embedded one).
const unit = require('./jest.unit.config.cts');

module.exports = {
  ...unit,
  displayName: 'api-integration',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // Two cores: the integration specs share one database and keep their rows apart by unique names.
  maxWorkers: 2,
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api/integration',
};
