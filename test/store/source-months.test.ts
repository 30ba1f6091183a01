// The year index's cases per month and source (year-counts.ts): kept on every add and correction, rebuilt by
// `check --repair`, and giving the same 同期 counts as the month files — or nothing, so the files are read.
import fs from 'node:fs';
import path from 'node:path';
import type { Case } from '../../src/domain/model.js';
import { CasesRepo } from '../../src/store/cases-repo.js';
import { checkStore, repairStore } from '../../src/store/repair.js';
import { sealText } from '../../src/store/seal.js';
import { Store } from '../../src/store/store.js';
import { caseConfig, makeCase } from '../domain/fixtures/case-fixtures.js';
import { tempDir } from '../helpers/cli.js';

const ctx = { command: 'test', today: '2026-06-30' };
const INDEX = 'cases/2025/index.json';

function freshStore(): Store {
  return Store.create(path.join(tempDir('xinfang-source-months-'), 'data'), caseConfig({}), ctx);
}

function write<R>(store: Store, fn: (repo: CasesRepo) => R): R {
  return store.transaction(ctx, (tx) => {
    const repo = new CasesRepo(tx, store.dir, tx.config.settings.caseNumberFormat, tx);
    const r = fn(repo);
    repo.flush();
    return r;
  });
}

const read = (store: Store) => new CasesRepo(store, store.dir, store.config().settings.caseNumberFormat);
const blank = (over: Partial<Case>): Case => makeCase({ no: '', ...over });
const indexOf = (store: Store) => JSON.parse(fs.readFileSync(path.join(store.dir, INDEX), 'utf8'));

/** What the month files say: cases per source received from 1 January up to `to`. */
function fromFiles(store: Store, to: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of read(store).casesOfYear(2025)) if (c.receivedDate <= to) out[c.source] = (out[c.source] ?? 0) + 1;
  return out;
}

function seeded(): Store {
  const store = freshStore();
  write(store, (r) => {
    r.addCase(blank({ receivedDate: '2025-01-10', source: '本级受理' }));
    r.addCase(blank({ receivedDate: '2025-01-31', source: '市信访局' }));
    r.addCase(blank({ receivedDate: '2025-03-05', source: '本级受理' }));
    r.addCase(blank({ receivedDate: '2025-03-20', source: '市信访局' }));
    r.addCase(blank({ receivedDate: '2025-11-19', source: '本级受理' }));
    r.addCase(blank({ receivedDate: '2025-11-21', source: '本级受理' }));
  });
  return store;
}

const sorted = (o: Record<string, number> | null) => (o === null ? null : Object.entries(o).sort());

describe('cases per month and source in the year index', () => {
  test('kept from a year’s first case, and the same as the month files on every cut-off day', () => {
    const store = seeded();
    expect(indexOf(store).sourceMonths).toEqual({ '01': { 本级受理: 1, 市信访局: 1 }, '03': { 本级受理: 1, 市信访局: 1 }, '11': { 本级受理: 2 } });
    for (const to of ['2025-01-01', '2025-01-30', '2025-01-31', '2025-02-28', '2025-03-19', '2025-11-19', '2025-11-20', '2025-11-30', '2025-12-31']) {
      expect([to, sorted(read(store).receivedBySourceUpTo(2025, to))]).toEqual([to, sorted(fromFiles(store, to))]);
    }
  });

  test('a correction moving a case to another month or source moves its count', () => {
    const store = seeded();
    const [first] = read(store).casesOfMonth('2025-01');
    write(store, (r) => r.updateCase(first.no, (c) => ({ ...c, receivedDate: '2025-03-01', source: '市信访局' })));
    expect(indexOf(store).sourceMonths).toEqual({ '01': { 市信访局: 1 }, '03': { 本级受理: 1, 市信访局: 2 }, '11': { 本级受理: 2 } });
    expect(sorted(read(store).receivedBySourceUpTo(2025, '2025-11-20'))).toEqual(sorted(fromFiles(store, '2025-11-20')));
    expect(checkStore(store).findings).toEqual([]);
  });

  test('an index without the counts (written before them), or with counts not adding up, gives none: the files are read', () => {
    const store = seeded();
    const edit = (fn: (idx: Record<string, unknown>) => void) => {
      const { seal: _seal, ...idx } = indexOf(store);
      fn(idx);
      fs.writeFileSync(path.join(store.dir, INDEX), sealText(idx).text);
    };
    const sourceMonths = indexOf(store).sourceMonths;
    edit((idx) => delete idx.sourceMonths);
    expect(read(store).receivedBySourceUpTo(2025, '2025-11-20')).toBeNull();
    // an older index stays without them on the next case (no read of the whole year on a daily add) and is sound
    write(store, (r) => r.addCase(blank({ receivedDate: '2025-12-01' })));
    expect(indexOf(store).sourceMonths).toBeUndefined();
    expect(checkStore(store).findings).toEqual([]);
    edit((idx) => (idx.sourceMonths = { ...sourceMonths, '03': { 本级受理: 1 } }));
    expect(read(store).receivedBySourceUpTo(2025, '2025-11-20')).toBeNull();
  });

  test('a month file gone (or one the index does not know) gives none: the files are read, and say what is wrong', () => {
    const store = seeded();
    fs.rmSync(path.join(store.dir, 'cases/2025/2025-03.json'));
    expect(read(store).receivedBySourceUpTo(2025, '2025-11-20')).toBeNull();
    // a month after the cut-off does not matter
    const other = seeded();
    fs.rmSync(path.join(other.dir, 'cases/2025/2025-11.json'));
    expect(sorted(read(other).receivedBySourceUpTo(2025, '2025-10-31'))).toEqual([['市信访局', 2], ['本级受理', 2]]);
    fs.copyFileSync(path.join(other.dir, 'cases/2025/2025-01.json'), path.join(other.dir, 'cases/2025/2025-02.json'));
    expect(read(other).receivedBySourceUpTo(2025, '2025-10-31')).toBeNull();
  });

  test('check reports wrong counts and check --repair rebuilds them', () => {
    const store = seeded();
    const { seal: _seal, ...idx } = indexOf(store);
    idx.sourceMonths['03'] = { 本级受理: 2 };
    fs.writeFileSync(path.join(store.dir, INDEX), sealText(idx).text);
    expect(checkStore(store).findings.map((f) => `${f.rel}：${f.text}`).join('\n')).toMatch(/cases\/2025\/index\.json：按月份和来源的件数与月份文件不符/);
    repairStore(store, ctx);
    expect(checkStore(store).findings).toEqual([]);
    expect(indexOf(store).sourceMonths['03']).toEqual({ 本级受理: 1, 市信访局: 1 });
  });
});
