// The store summary (cases/summary.json, year-summary.ts): kept in the same change as every year index written, so it
// always agrees with the indexes and with the month files; read instead of the indexes by the annual report; damage
// stops the command with the repair named, `check` reports it and `check --repair` rebuilds it; a store from before
// it is read from its indexes, and its next write brings the whole summary in.
import fs from 'node:fs';
import path from 'node:path';
import type { Case } from '../../src/domain/model.js';
import { CasesRepo } from '../../src/store/cases-repo.js';
import { checkStore, repairStore } from '../../src/store/repair.js';
import { sealText } from '../../src/store/seal.js';
import { Store } from '../../src/store/store.js';
import { summaryOfYear } from '../../src/store/year-summary.js';
import { makeCase, testConfig } from '../helpers/report-fixtures.js';
import { tempDir } from '../helpers/cli.js';

const ctx = { command: 'test', today: '2026-06-30' };
const SUMMARY = 'cases/summary.json';

function freshStore(): Store {
  return Store.create(path.join(tempDir('xinfang-year-summary-'), 'data'), testConfig(), ctx);
}
function write<R>(store: Store, fn: (repo: CasesRepo) => R): R {
  return store.transaction(ctx, (tx) => {
    const repo = new CasesRepo(tx, store.dir, tx.config.settings.caseNumberFormat, tx);
    const r = fn(repo);
    repo.flush();
    return r;
  });
}
/** A read-only repo that notes every file it reads. */
function spied(store: Store): { reads: string[]; repo: CasesRepo } {
  const reads: string[] = [];
  const src = { read: <T>(rel: string, spec: Parameters<Store['read']>[1]) => (reads.push(rel), store.read(rel, spec as never) as T), readText: (rel: string) => store.readText(rel), list: (rel: string) => store.list(rel), size: (rel: string) => store.size(rel) };
  return { reads, repo: new CasesRepo(src, store.dir, store.config().settings.caseNumberFormat) };
}
const json = (store: Store, rel: string) => JSON.parse(fs.readFileSync(path.join(store.dir, rel), 'utf8'));
const person = (name: string) => ({ name, phone: '13900001111', idNumber: '', address: '' });
const close = (on: string) => (c: Case): Case => ({ ...c, status: '已办结', closedDate: on, replyDate: on, result: '解决' });

/** Every year's entry equals the one derived from its index, and its counts are those of its month files. */
function expectAgrees(store: Store): void {
  const summary = json(store, SUMMARY);
  const repo = new CasesRepo(store, store.dir, store.config().settings.caseNumberFormat);
  const years = repo.years().filter((y) => repo.casesOfYear(y).length > 0);
  expect(Object.keys(summary.years).map(Number)).toEqual(years);
  for (const y of years) {
    const { seal: _seal, ...idx } = json(store, `cases/${y}/index.json`);
    expect(summary.years[y]).toEqual(summaryOfYear(idx));
    const cases = repo.casesOfYear(y);
    const bySource: Record<string, number> = {};
    for (const c of cases) bySource[c.source] = (bySource[c.source] ?? 0) + 1;
    const closed = cases.filter((c) => c.status === '已办结' || c.status === '已评价').length;
    expect([y, summary.years[y].received, summary.years[y].closed, summary.years[y].bySource]).toEqual([y, cases.length, closed, bySource]);
  }
  expect(checkStore(store).findings).toEqual([]);
}

describe('kept with every change', () => {
  test('adds, closes, a correction to another month, a repeat in a later year, and an undone add across three years', () => {
    const store = freshStore();
    const [a, b, december] = write(store, (r) => [
      r.addCase(makeCase({ no: '', receivedDate: '2024-05-06', petitioner: person('甲') })).no,
      r.addCase(makeCase({ no: '', receivedDate: '2025-03-03', source: '市长信箱', petitioner: person('乙') })).no,
      r.addCase(makeCase({ no: '', receivedDate: '2025-12-08', source: '本级受理', petitioner: person('丙') })).no,
    ]);
    expectAgrees(store);
    expect(json(store, SUMMARY).years[2024].backlogMonths).toEqual({ '05': null }); // still open: 积案 in any later year
    write(store, (r) => r.updateCase(a, close('2024-06-01')));
    expect(json(store, SUMMARY).years[2024]).toMatchObject({ received: 1, closed: 1, backlogMonths: {} });
    expectAgrees(store);
    // closed in the next year with nothing more asked: counted by its close date, its month file no longer named
    write(store, (r) => r.updateCase(december, close('2026-01-10')));
    expect(json(store, SUMMARY).years[2025]).toMatchObject({ backlogMonths: { '03': null }, closings: { '2026-01-10': 1 } });
    expectAgrees(store);
    write(store, (r) => r.updateCase(b, (c) => ({ ...close('2025-04-01')(c), receivedDate: '2025-02-20' })));
    expect(json(store, SUMMARY).years[2025].sourceMonths).toEqual({ '02': { 市长信箱: 1 }, '12': { 本级受理: 1 } });
    expectAgrees(store);
    const earlier = write(store, (r) => r.getCase(b));
    write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-03-02', repeatOf: [b], petitioner: earlier.petitioner })));
    expect(json(store, SUMMARY).years[2025]).toMatchObject({ backlogMonths: { '02': null }, closings: { '2026-01-10': 1 } });
    expect(Object.values(json(store, SUMMARY).years[2025].repeatedBy)).toHaveLength(1);
    expectAgrees(store);
    store.restore(ctx); // undoes the repeat: the summary goes back with the indexes
    expect(Object.keys(json(store, SUMMARY).years)).toEqual(['2024', '2025']);
    expect(json(store, SUMMARY).years[2025].repeatedBy).toEqual({});
    expectAgrees(store);
  });

  test('the annual report’s reads of earlier years come from the summary alone', () => {
    const store = freshStore();
    write(store, (r) => {
      r.addCase(close('2025-04-01')(makeCase({ no: '', receivedDate: '2025-03-03', source: '本级受理' })));
      r.addCase(makeCase({ no: '', receivedDate: '2025-07-07', source: '市长信箱' }));
    });
    const { reads, repo } = spied(store);
    expect(repo.pastTotals(2025)).toEqual({ received: 2, closed: 1 });
    expect(repo.pastBySource(2025)).toEqual({ 本级受理: 1, 市长信箱: 1 });
    expect(repo.pastBySourceUpTo(2025, '2025-06-30')).toEqual({ 本级受理: 1 });
    expect(repo.backlogLists(2025)).toEqual({ backlogMonths: { '07': null }, repeatedBy: {}, closings: {} });
    expect(reads).toEqual([SUMMARY]);
  });
});

describe('damage and a store from before', () => {
  const seeded = () => {
    const store = freshStore();
    write(store, (r) => {
      r.addCase(makeCase({ no: '', receivedDate: '2024-05-06' }));
      r.addCase(close('2025-04-01')(makeCase({ no: '', receivedDate: '2025-03-03' })));
    });
    return store;
  };

  test('a damaged summary stops the report’s reads with the repair named; check reports it and --repair rebuilds it', () => {
    const store = seeded();
    const good = fs.readFileSync(path.join(store.dir, SUMMARY), 'utf8');
    fs.writeFileSync(path.join(store.dir, SUMMARY), good.slice(0, 40));
    expect(() => spied(store).repo.pastTotals(2025)).toThrow(/summary\.json 已损坏.*xinfang check --repair/);
    // and a write too: the summary is never rewritten from a copy it could not read
    expect(() => write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2025-08-08' })))).toThrow(/summary\.json 已损坏/);
    expect(checkStore(store).findings.map((f) => f.rel)).toEqual([SUMMARY]);
    repairStore(store, ctx);
    expect(fs.readFileSync(path.join(store.dir, SUMMARY), 'utf8')).toBe(good);
    expectAgrees(store);
  });

  test('a summary whose closings are keyed by something other than a date does not read (sealed or not)', () => {
    const store = seeded();
    const { seal: _seal, ...summary } = json(store, SUMMARY);
    summary.years[2025].closings = { 'zzzz-01-01': 1 };
    fs.writeFileSync(path.join(store.dir, SUMMARY), sealText(summary).text);
    expect(() => spied(store).repo.backlogLists(2025)).toThrow(/summary\.json 内容不符合格式.*YYYY-MM-DD.*xinfang check --repair/);
  });

  test('a summary edited by hand (sealed again) that disagrees with the indexes is reported and rebuilt', () => {
    const store = seeded();
    const { seal: _seal, ...summary } = json(store, SUMMARY);
    summary.years[2025].closed = 0;
    fs.writeFileSync(path.join(store.dir, SUMMARY), sealText(summary).text);
    const { findings } = checkStore(store);
    expect(findings).toEqual([{ rel: SUMMARY, text: expect.stringContaining('2025年的汇总与年度索引不符') }]);
    repairStore(store, ctx);
    expectAgrees(store);
  });

  test('a month file that is not the one the summary records stops the report (the index is not read to notice it)', () => {
    const store = seeded();
    fs.rmSync(path.join(store.dir, 'cases/2024/2024-05.json')); // the open 2024 case: 积案 of 2026
    const { repo } = spied(store);
    expect(() => repo.casesOfMonth(`2024-${Object.keys(repo.backlogLists(2024).backlogMonths)[0]}`)).toThrow(/summary\.json 与 .*2024-05\.json 不一致.*xinfang check --repair/);
  });

  test('an index from before the closed-later list: its cases are read instead of counted; check names it, --repair writes it', () => {
    const store = freshStore();
    const late = write(store, (r) => r.addCase(close('2026-01-10')(makeCase({ no: '', receivedDate: '2025-12-08', source: '本级受理' }))).no);
    expect(json(store, SUMMARY).years[2025]).toMatchObject({ backlogMonths: {}, closings: { '2026-01-10': 1 } });
    const { seal: _seal, closedLater: _closedLater, ...old } = json(store, 'cases/2025/index.json');
    fs.writeFileSync(path.join(store.dir, 'cases/2025/index.json'), sealText(old).text); // as an index from before the list
    write(store, (r) => r.updateCase(late, (c) => ({ ...c, summary: '更正摘要' }))); // the summary follows the index
    expect(json(store, SUMMARY).years[2025].closings).toBeUndefined();
    expect(json(store, SUMMARY).years[2025].backlogMonths).toEqual({ '12': '2026-01-10' });
    const { findings } = checkStore(store);
    expect(findings).toEqual([{ rel: 'cases/2025/index.json', text: expect.stringContaining('缺少以后年度办结的信访件清单') }, { rel: SUMMARY, text: expect.stringContaining('2025年的汇总与年度索引不符') }]);
    repairStore(store, ctx);
    expect(json(store, SUMMARY).years[2025]).toMatchObject({ backlogMonths: {}, closings: { '2026-01-10': 1 } });
    expectAgrees(store);
  });

  test('a store from before the summary: read from the indexes, check names it missing, and the next write brings in every year', () => {
    const store = seeded();
    fs.rmSync(path.join(store.dir, SUMMARY));
    const { reads, repo } = spied(store);
    expect(repo.pastTotals(2025)).toEqual({ received: 1, closed: 1 });
    expect(repo.backlogLists(2024)).toEqual({ backlogMonths: { '05': null }, repeatedBy: {}, closings: {} });
    expect(reads).toEqual([SUMMARY, 'cases/2025/index.json', 'cases/2024/index.json']);
    expect(checkStore(store).findings).toEqual([{ rel: SUMMARY, text: expect.stringContaining('缺失') }]);
    write(store, (r) => r.addCase(makeCase({ no: '', receivedDate: '2026-01-05' })));
    expect(Object.keys(json(store, SUMMARY).years)).toEqual(['2024', '2025', '2026']);
    expectAgrees(store);
  });
});
