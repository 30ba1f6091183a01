// A small store with cases in three months, built in-process, for the fault tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Case } from '../../../src/domain/model.js';
import { CasesRepo } from '../../../src/store/cases-repo.js';
import { Store } from '../../../src/store/store.js';
import { caseConfig, makeCase } from '../../domain/fixtures/case-fixtures.js';

export const CTX = { command: 'test', today: '2026-11-30' };

const roots: string[] = [];

export function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-fault-'));
  roots.push(root);
  return root;
}

/** Removes every temp folder made by this test file (call in afterAll). */
export function cleanup(): void {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
}

export function write<R>(store: Store, fn: (repo: CasesRepo) => R): R {
  return store.transaction(CTX, (tx) => {
    const repo = new CasesRepo(tx, store.dir, tx.config.settings.caseNumberFormat, tx);
    const r = fn(repo);
    repo.flush();
    return r;
  });
}

export function read(store: Store): CasesRepo {
  return new CasesRepo(store, store.dir, store.config().settings.caseNumberFormat);
}

const person = (i: number) => ({ name: `信访人${i}`, phone: `139${String(i).padStart(8, '0')}`, idNumber: '', address: '' });

/** 2026-09: 2 cases, 2026-10: 3 cases (one closed), 2026-11: 1 case; each add its own change. */
export function storeWithCases(): { root: string; store: Store; dir: string } {
  const root = tempRoot();
  const dir = path.join(root, 'data');
  const store = Store.create(dir, caseConfig(), CTX);
  const dates = ['2026-09-03', '2026-09-20', '2026-10-08', '2026-10-12', '2026-10-20', '2026-11-02'];
  dates.forEach((d, i) => write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: d, petitioner: person(i) }))));
  write(store, (r) => r.updateCase('2026-0004', (c: Case) => ({ ...c, status: '已办结', closedDate: '2026-11-01' })));
  return { root, store, dir };
}

export const rel = (dir: string, r: string) => path.join(dir, r);
export const readJson = (dir: string, r: string) => JSON.parse(fs.readFileSync(rel(dir, r), 'utf8'));

/** Rewrites a case file by hand (as an editor or a damaged disk would): no valid seal. */
export function handEdit(dir: string, r: string, f: (doc: Record<string, any>) => void): void {
  const doc = readJson(dir, r);
  delete doc.seal;
  f(doc);
  fs.writeFileSync(rel(dir, r), JSON.stringify(doc));
}

/** Every file under dir except backups/ and the journal, with its bytes. */
export function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const go = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const r = path.relative(dir, p);
      if (r === 'backups' || r === 'journal.jsonl') continue;
      if (e.isDirectory()) go(p);
      else out[r] = fs.readFileSync(p, 'latin1');
    }
  };
  go(dir);
  return out;
}
