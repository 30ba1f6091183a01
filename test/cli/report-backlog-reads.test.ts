// What the annual report reads for 积案: the earlier years' indexes name the cases that may be backlog in a later year
// (cases/YYYY/index.json "unsettled", and "repeatedBy" for a later repeat on the same matter), and the store summary
// (cases/summary.json) keeps which month files hold them, so only those are read — the same report comes out with
// every other month file of those years gone. A store from before the summary whose indexes lack the lists makes
// the report judge those years' cases; `xinfang reindex` (= `check --repair`) writes the lists and the summary.
import fs from 'node:fs';
import path from 'node:path';
import type { Case } from '../../src/domain/model.js';
import { CasesRepo } from '../../src/store/cases-repo.js';
import { Store } from '../../src/store/store.js';
import { sealText } from '../../src/store/seal.js';
import { run, tempDir } from '../helpers/cli.js';
import { makeCase, testConfig } from '../helpers/report-fixtures.js';

const TODAY = '2027-01-05';
const person = (name: string) => ({ name, phone: `1390000${String(name.charCodeAt(0) % 10000).padStart(4, '0')}`, idNumber: '', address: '' });
const closed = (received: string, on: string, over: Partial<Case> = {}): Partial<Case> => ({ no: '', receivedDate: received, status: '已办结', closedDate: on, replyDate: on, result: '解决', ...over });

let work: string;
let dir: string;
const nos: Record<string, string> = {};

beforeAll(() => {
  work = tempDir('xinfang-backlog-reads-');
  dir = path.join(work, 'data');
  const store = Store.create(dir, testConfig(), { command: 'test', today: '2026-12-20' });
  store.transaction({ command: 'test', today: '2026-12-20' }, (tx) => {
    const repo = new CasesRepo(tx, dir, tx.config.settings.caseNumberFormat, tx);
    const add = (key: string, c: Partial<Case>) => (nos[key] = repo.addCase(makeCase({ no: '', ...c })).no);
    add('open2024', { receivedDate: '2024-05-06', petitioner: person('甲') }); // still 办理中: backlog, left
    add('fine2024', { ...closed('2024-02-05', '2024-03-01'), petitioner: person('乙') }); // never backlog
    add('unhappy2025', { ...closed('2025-03-03', '2025-04-01'), status: '已评价', satisfaction: '不满意', petitioner: person('丙') }); // backlog, left
    add('fine2025', { ...closed('2025-07-07', '2025-08-01'), petitioner: person('丁') }); // never backlog
    add('december2025', { ...closed('2025-12-08', '2026-01-10'), petitioner: person('戊') }); // backlog on 1 January, closed since
    add('repeated2025', { ...closed('2025-09-09', '2025-10-01'), petitioner: person('己') }); // repeated in 2026: added
    add('repeat2026', { receivedDate: '2026-03-02', repeatOf: [nos.repeated2025], petitioner: person('己') });
    add('new2026', { receivedDate: '2026-04-06', petitioner: person('庚') });
    repo.flush();
  });
});

function copyOf(name: string, change: (copy: string) => void = () => undefined): string {
  const copy = path.join(work, name);
  fs.cpSync(dir, copy, { recursive: true });
  change(copy);
  return copy;
}
const annual = (copy: string) => {
  const r = run(copy, ['--json', 'report', 'annual', '--year', '2026'], { today: TODAY });
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout);
};
const monthFile = (copy: string, m: string) => path.join(copy, 'cases', m.slice(0, 4), `${m}.json`);
const index = (copy: string, y: number) => JSON.parse(fs.readFileSync(path.join(copy, 'cases', String(y), 'index.json'), 'utf8'));

test('the indexes name the cases that may be backlog later, and the repeat on the same matter', () => {
  expect(index(dir, 2024).unsettled).toEqual({ [nos.open2024]: null });
  expect(index(dir, 2025).unsettled).toEqual({ [nos.unhappy2025]: null, [nos.december2025]: '2026-01-10', [nos.repeated2025]: null });
  expect(index(dir, 2025).repeatedBy).toEqual({ [nos.repeated2025]: [nos.repeat2026] });
});

test('start 3 (2024 open, 2025 不满意, December 2025), left 2, added 1 (the repeat); the other month files are not read', () => {
  const whole = annual(copyOf('whole'));
  expect(whole.backlog).toEqual({ start: 3, resolved: 0, terminated: 0, left: 2, added: 1, rate: 0 });
  const others = ['2024-02', '2025-07'];
  const trimmed = copyOf('trimmed', (copy) => others.forEach((m) => fs.rmSync(monthFile(copy, m))));
  expect(annual(trimmed)).toEqual(whole);
  // and the named ones are read: without the 2024 open case's month file the report stops (its index keeps that
  // file's seal) rather than count one backlog case less
  const gone = copyOf('gone', (copy) => fs.rmSync(monthFile(copy, '2024-05')));
  const r = run(gone, ['--json', 'report', 'annual', '--year', '2026'], { today: TODAY });
  expect([r.code, r.stdout]).toEqual([3, '']);
  expect(r.stderr).toMatch(/2024-05\.json 不一致.*xinfang check --repair/);
});

test('no index of an earlier year is read: the summary names the month files (the same report without the indexes)', () => {
  const whole = annual(copyOf('whole-indexes'));
  const noIndexes = copyOf('no-indexes', (copy) => [2024, 2025].forEach((y) => fs.rmSync(path.join(copy, 'cases', String(y), 'index.json'))));
  expect(annual(noIndexes)).toEqual(whole);
});

test('化解 and 终结 recorded on the backlog are counted in the year they were recorded', () => {
  const copy = copyOf('settled');
  const resolve = run(copy, ['case', 'resolve', nos.unhappy2025, '--date', '2026-05-06', '--note', '信访人签字息诉'], { today: '2026-05-06' });
  expect([resolve.code, resolve.stderr]).toEqual([0, '']);
  const terminate = run(copy, ['case', 'terminate', nos.december2025, '--date', '2026-06-01', '--doc-no', '示教终〔2026〕1号'], { today: '2026-06-01' });
  expect([terminate.code, terminate.stderr]).toEqual([0, '']);
  expect(annual(copy).backlog).toEqual({ start: 3, resolved: 1, terminated: 1, left: 1, added: 1, rate: 33.33 });
  // 化解 in 2026 keeps it named for the 2026 report, and for no later year
  expect(index(copy, 2025).unsettled[nos.unhappy2025]).toBe('2026-05-06');
});

test('a store from before the summary, its indexes without the lists: the year is judged from its cases (a later repeat needs reindex), reindex writes them', () => {
  const whole = annual(copyOf('whole2'));
  const legacy = copyOf('legacy', (copy) => {
    for (const y of [2024, 2025]) {
      const file = path.join(copy, 'cases', String(y), 'index.json');
      const { seal: _seal, ...idx } = JSON.parse(fs.readFileSync(file, 'utf8'));
      delete idx.unsettled;
      delete idx.repeatedBy;
      fs.writeFileSync(file, sealText(idx).text); // an index from before the lists, as the tool would have sealed it
    }
    fs.rmSync(path.join(copy, 'cases', 'summary.json')); // a store that old has no summary either
  });
  expect(annual(legacy).backlog).toEqual({ ...whole.backlog, added: 0 });
  expect(run(legacy, ['reindex'], { today: TODAY }).code).toBe(0); // the same rebuild as check --repair
  expect(index(legacy, 2025).repeatedBy).toEqual({ [nos.repeated2025]: [nos.repeat2026] });
  expect(annual(legacy)).toEqual(whole);
});
