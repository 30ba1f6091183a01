// The reception-day files (visits/YYYY.json) on temp folders: written through a transaction, private, and checked
// on every read like the case files — a damaged file is named with its problem and never overwritten; each file is
// sealed, so a hand edit is noticed too (the shape checks below are reached by resealing the damaged content).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../src/store/index.js';
import { VisitsRepo } from '../../src/store/visits-repo.js';
import type { Visit } from '../../src/domain/reception/visit-model.js';
import { StoreError } from '../../src/errors.js';
import { sealText } from '../../src/store/seal.js';
import { caseConfig } from '../domain/fixtures/case-fixtures.js';

const ctx = { command: 'test', today: '2026-06-30' };
const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function freshStore(): Store {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-visits-'));
  roots.push(root);
  return Store.create(path.join(root, 'data'), caseConfig({}), ctx);
}

const visit = (over: Partial<Visit> = {}): Visit => ({
  id: 'Y2026-001', kind: '预约接访', date: '2026-07-16', leader: '张明', location: '会议室', time: '8:30-12:00', staff: '李华',
  name: '刘某', phone: '13800138000', summary: '学位问题', persons: 1, bookedOn: '2026-06-30', status: '已预约',
  noticeGiven: null, caseNo: null, history: [], ...over,
});

function writeYear(store: Store, fill: (r: VisitsRepo) => void): void {
  store.transaction(ctx, (tx) => {
    const repo = new VisitsRepo(tx, tx);
    fill(repo);
    repo.flush();
  });
}

test('a year is written to visits/YYYY.json, owner-only, and read back', () => {
  const store = freshStore();
  writeYear(store, (r) => {
    const y = r.touch(2026);
    y.visits.push(visit());
    y.days.push({ date: '2026-07-01', held: true, leaders: ['张明'], note: '', reason: '', closedOn: '2026-07-01' });
    y.leaderNotices.push({ date: '2026-07-16', kind: '接访', leader: '张明', givenOn: '2026-07-14' });
  });
  const file = path.join(store.dir, 'visits', '2026.json');
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  const back = new VisitsRepo(store).year(2026);
  expect(back.visits).toEqual([visit()]);
  expect(back.days.map((d) => d.date)).toEqual(['2026-07-01']);
  expect(new VisitsRepo(store).year(2027)).toMatchObject({ year: 2027, nextSeq: 1, visits: [] }); // none yet: empty, nothing written
  expect(fs.existsSync(path.join(store.dir, 'visits', '2027.json'))).toBe(false);
});

test.each<[string, (doc: Record<string, unknown>) => unknown, RegExp]>([
  ['not JSON', () => '{"year": 2026,', /不是有效的 JSON/],
  ['a status that does not exist', (d) => ({ ...d, visits: [{ ...visit(), status: '已完成' }] }), /visits\.0\.status/],
  ['a date that is not one', (d) => ({ ...d, visits: [{ ...visit(), date: '2026-7-16' }] }), /YYYY-MM-DD/],
  ['persons not a number', (d) => ({ ...d, visits: [{ ...visit(), persons: '2' }] }), /persons/],
  ['a day record without its flag', (d) => ({ ...d, days: [{ date: '2026-07-01', leaders: [], note: '', reason: '', closedOn: '2026-07-01' }] }), /days\.0\.held/],
  ['no schemaVersion', (d) => ({ ...d, schemaVersion: undefined }), /schemaVersion/],
  ['a hand edit, not resealed', (d) => JSON.stringify({ ...d, visits: [{ ...visit(), name: '改名' }] }), /校验值/],
])('a damaged file (%s) is a store error naming the file, and is left as it is', (_name, damage, problem) => {
  const store = freshStore();
  writeYear(store, (r) => void r.touch(2026).visits.push(visit()));
  const file = path.join(store.dir, 'visits', '2026.json');
  const { seal: _seal, ...doc } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const broken = damage(doc);
  fs.writeFileSync(file, typeof broken === 'string' ? broken : sealText(broken as object).text);
  const bytes = fs.readFileSync(file, 'utf8');
  const read = () => new VisitsRepo(store).year(2026);
  expect(read).toThrow(StoreError);
  expect(read).toThrow(file);
  expect(read).toThrow(problem);
  expect(() => writeYear(store, (r) => void r.touch(2026))).toThrow(StoreError);
  expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
});
