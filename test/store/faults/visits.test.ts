// The visit files (visits/YYYY.json) have the case files' protection: a hand edit is noticed by the seal and stops
// the command with the repair command; `check` reports it and `check --repair` brings back the last committed
// version from the backups (or `backup restore --file`); a link in a visit file's place is refused, not followed.
import fs from 'node:fs';
import path from 'node:path';
import type { Visit } from '../../../src/domain/reception/visit-model.js';
import { StoreError } from '../../../src/errors.js';
import { checkStore, repairStore } from '../../../src/store/repair.js';
import type { Store } from '../../../src/store/store.js';
import { VisitsRepo } from '../../../src/store/visits-repo.js';
import { cleanup, CTX, handEdit, storeWithCases } from './helpers.js';

afterAll(cleanup);

const FILE = 'visits/2026.json';
const visit = (id: string): Visit => ({
  id, kind: '预约接访', date: '2026-12-16', leader: '张明', location: '会议室', time: '8:30-12:00', staff: '李华',
  name: '刘某', phone: '13800138000', summary: '学位问题', persons: 1, bookedOn: '2026-11-30', status: '已预约',
  noticeGiven: null, caseNo: null, history: [],
});

function withVisits(): { store: Store; dir: string } {
  const { store, dir } = storeWithCases();
  for (const id of ['Y2026-001', 'Y2026-002']) {
    store.transaction(CTX, (tx) => {
      const repo = new VisitsRepo(tx, tx);
      repo.touch(2026).visits.push(visit(id));
      repo.flush();
    });
  }
  return { store, dir };
}
const ids = (store: Store) => new VisitsRepo(store).year(2026).visits.map((v) => v.id);

test('written sealed and owner-only; check finds nothing', () => {
  const { store, dir } = withVisits();
  expect(fs.readFileSync(path.join(dir, FILE), 'utf8')).toMatch(/,"seal":"[0-9a-f]{64}"\}$/);
  expect(fs.statSync(path.join(dir, FILE)).mode & 0o777).toBe(0o600);
  expect(checkStore(store).findings).toEqual([]);
});

test('a visit dropped by hand: refused with the repair command; check reports it; repair restores the committed file', () => {
  const { store, dir } = withVisits();
  handEdit(dir, FILE, (doc) => doc.visits.pop());
  expect(() => ids(store)).toThrow(StoreError);
  expect(() => ids(store)).toThrow(/visits\/2026\.json 缺少校验值.*xinfang backup restore --file visits\/2026\.json/);
  const found = checkStore(store);
  expect(found.findings.map((f) => `${f.rel}：${f.text}`)).toEqual([expect.stringMatching(/^visits\/2026\.json：缺少校验值.*\n.*修复：恢复为最后一次保存的版本/)]);
  repairStore(store, CTX);
  expect(ids(store)).toEqual(['Y2026-001', 'Y2026-002']);
  expect(checkStore(store).findings).toEqual([]);
});

test('backup restore --file brings back the last committed visit file, nothing else undone', () => {
  const { store, dir } = withVisits();
  fs.writeFileSync(path.join(dir, FILE), '{"broken"');
  expect(checkStore(store).findings.map((f) => f.rel)).toEqual([FILE]);
  store.restoreFile(CTX, FILE);
  expect(ids(store)).toEqual(['Y2026-001', 'Y2026-002']);
  expect(checkStore(store).findings).toEqual([]);
});

test('a link in the place of a visit file is refused, not followed', () => {
  const { store, dir } = withVisits();
  const outside = path.join(dir, '..', 'elsewhere.json');
  fs.renameSync(path.join(dir, FILE), outside);
  fs.symlinkSync(outside, path.join(dir, FILE));
  expect(() => ids(store)).toThrow(/符号链接/);
});
