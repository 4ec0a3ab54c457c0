// Unit tier: `*.spec.ts` beside the code. No database and no globalSetup, so it gives feedback
// in seconds; a spec that needs PostgreSQL is an integration spec (`*.int-spec.ts`).
module.exports = {
  displayName: 'api-unit',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'html'],
  coverageDirectory: '../../coverage/apps/api/unit',
};
