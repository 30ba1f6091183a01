// Set up for the jest project "cli-on-postgres" (jest.config.js): the CLI tests' ledgers become PostgreSQL databases.
process.env.XINFANG_TEST_BACKEND = 'postgres';
