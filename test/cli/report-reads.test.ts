// What the reports read (SPEC 12): the annual report of a finished year Y takes the previous year's figures — overall
// and per source group — from the store summary (cases/summary.json, else cases/Y-1/index.json), so the same report
// comes out with Y-1's month files gone; a store from before the summary whose index did not keep those counts makes
// the report read the month files instead, with the same result.
// While Y is not over, 同期 needs Y-1's cases up to the same day: only Y-1's month files up to that month are read.
import fs from 'node:fs';
import path from 'node:path';
import { CasesRepo } from '../../src/store/cases-repo.js';
import { sealText } from '../../src/store/seal.js';
import { Store } from '../../src/store/store.js';
import { docxText } from '../helpers/docx-text.js';
import { run, tempDir } from '../helpers/cli.js';
import { makeCase, testConfig } from '../helpers/report-fixtures.js';

const TODAY = '2027-01-05';
const ctx = { command: 'test', today: '2026-12-20' };
const SOURCES = ['省教育厅', '市信访局', '市长信箱', '本级受理'];

let work: string;
let dir: string;

beforeAll(() => {
  work = tempDir('xinfang-report-reads-');
  dir = path.join(work, 'data');
  const store = Store.create(dir, testConfig(), ctx);
  store.transaction(ctx, (tx) => {
    const repo = new CasesRepo(tx, dir, tx.config.settings.caseNumberFormat, tx);
    // 2025: 12 cases over four months from three sources; 2026: 9 cases
    for (let i = 0; i < 12; i++) {
      // closed within 2025 with nothing more asked: none is 积案 in 2026, so no 2025 case is needed for it
      const received = `2025-0${3 + (i % 4)}-1${i % 9}`;
      const closed = { status: '已办结' as const, closedDate: `2025-0${3 + (i % 4)}-2${i % 9}`, result: '解决' as const };
      repo.addCase(makeCase({ no: '', receivedDate: received, ...closed, source: SOURCES[i % 3], petitioner: { name: `甲${i}`, phone: '', idNumber: '', address: '' } }));
    }
    for (let i = 0; i < 9; i++) {
      repo.addCase(makeCase({ no: '', receivedDate: `2026-0${2 + (i % 5)}-0${1 + i}`, source: SOURCES[i % 4], petitioner: { name: `乙${i}`, phone: '', idNumber: '', address: '' } }));
    }
    repo.flush();
  });
});

/** The annual report of 2026 from a copy of the store changed by `change`: its JSON and the .docx text. */
async function annualFrom(name: string, change: (copy: string) => void, today = TODAY): Promise<{ json: Record<string, any>; docx: string }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const copy = path.join(work, name);
  fs.cpSync(dir, copy, { recursive: true });
  change(copy);
  const json = run(copy, ['--json', 'report', 'annual', '--year', '2026'], { today });
  expect(json.stderr).toBe('');
  const out = path.join(work, `${name}.docx`);
  const doc = run(copy, ['report', 'annual', '--year', '2026', '--out', out], { today });
  expect(doc.code).toBe(0);
  return { json: JSON.parse(json.stdout), docx: await docxText(fs.readFileSync(out)) };
}

const monthFiles = (copy: string, y: number) => fs.readdirSync(path.join(copy, 'cases', String(y))).filter((f) => f !== 'index.json').map((f) => path.join(copy, 'cases', String(y), f));
const removeMonths = (y: number) => (copy: string) => monthFiles(copy, y).forEach((f) => fs.rmSync(f));
const dropCounts = (y: number) => (copy: string) => {
  const file = path.join(copy, 'cases', String(y), 'index.json');
  const idx = JSON.parse(fs.readFileSync(file, 'utf8'));
  delete idx.bySource;
  delete idx.seal;
  fs.writeFileSync(file, sealText(idx).text); // sealed, as the tool wrote indexes before it kept the counts
  fs.rmSync(path.join(copy, 'cases', 'summary.json')); // and a store that old has no summary either
};

test('the annual report gives the previous year overall and per source group', async () => {
  const { json } = await annualFrom('whole', () => undefined);
  expect(json).toMatchObject({ total: 9, previousYearTotal: 12, yearOnYear: { previous: 12, current: 9, direction: 'down', diff: 3 } });
  const prev = Object.fromEntries(json.groups.map((g: { group: string; previousYearTotal: number }) => [g.group, g.previousYearTotal]));
  expect(prev).toEqual({ 上级转办: 8, 市长信箱: 4, 本级受理: 0 });
});

test('the annual report of 2026 reads no month file of 2025: the same report without them', async () => {
  const whole = await annualFrom('whole2', () => undefined);
  const without = await annualFrom('no-2025-months', removeMonths(2025));
  expect(monthFiles(path.join(work, 'no-2025-months'), 2025)).toEqual([]);
  expect(without.json).toEqual(whole.json);
  expect(without.docx).toBe(whole.docx);
  expect(whole.docx).toContain('与上年相比减少3件');
});

test('no index of 2025 is read either: the store summary keeps its counts', async () => {
  const whole = await annualFrom('whole-idx', () => undefined);
  const noIndex = await annualFrom('no-2025-index', (copy) => fs.rmSync(path.join(copy, 'cases', '2025', 'index.json')));
  expect(noIndex.json).toEqual(whole.json);
  expect(noIndex.docx).toBe(whole.docx);
  const partial = await annualFrom('partial-idx', () => undefined, '2026-04-15');
  expect((await annualFrom('partial-no-2025-index', (copy) => fs.rmSync(path.join(copy, 'cases', '2025', 'index.json')), '2026-04-15')).json).toEqual(partial.json);
});

test('a store from before the summary, its index without the per-source counts: the month files are read instead, same report', async () => {
  const whole = await annualFrom('whole3', () => undefined);
  const legacy = await annualFrom('legacy-index', dropCounts(2025));
  expect(legacy.json).toEqual(whole.json);
  // and it really reads them: without them there is no previous year to compare with
  const gone = await annualFrom('legacy-no-months', (copy) => (dropCounts(2025)(copy), removeMonths(2025)(copy)));
  expect(gone.json).toMatchObject({ previousYearTotal: null, yearOnYear: null });
});

test('a year not over reads the previous year only up to the month of today: 同期 from those month files', async () => {
  const APRIL = '2026-04-15';
  const whole = await annualFrom('partial', () => undefined, APRIL);
  // 2025-03-10/14/18 and 2025-04-10/11/15 are inside 同期; 2026: 02-01, 02-06, 03-02, 03-07, 04-03, 04-08
  expect(whole.json).toMatchObject({ period: { to: APRIL, complete: false }, total: 6, previousYearTotal: 6, yearOnYear: { direction: 'flat' } });
  const laterGone = await annualFrom('partial-no-may-june', (copy) => monthFiles(copy, 2025).filter((f) => /2025-0[56]\.json$/.test(f)).forEach((f) => fs.rmSync(f)), APRIL);
  expect(laterGone.json).toEqual(whole.json);
  expect(laterGone.docx).toBe(whole.docx);
  const allGone = await annualFrom('partial-no-2025', removeMonths(2025), APRIL);
  expect(allGone.json).toMatchObject({ previousYearTotal: null, yearOnYear: null });
});
