// The tables of a PostgreSQL ledger (docs/shared-ledger.md): the same documents a data folder holds, one row each;
// the backups and the journal as tables; group roles for clerks and leaders; a masked view for leaders. Versioned
// like config.json's schemaVersion: `store init` creates what is missing and runs the steps after the stored version.
export const PG_SCHEMA = 'xinfang';
export const PG_SCHEMA_VERSION = 1;
export const CLERK_ROLE = 'xinfang_clerk';
export const LEADER_ROLE = 'xinfang_leader';

/** Step n brings a database at version n-1 to version n. */
export const MIGRATIONS: string[][] = [
  [],
  [
    `CREATE TABLE IF NOT EXISTS xinfang.meta (key text PRIMARY KEY, value text NOT NULL)`,
    // rel: the document's name as in a data folder (cases/2026/2026-10.json); body: its exact text, seal included
    `CREATE TABLE IF NOT EXISTS xinfang.docs (
       rel text PRIMARY KEY CHECK (rel ~ '^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$' AND rel !~ '(^|/)\\.\\.?(/|$)'),
       body text NOT NULL,
       changed_at timestamptz NOT NULL DEFAULT now(),
       changed_by text NOT NULL DEFAULT current_user)`,
    `CREATE TABLE IF NOT EXISTS xinfang.backups (
       seq integer PRIMARY KEY,
       id text NOT NULL UNIQUE,
       at timestamptz NOT NULL,
       command text NOT NULL)`,
    // before: the document before the change (NULL: it did not exist); after: what the change wrote, kept (as a
    // data folder keeps it) for the primary documents only — the derived ones are rebuilt by check --repair
    `CREATE TABLE IF NOT EXISTS xinfang.backup_docs (
       seq integer NOT NULL REFERENCES xinfang.backups(seq) ON DELETE CASCADE,
       rel text NOT NULL,
       existed boolean NOT NULL,
       before text,
       after text,
       kept boolean NOT NULL DEFAULT false,
       PRIMARY KEY (seq, rel))`,
    `CREATE TABLE IF NOT EXISTS xinfang.journal (
       id bigserial PRIMARY KEY,
       at timestamptz NOT NULL DEFAULT now(),
       role text NOT NULL DEFAULT current_user,
       operator text,
       today text NOT NULL,
       command text NOT NULL,
       action text NOT NULL,
       records text[] NOT NULL,
       files text[] NOT NULL,
       backup text NOT NULL)`,
  ],
];

/**
 * What a leader's role may read: every case with the petitioner's name and phone masked (a one-character name too),
 * no ID number or address. Replaced by every store init, so a correction reaches databases made earlier.
 */
export const VIEWS: string[] = [
  `CREATE OR REPLACE VIEW xinfang.cases_masked AS
       SELECT c->>'no' AS no,
              (c->>'receivedDate')::date AS received_date,
              c->>'channel' AS channel,
              c->>'source' AS source,
              CASE WHEN char_length(c->'petitioner'->>'name') <= 1 THEN '*'
                   ELSE left(c->'petitioner'->>'name', 1) || repeat('*', char_length(c->'petitioner'->>'name') - 1) END AS petitioner,
              CASE WHEN char_length(c->'petitioner'->>'phone') >= 7
                   THEN left(c->'petitioner'->>'phone', 3) || '****' || right(c->'petitioner'->>'phone', 4) ELSE '' END AS phone,
              (c->>'persons')::int AS persons,
              c->>'region' AS region,
              c->>'category' AS category,
              c->>'summary' AS summary,
              c->>'status' AS status,
              c->>'unit' AS unit,
              c->>'dueDate' AS due_date,
              c->>'closedDate' AS closed_date
         FROM xinfang.docs d, jsonb_array_elements(d.body::jsonb -> 'cases') AS c
        WHERE d.rel ~ '^cases/[0-9]{4}/[0-9]{4}-[0-9]{2}\\.json$'`,
];

/** Grants for the two group roles; run by `store init` when the connecting role may manage roles. */
export const GRANTS: string[] = [
  `GRANT USAGE ON SCHEMA xinfang TO ${CLERK_ROLE}, ${LEADER_ROLE}`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON xinfang.docs, xinfang.backups, xinfang.backup_docs TO ${CLERK_ROLE}`,
  `GRANT SELECT, INSERT ON xinfang.journal TO ${CLERK_ROLE}`,
  // SELECT too: pg_dump (backup dump, run by a clerk) reads the sequence's state
  `GRANT USAGE, SELECT ON SEQUENCE xinfang.journal_id_seq TO ${CLERK_ROLE}`,
  `GRANT SELECT ON xinfang.meta TO ${CLERK_ROLE}, ${LEADER_ROLE}`,
  `GRANT SELECT ON xinfang.cases_masked TO ${LEADER_ROLE}`,
  `GRANT SELECT ON xinfang.journal TO ${LEADER_ROLE}`,
];
