/** ESM TypeScript tests; the CLI tests run the built command line (dist/, in-process or as bin/xinfang), so npm test builds first. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
  testTimeout: 60000,
  // one worker per core: jest's default (one fewer) is a single worker on a 2-core machine (docs/design.md, Tests)
  maxWorkers: '100%',
};
