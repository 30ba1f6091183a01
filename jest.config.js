/** ESM TypeScript tests; the CLI tests run the built command line (dist/, in-process or as bin/xinfang), so npm test builds first. */
const project = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
};

/**
 * The CLI test files below run a second time (project "cli-on-postgres") on PostgreSQL ledgers when XINFANG_TEST_PG
 * names a server (.ci/run starts one): test/helpers/cli.ts then makes each new ledger a database
 * (XINFANG_TEST_BACKEND=postgres). These files only drive the command line and compare its output, or the ledger's
 * documents through snapshot(), so they hold for both backends; they cover the daily commands (case steps with a
 * check after each, leaders and units, reception days and visits, settings).
 * Left out because they look at the data folder's own files or need a folder: case and case-ledger (write
 * config.json, copy folders), calendar-notice (reads journal.jsonl), report-reads, report-backlog-reads and reindex
 * (copy or edit the folder), faults-store and binary (file faults, permissions, file locks), demo (the demo folder).
 * Left out for time (a command on PostgreSQL starts a database client thread: ~0.2 s instead of a few ms), though
 * backend-independent: report (test/store-backends/copy.test.ts compares the reports of the demo ledger on both
 * backends), roster and calendar (they change only config.json, as org and config do), and the bad-input sweep (it
 * covers parsing, which does not depend on the store).
 * test/store-backends/ runs the store's own suite on both backends.
 */
const PG_CLI_TESTS = ['case-lifecycle', 'org', 'reception-day', 'visit-away-leader', 'config'];

const postgres = {
  ...project,
  displayName: 'cli-on-postgres',
  testMatch: PG_CLI_TESTS.map((name) => `<rootDir>/test/cli/${name}.test.ts`),
  setupFiles: ['<rootDir>/test/helpers/pg-backend.mjs'],
};

export default {
  testTimeout: 60000,
  // one worker per core: jest's default (one fewer) is a single worker on a 2-core machine (docs/design.md, Tests)
  maxWorkers: '100%',
  // without XINFANG_TEST_PG: one line saying the PostgreSQL tests are skipped
  globalSetup: '<rootDir>/test/helpers/pg-notice.mjs',
  ...(process.env.XINFANG_TEST_PG ? { projects: [{ ...project, displayName: 'tests' }, postgres] } : project),
};
