// The two places a ledger can be, behind one test face: a data folder, or a PostgreSQL database (test/helpers/pg.ts;
// only when XINFANG_TEST_PG names a server). The suites here run table-driven over BACKENDS and drive the real
// command line, so the same expectations hold for both.
import fs from 'node:fs';
import path from 'node:path';
import { run, snapshot, tempDir, type RunOptions, type RunResult } from '../helpers/cli.js';
import { freshPgLedger, pgBase, pgDocs, psql } from '../helpers/pg.js';

export type BackendName = 'folder' | 'postgres';

/** folder always; postgres when a server is given (else its tests are skipped, said once by the jest set-up). */
export const BACKENDS: BackendName[] = pgBase() ? ['folder', 'postgres'] : ['folder'];

export interface JournalRow {
  command: string;
  action: string;
  records: string[];
  files: string[];
  operator?: string;
}

export interface Ledger {
  backend: BackendName;
  /** The data folder, or (postgres) an empty folder beside which commands write their output files. */
  dir: string;
  /** The database URL (postgres), else undefined. */
  url?: string;
  /** What `store copy --from/--to` names this ledger by. */
  where: string;
  /** Runs a command on the ledger (opts.env may name the same database as another role). */
  xf(args: string[], opts?: RunOptions): RunResult;
  /** Same, expecting exit 0 and no 错误 line. */
  ok(args: string[], opts?: RunOptions): RunResult;
  /** Every document of the ledger: rel → text. */
  docs(): Record<string, string>;
  /** Damages the ledger as a hand edit or a lost file would: `text` null removes the document. */
  put(rel: string, text: string | null): void;
  journal(): JournalRow[];
}

function ledgerOn(backend: BackendName): Ledger {
  const dir = path.join(tempDir('xinfang-backend-'), 'data');
  const url = backend === 'postgres' ? freshPgLedger() : undefined;
  const withStore = (opts: RunOptions = {}): RunOptions => (url ? { ...opts, env: { XINFANG_STORE: url, ...opts.env } } : opts);
  const xf = (args: string[], opts?: RunOptions) => run(dir, args, withStore(opts));
  const ledger: Ledger = {
    backend,
    dir,
    url,
    where: url ?? dir,
    xf,
    ok(args, opts) {
      const r = xf(args, opts);
      if (r.code !== 0) throw new Error(`[${backend}] xinfang ${args.join(' ')} → ${r.code}: ${r.stderr}`);
      return r;
    },
    docs: () => (url ? pgDocs(url) : snapshot(dir)),
    put(rel, text) {
      if (url) {
        if (text === null) psql(`DELETE FROM xinfang.docs WHERE rel = '${rel}'`, url);
        else psql(`INSERT INTO xinfang.docs (rel, body) VALUES ('${rel}', $body$${text}$body$) ON CONFLICT (rel) DO UPDATE SET body = excluded.body`, url);
      } else if (text === null) fs.rmSync(path.join(dir, rel));
      else fs.writeFileSync(path.join(dir, rel), text);
    },
    journal() {
      if (url) {
        const json = psql(`SELECT coalesce(json_agg(json_build_object('command', command, 'action', action, 'records', records, 'files', files, 'operator', operator) ORDER BY id), '[]') FROM xinfang.journal`, url);
        return (JSON.parse(json) as JournalRow[]).map(({ operator, ...e }) => (operator == null ? e : { ...e, operator }));
      }
      const file = path.join(dir, 'journal.jsonl');
      if (!fs.existsSync(file)) return [];
      return fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const { command, action, records, files, operator } = JSON.parse(line) as JournalRow;
          return operator == null ? { command, action, records, files } : { command, action, records, files, operator };
        });
    },
  };
  if (url) {
    fs.mkdirSync(dir, { recursive: true });
    ledger.ok(['store', 'init']);
  }
  return ledger;
}

/** A place for a ledger with none in it yet: a folder that does not exist, or a database after `store init`. */
export function emptyLedger(backend: BackendName): Ledger {
  return ledgerOn(backend);
}

/** A new ledger after `init --org`. */
export function newLedger(backend: BackendName, org = '示例区教育局'): Ledger {
  const ledger = ledgerOn(backend);
  ledger.ok(['init', '--org', org]);
  return ledger;
}
