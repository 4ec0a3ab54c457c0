// Every API spec in one run, for `npx jest -c apps/api/jest.config.cts <pattern>` while working.
// Nx runs the two tiers apart (test-unit, test-integration; `test` runs both): see
// jest.unit.config.cts and jest.integration.config.cts, which share this file's base.
const unit = require('./jest.unit.config.cts');
const integration = require('./jest.integration.config.cts');

module.exports = {
  ...integration,
  displayName: 'api',
  testMatch: [...unit.testMatch, ...integration.testMatch],
};
