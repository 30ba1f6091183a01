// The 积案 lists of a year index follow every change of a case: an entry while the case may be 积案 later (null: no
// end yet; a date: the last day), none once it was closed within its year with nothing more asked; a repeat on the
// same matter noted in the earlier case's year; the lists an older index lacks filled in from the year's cases.
import fs from 'node:fs';
import path from 'node:path';
import type { Case } from '../../src/domain/model.js';
import { CasesRepo } from '../../src/store/cases-repo.js';
import { Store } from '../../src/store/index.js';
import { sealText } from '../../src/store/seal.js';
import { makeCase, testConfig } from '../helpers/report-fixtures.js';
import { tempDir } from '../helpers/cli.js';

const ctx = { command: 'test', today: '2026-06-30' };
const store = Store.create(path.join(tempDir('xinfang-year-backlog-'), 'data'), testConfig(), ctx);
const write = <R>(fn: (repo: CasesRepo) => R): R =>
  store.transaction(ctx, (tx) => {
    const repo = new CasesRepo(tx, store.dir, tx.config.settings.caseNumberFormat, tx);
    const r = fn(repo);
    repo.flush();
    return r;
  });
const index = (y: number) => JSON.parse(fs.readFileSync(path.join(store.dir, 'cases', String(y), 'index.json'), 'utf8'));
const person = { name: '周某', phone: '13900001111', idNumber: '', address: '' };
const close = (on: string) => (c: Case): Case => ({ ...c, status: '已办结', closedDate: on, replyDate: on, result: '解决' });

test('an entry follows the case through its steps', () => {
  const no = write((r) => r.addCase(makeCase({ no: '', receivedDate: '2025-03-03', petitioner: person })).no);
  expect(index(2025).unsettled).toEqual({ [no]: null });
  write((r) => r.updateCase(no, close('2025-04-01')));
  expect(index(2025).unsettled).toEqual({});
  write((r) => r.updateCase(no, (c) => ({ ...c, status: '已评价', satisfaction: '不满意' })));
  expect(index(2025).unsettled).toEqual({ [no]: null });
  write((r) => r.updateCase(no, (c) => ({ ...c, resolution: { date: '2026-05-06', note: '' } })));
  expect(index(2025).unsettled).toEqual({ [no]: '2026-05-06' });
});

test('a case closed in the next year is named until its close; a later repeat on the same matter is noted in the earlier year', () => {
  const late = write((r) => r.addCase(makeCase({ no: '', receivedDate: '2025-12-15', petitioner: { ...person, name: '吴某' } })).no);
  write((r) => r.updateCase(late, close('2026-01-09')));
  expect(index(2025).unsettled[late]).toBe('2026-01-09');
  const earlier = write((r) => r.addCase(close('2025-06-01')(makeCase({ no: '', receivedDate: '2025-05-05', petitioner: { ...person, name: '郑某' } }))));
  expect(Object.hasOwn(index(2025).unsettled, earlier.no)).toBe(false);
  // another matter of the same person is not a repeat of this one; the same matter is
  write((r) => r.addCase(makeCase({ no: '', receivedDate: '2026-02-02', repeatOf: [earlier.no], category: '教育收费', petitioner: earlier.petitioner })));
  expect(index(2025).repeatedBy?.[earlier.no]).toBeUndefined();
  const repeat = write((r) => r.addCase(makeCase({ no: '', receivedDate: '2026-03-02', repeatOf: [earlier.no], petitioner: earlier.petitioner })).no);
  expect(index(2025).repeatedBy).toEqual({ [earlier.no]: [repeat] });
  expect(index(2025).unsettled[earlier.no]).toBeNull();
});

test('an index without the lists gets them, judged from the year, at the next change', () => {
  const file = path.join(store.dir, 'cases/2025/index.json');
  const { seal: _seal, ...idx } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const kept = idx.unsettled;
  delete idx.unsettled;
  fs.writeFileSync(file, sealText(idx).text); // as an index from before the lists, sealed, would read
  const no = write((r) => r.addCase(makeCase({ no: '', receivedDate: '2025-08-08', petitioner: { ...person, name: '王某' } })).no);
  expect(index(2025).unsettled).toEqual({ ...kept, [no]: null });
});
