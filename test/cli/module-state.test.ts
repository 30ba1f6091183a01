// The in-process runner (test/helpers/cli.ts) runs many commands in one process, so a module may keep nothing
// from one command to the next unless it is emptied by resetModuleState (src/cli/run.ts) or cannot differ
// between commands. This lists every module-level variable and mutable collection in src/ and fails on a new
// one until it is placed here, with the reason it is safe.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

const KNOWN: Record<string, string> = {
  'src/project-root.ts: let root': 'the package folder: the same for every command',
  'src/render/templates.ts: const cache': 'emptied by resetModuleState before each command',
  'src/render/docx/grid-snap.ts: const AFTER': 'a constant set of element names (the schema order), never changed',
  'src/domain/roster/kinds/index.ts: const BY_TYPE': 'the pattern-kind registry by type, filled once at load from a constant list, never changed',
  'src/store/case-files.ts: const CLOSED': 'a constant set of statuses, never changed',
  'src/store/confine.ts: const checkedDirs': 'the store folders found to be real folders, emptied by resetModuleState before each command',
  'src/domain/calendar/holiday-notice-text.ts: const T2S': 'a constant traditional→simplified table filled once at load, never changed',
  'src/domain/reports/status.ts: const CLOSED': 'a constant set of statuses, never changed',
  'src/domain/cases/card.ts: const NAMED_ACTIONS': 'a constant set of history actions (a ReadonlySet), never changed',
  'src/cli/store-pointer.ts: const BACK': 'a constant set of the words that point a folder back to itself, never changed',
  'src/store/pg/pg-errors.ts: const CONNECT': 'a constant set of error codes, never changed',
  'src/store/pg/worker.ts: let current': 'the id of the call the worker thread is answering; lives and ends with that thread, like its connection',
  'src/store/pg/worker.ts: let client': "the database connection of one PgStore's own worker thread: each command's store starts its own worker and ends it on close",
  'src/domain/common/case-order.ts: let numeric': 'a collator built on first use with fixed options: the same for every command',
  'src/domain/common/case-order.ts: let plain': 'a collator built on first use with the default locale: the same for every command',
};

const STATE = /^(?:export\s+)?(let|var)\s+(\w+)|^(?:export\s+)?(const)\s+(\w+)\s*(?::[^=]+)?=\s*new\s+(?:Map|Set|WeakMap|Array)\b/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

test('every module-level state in src/ is known to be safe between in-process commands', () => {
  const found: string[] = [];
  for (const file of files(path.join(ROOT, 'src'))) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const m = STATE.exec(line);
      if (m) found.push(`${path.relative(ROOT, file)}: ${m[1] ?? m[3]} ${m[2] ?? m[4]}`);
    }
  }
  expect(found.filter((f) => !(f in KNOWN))).toEqual([]);
  expect(Object.keys(KNOWN).filter((k) => !found.includes(k))).toEqual([]); // no stale entries
});
