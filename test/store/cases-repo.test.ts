import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../../src/store/index.js';
import { CasesRepo } from '../../src/store/cases-repo.js';
import { sealText } from '../../src/store/seal.js';
import { applyStep } from '../../src/domain/cases/workflow.js';
import type { Case } from '../../src/domain/model.js';
import { caseConfig, makeCase } from '../domain/fixtures/case-fixtures.js';
import { tempDir } from '../helpers/cli.js';

const ctx = { command: 'test', today: '2026-06-30' };

function freshStore(format = '{year}-{seq:4}'): Store {
  const dir = path.join(tempDir('xinfang-cases-'), 'data');
  const cfg = caseConfig({ caseNumberFormat: format });
  return Store.create(dir, cfg, ctx);
}

function write<R>(store: Store, fn: (repo: CasesRepo) => R): R {
  return store.transaction(ctx, (tx) => {
    const repo = new CasesRepo(tx, store.dir, tx.config.settings.caseNumberFormat, tx);
    const r = fn(repo);
    repo.flush();
    return r;
  });
}

function read(store: Store): CasesRepo {
  return new CasesRepo(store, store.dir, store.config().settings.caseNumberFormat);
}

const blank = (over: Partial<Case>): Case => makeCase({ no: '', ...over });

describe('cases repo', () => {
  test('numbers are gap-free per year, files are laid out by month of receipt', () => {
    const store = freshStore();
    const nos = write(store, (r) => [
      r.addCase(blank({ receivedDate: '2025-12-30' })).no,
      r.addCase(blank({ receivedDate: '2026-01-05' })).no,
      r.addCase(blank({ receivedDate: '2026-03-02' })).no,
    ]);
    const more = write(store, (r) => r.addCase(blank({ receivedDate: '2026-01-20' })).no);
    expect([...nos, more]).toEqual(['2025-0001', '2026-0001', '2026-0002', '2026-0003']);
    const files = fs.readdirSync(path.join(store.dir, 'cases', '2026')).sort();
    expect(files).toEqual(['2026-01.json', '2026-03.json', 'index.json']);
    const idx = JSON.parse(fs.readFileSync(path.join(store.dir, 'cases/2026/index.json'), 'utf8'));
    expect(idx).toMatchObject({ schemaVersion: 2, year: 2026, nextSeq: 4, months: { '2026-0001': '01', '2026-0002': '03', '2026-0003': '01' }, bySource: { 本级受理: 3 }, closed: 0, unsettled: { '2026-0001': null, '2026-0002': null, '2026-0003': null } });
    // the index keeps each month file's seal, and every case file carries its own
    const sealOf = (rel: string) => JSON.parse(fs.readFileSync(path.join(store.dir, rel), 'utf8')).seal;
    expect(idx.monthSeals).toEqual({ '01': sealOf('cases/2026/2026-01.json'), '03': sealOf('cases/2026/2026-03.json') });
    expect(idx.seal).toMatch(/^[0-9a-f]{64}$/);
    const repo = read(store);
    expect(repo.years()).toEqual([2025, 2026]);
    expect(repo.casesOfMonth('2026-01').map((c) => c.no)).toEqual(['2026-0001', '2026-0003']);
    expect(repo.casesOfYear(2026).map((c) => c.no)).toEqual(['2026-0001', '2026-0003', '2026-0002']);
    expect(repo.getCase('2026-0002').receivedDate).toBe('2026-03-02');
    expect(() => repo.getCase('2026-0099')).toThrow('没有编号为“2026-0099”的信访件');
  });

  test('files holding petitioner data are owner-only', () => {
    const store = freshStore();
    write(store, (r) => r.addCase(blank({})));
    for (const rel of ['cases/2026/2026-03.json', 'cases/2026/index.json', 'cases/open.json']) {
      expect(fs.statSync(path.join(store.dir, rel)).mode & 0o777).toBe(0o600);
    }
    expect(fs.statSync(path.join(store.dir, 'cases')).mode & 0o777).toBe(0o700);
    const shards = fs.readdirSync(path.join(store.dir, 'cases/people'));
    expect(shards.length).toBeGreaterThanOrEqual(1);
    expect(shards.length).toBeLessThanOrEqual(2);
  });

  test('open.json follows the workflow and drops closed cases', () => {
    const store = freshStore();
    const cfg = store.config();
    const step = { config: cfg, today: '2026-06-30', calendar: null };
    write(store, (r) => {
      r.addCase(blank({}));
      r.addCase(blank({}));
    });
    write(store, (r) => {
      r.updateCase('2026-0001', (c) => applyStep(c, { action: '受理', date: '2026-03-03' }, step));
      r.updateCase('2026-0002', (c) => applyStep(c, { action: '不予受理', date: '2026-03-03', reason: '诉讼' }, step));
    });
    expect(read(store).openCases()).toEqual([
      { no: '2026-0001', status: '已受理', receivedDate: '2026-03-02', acceptedDate: '2026-03-03', dueDate: null, unit: '', leader: '', summary: '反映某校违规收取资料费' },
    ]);
    expect(read(store).getCase('2026-0002').status).toBe('不予受理');
  });

  test('repeat petitioners are found by ID number or by name + phone, and the index holds no personal data', () => {
    const store = freshStore();
    write(store, (r) => {
      r.addCase(blank({ receivedDate: '2025-05-01' }));
      r.addCase(blank({ receivedDate: '2026-01-10', petitioner: { name: '王某某', phone: '13800138000', idNumber: '', address: '' } }));
      r.addCase(blank({ receivedDate: '2026-02-10', petitioner: { name: '李某', phone: '13900000000', idNumber: '', address: '' } }));
    });
    const repo = read(store);
    expect(repo.findRepeats({ name: '别名', phone: '', idNumber: '11010519491231002X' }).map((x) => x.no)).toEqual(['2025-0001']);
    expect(repo.findRepeats({ name: '王某某', phone: '13800138000', idNumber: '' }).map((x) => x.no)).toEqual(['2025-0001', '2026-0001']);
    expect(repo.findRepeats({ name: '李某', phone: '', idNumber: '' })).toEqual([]);
    // a back-dated registration only links what came in on or before its own date
    expect(repo.findRepeats({ name: '王某某', phone: '13800138000', idNumber: '' }, '2025-12-31').map((x) => x.no)).toEqual(['2025-0001']);
    const people = fs.readdirSync(path.join(store.dir, 'cases/people')).map((f) => fs.readFileSync(path.join(store.dir, 'cases/people', f), 'utf8')).join('');
    expect(people).not.toContain('11010519491231002X');
    expect(people).not.toContain('13800138000');
    expect(people).not.toContain('王某某');
  });

  test('explicit numbers (imports) must be new and move the sequence on', () => {
    const store = freshStore();
    write(store, (r) => {
      r.addCase(blank({ no: '2026-0007' }));
    });
    expect(write(store, (r) => r.addCase(blank({})).no)).toBe('2026-0008');
    expect(() => write(store, (r) => r.addCase(blank({ no: '2026-0007' })))).toThrow('编号 2026-0007 已存在');
    expect(read(store).getCase('2026-0007').no).toBe('2026-0007');
  });

  test.each(['省2026第12号', '2026-0001/../../../../x', '2026-0001\u0000', '../2026-0001', `2026-${'1'.repeat(10000)}x`])(
    'an explicit number that does not fit the configured format is refused: %j',
    (no) => {
      const store = freshStore();
      expect(() => write(store, (r) => r.addCase(blank({ no })))).toThrow(/不符合设定的编号格式/);
      expect(fs.existsSync(path.join(store.dir, 'cases'))).toBe(false);
    },
  );

  test('an explicit number of another year than its receipt is never handed out again', () => {
    const store = freshStore();
    expect(() => write(store, (r) => r.addCase(blank({ no: '2026-0001', receivedDate: '2025-12-30' })))).toThrow('编号 2026-0001 的年份 2026 与登记日期 2025-12-30 不符');
    expect(write(store, (r) => r.addCase(blank({ receivedDate: '2026-01-05' })).no)).toBe('2026-0001');
    expect(read(store).years()).toEqual([2026]);
  });

  test('a custom number format', () => {
    const store = freshStore('教信{year}第{seq:3}号');
    expect(write(store, (r) => r.addCase(blank({})).no)).toBe('教信2026第001号');
    expect(read(store).getCase('教信2026第001号').no).toBe('教信2026第001号');
  });

  test('a daily add reads only the current year: past years are never opened', () => {
    const store = freshStore();
    write(store, (r) => {
      for (const y of [2019, 2020, 2021]) r.addCase(blank({ receivedDate: `${y}-06-01`, petitioner: { name: `甲${y}`, phone: '', idNumber: '', address: '' } }));
    });
    const reads: string[] = [];
    store.transaction(ctx, (tx) => {
      const spy = { read: <T>(rel: string, spec: Parameters<typeof tx.read>[1]) => (reads.push(rel), tx.read(rel, spec as never) as T), readText: (rel: string) => tx.readText(rel), list: (rel: string) => tx.list(rel), size: (rel: string) => tx.size(rel) };
      const repo = new CasesRepo(spy, store.dir, '{year}-{seq:4}', tx);
      repo.findRepeats({ name: '新人', phone: '13800000000', idNumber: '' });
      repo.addCase(blank({ petitioner: { name: '新人', phone: '13800000000', idNumber: '', address: '' } }));
      repo.getCase('2026-0001');
      repo.flush();
    });
    expect(reads.filter((r) => /cases\/20(19|20|21)\//.test(r))).toEqual([]);
  });

  describe('cases per source in the year index (the previous year of a report, without its month files)', () => {
    const indexFile = (store: Store, y: number) => path.join(store.dir, `cases/${y}/index.json`);
    const editIndex = (store: Store, y: number, f: (idx: Record<string, unknown>) => void) => {
      const idx = JSON.parse(fs.readFileSync(indexFile(store, y), 'utf8'));
      delete idx.seal;
      f(idx);
      fs.writeFileSync(indexFile(store, y), sealText(idx).text); // as the tool would have written it
    };
    const spied = (store: Store) => {
      const reads: string[] = [];
      const src = { read: <T>(rel: string, spec: Parameters<Store['read']>[1]) => (reads.push(rel), store.read(rel, spec as never) as T), readText: (rel: string) => store.readText(rel), list: (rel: string) => store.list(rel), size: (rel: string) => store.size(rel) };
      return { reads, repo: new CasesRepo(src, store.dir, '{year}-{seq:4}') };
    };
    const three = (store: Store) =>
      write(store, (r) => {
        r.addCase(blank({ receivedDate: '2025-03-01', source: '本级受理' }));
        r.addCase(blank({ receivedDate: '2025-07-01', source: '市信访局' }));
        r.addCase(blank({ receivedDate: '2025-08-01', source: '市信访局' }));
      });

    test('kept as cases are added, and read from the index alone', () => {
      const store = freshStore();
      three(store);
      const { reads, repo } = spied(store);
      expect(repo.receivedBySource(2025)).toEqual({ 本级受理: 1, 市信访局: 2 });
      expect(reads).toEqual(['cases/2025/index.json']);
      expect(read(store).receivedBySource(2024)).toEqual({});
    });

    test('an index from before the counts: the year is counted from its cases, and the next add fills the counts in', () => {
      const store = freshStore();
      three(store);
      editIndex(store, 2025, (idx) => delete idx.bySource);
      const { reads, repo } = spied(store);
      expect(repo.receivedBySource(2025)).toEqual({ 本级受理: 1, 市信访局: 2 });
      expect(reads).toEqual(expect.arrayContaining(['cases/2025/2025-03.json', 'cases/2025/2025-07.json', 'cases/2025/2025-08.json']));
      write(store, (r) => r.addCase(blank({ receivedDate: '2025-09-01', source: '本级受理' })));
      expect(JSON.parse(fs.readFileSync(indexFile(store, 2025), 'utf8')).bySource).toEqual({ 本级受理: 2, 市信访局: 2 });
    });

    test('counts that do not add up to the cases of the index are not trusted', () => {
      const store = freshStore();
      three(store);
      editIndex(store, 2025, (idx) => (idx.bySource = { 本级受理: 5 }));
      expect(read(store).receivedBySource(2025)).toEqual({ 本级受理: 1, 市信访局: 2 });
    });

    test('a hand edit of the index is noticed by its seal: the command stops and names the repair', () => {
      const store = freshStore();
      three(store);
      const idx = JSON.parse(fs.readFileSync(indexFile(store, 2025), 'utf8'));
      idx.bySource = { 本级受理: 3 };
      fs.writeFileSync(indexFile(store, 2025), JSON.stringify(idx));
      expect(() => read(store).receivedBySource(2025)).toThrow(/index\.json 与写入时的校验值不符.*xinfang check --repair/);
    });

    test('a case whose source changes moves its count', () => {
      const store = freshStore();
      three(store);
      write(store, (r) => r.updateCase('2025-0002', (c) => ({ ...c, source: '本级受理' })));
      expect(JSON.parse(fs.readFileSync(indexFile(store, 2025), 'utf8')).bySource).toEqual({ 本级受理: 2, 市信访局: 1 });
      write(store, (r) => r.updateCase('2025-0001', (c) => ({ ...c, source: '市长信箱' })));
      expect(JSON.parse(fs.readFileSync(indexFile(store, 2025), 'utf8')).bySource).toEqual({ 本级受理: 1, 市信访局: 1, 市长信箱: 1 });
    });
  });

  describe('received and 办结 per year (the five-year trend reads only the indexes)', () => {
    const indexOf = (store: Store, y: number) => JSON.parse(fs.readFileSync(path.join(store.dir, `cases/${y}/index.json`), 'utf8'));
    // an index as an older version (or a resealed hand edit) left it: its seal is intact, its counts are not trusted
    const editIndex = (store: Store, y: number, fn: (idx: Record<string, unknown>) => void) => {
      const { seal: _seal, ...idx } = indexOf(store, y);
      fn(idx);
      fs.writeFileSync(path.join(store.dir, `cases/${y}/index.json`), sealText(idx).text);
    };
    const spied = (store: Store) => {
      const reads: string[] = [];
      const src = { read: <T>(rel: string, spec: Parameters<Store['read']>[1]) => (reads.push(rel), store.read(rel, spec as never) as T), readText: (rel: string) => store.readText(rel), list: (rel: string) => store.list(rel), size: (rel: string) => store.size(rel) };
      return { reads, repo: new CasesRepo(src, store.dir, '{year}-{seq:4}') };
    };
    // 2025: one open, one added closed (an imported row), one refused
    const three = (store: Store) =>
      write(store, (r) => {
        r.addCase(blank({ receivedDate: '2025-03-01' }));
        r.addCase(blank({ receivedDate: '2025-07-01', status: '已办结', closedDate: '2025-08-01' }));
        r.addCase(blank({ receivedDate: '2025-08-01', status: '不予受理', acceptedDate: null }));
      });

    test('kept as cases are added and closed, and read from the index alone', () => {
      const store = freshStore();
      three(store);
      expect(indexOf(store, 2025).closed).toBe(1);
      const { reads, repo } = spied(store);
      expect(repo.yearTotals(2025)).toEqual({ received: 3, closed: 1 });
      expect(reads).toEqual(['cases/2025/index.json']);
      expect(read(store).yearTotals(2024)).toEqual({ received: 0, closed: 0 });
    });

    test('closing, rating and reopening a case move the count', () => {
      const store = freshStore();
      three(store);
      write(store, (r) => r.updateCase('2025-0001', (c) => ({ ...c, status: '已办结', closedDate: '2025-04-01' })));
      expect(indexOf(store, 2025).closed).toBe(2);
      write(store, (r) => r.updateCase('2025-0001', (c) => ({ ...c, status: '已评价', satisfaction: '满意' })));
      expect(indexOf(store, 2025).closed).toBe(2);
      write(store, (r) => r.updateCase('2025-0002', (c) => ({ ...c, status: '办理中', closedDate: null })));
      expect(indexOf(store, 2025).closed).toBe(1);
      expect(read(store).yearTotals(2025)).toEqual({ received: 3, closed: 1 });
    });

    test('a correction moving a case to another month, a review and an undone 办结 keep the count right', () => {
      const store = freshStore();
      three(store);
      write(store, (r) => r.updateCase('2025-0002', (c) => ({ ...c, receivedDate: '2025-06-20' })));
      expect(indexOf(store, 2025)).toMatchObject({ closed: 1, months: { '2025-0002': '06' } });
      // a case under 复查 was closed and replied to: it stays counted (report-status.ts)
      write(store, (r) => r.updateCase('2025-0002', (c) => ({ ...c, receivedDate: '2025-05-02', status: '复查中' })));
      expect(indexOf(store, 2025)).toMatchObject({ closed: 1, months: { '2025-0002': '05' } });
      expect(read(store).casesOfMonth('2025-06')).toEqual([]);
      // `case undo` of the 办结 puts it back in progress
      write(store, (r) => r.updateCase('2025-0002', (c) => ({ ...c, status: '办理中', closedDate: null })));
      expect(read(store).yearTotals(2025)).toEqual({ received: 3, closed: 0 });
    });

    test('an index from before the count: the year is counted from its cases, and the next change writes the count in', () => {
      const store = freshStore();
      three(store);
      editIndex(store, 2025, (idx) => delete idx.closed);
      const { reads, repo } = spied(store);
      expect(repo.yearTotals(2025)).toEqual({ received: 3, closed: 1 });
      expect(reads).toEqual(expect.arrayContaining(['cases/2025/2025-03.json', 'cases/2025/2025-07.json', 'cases/2025/2025-08.json']));
      write(store, (r) => r.updateCase('2025-0001', (c) => ({ ...c, status: '已办结', closedDate: '2025-04-01' })));
      expect(indexOf(store, 2025).closed).toBe(2);
      editIndex(store, 2025, (idx) => delete idx.closed);
      write(store, (r) => r.addCase(blank({ receivedDate: '2025-09-01' })));
      expect(indexOf(store, 2025).closed).toBe(2);
    });

    test('a count larger than the cases of the index (a hand edit) is not trusted', () => {
      const store = freshStore();
      three(store);
      editIndex(store, 2025, (idx) => (idx.closed = 9));
      expect(read(store).yearTotals(2025)).toEqual({ received: 3, closed: 1 });
    });
  });

  test('a corrupt case file is reported with its name and never overwritten', () => {
    const store = freshStore();
    write(store, (r) => r.addCase(blank({})));
    const file = path.join(store.dir, 'cases/2026/2026-03.json');
    const broken = sealText({ schemaVersion: 2, month: '2026-03', cases: [{ no: 1 }] }).text; // sealed, yet not a case
    fs.writeFileSync(file, broken);
    expect(() => read(store).getCase('2026-0001')).toThrow(/2026-03\.json.*不符合格式.*backup restore --file cases\/2026\/2026-03\.json/);
    expect(() => write(store, (r) => r.addCase(blank({})))).toThrow(/2026-03\.json/);
    expect(fs.readFileSync(file, 'utf8')).toBe(broken);
  });
});
