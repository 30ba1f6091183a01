// 初信初访 / 重复信访 (same person, same matter) and 信访积案: old cases neither 化解 nor 终结 that are still open,
// or were followed after the reply by a review request, 不满意, or a repeat petition on the same matter.
import { backlogCases, petitionKind, reviewedBefore } from '../../../src/domain/cases/backlog.js';
import type { Case } from '../../../src/domain/model.js';
import { makeCase } from '../fixtures/case-fixtures.js';

const TODAY = '2027-03-01';
const replied = { status: '已办结', acceptedDate: '2026-03-05', closedDate: '2026-04-08', result: '解决', replyDate: '2026-04-10' } as const;
const old = (no: string, over: Partial<Case> = {}): Case => makeCase({ no, ...replied, ...over });
const other = { name: '李某', phone: '13900139000', idNumber: '', address: '' };

describe('初信初访 and 重复信访', () => {
  const first = old('2026-0001');
  test.each([
    ['no earlier case', makeCase({ no: '2027-0001', receivedDate: '2027-01-05' }), [], '初信初访'],
    ['the same person on the same matter', makeCase({ no: '2027-0001', receivedDate: '2027-01-05', repeatOf: ['2026-0001'] }), [first], '重复信访'],
    ['the same person on another matter', makeCase({ no: '2027-0001', receivedDate: '2027-01-05', repeatOf: ['2026-0001'], category: '教师待遇' }), [first], '初信初访'],
    ['another region', makeCase({ no: '2027-0001', receivedDate: '2027-01-05', repeatOf: ['2026-0001'], region: '连云区' }), [first], '初信初访'],
  ] as [string, Case, Case[], string][])('%s → %s', (_w, c, linked, kind) => expect(petitionKind(c, linked)).toBe(kind));
});

describe('信访积案', () => {
  const later = (no: string, of: string, over: Partial<Case> = {}) => makeCase({ no, receivedDate: '2026-06-01', repeatOf: [of], ...over });
  test.each([
    ['still being handled', [old('2026-0001', { status: '办理中', closedDate: null, result: null, replyDate: null })], ['未办结']],
    ['still registered', [old('2026-0001', { status: '登记', acceptedDate: null, closedDate: null, result: null, replyDate: null })], ['未办结']],
    ['closed, nothing after', [old('2026-0001')], null],
    ['rated 满意', [old('2026-0001', { status: '已评价', satisfaction: '满意' })], null],
    ['rated 不满意', [old('2026-0001', { status: '已评价', satisfaction: '不满意' })], ['评价不满意']],
    [
      'a 复查 was asked',
      [old('2026-0001', { reviews: [{ level: '复查', date: '2026-05-01', body: '', late: '', dueDate: '2026-05-31', closedDate: '2026-05-20', result: '不予支持', replyDate: '2026-05-20' }] })],
      ['申请复查'],
    ],
    ['a repeat petition on the same matter', [old('2026-0001'), later('2026-0009', '2026-0001')], ['重复信访 2026-0009']],
    ['a later petition on another matter', [old('2026-0001'), later('2026-0009', '2026-0001', { category: '教师待遇' })], null],
    ['a later petition of someone else', [old('2026-0001'), later('2026-0009', '2026-0001', { petitioner: other })], null],
    ['化解 (息诉罢访)', [old('2026-0001', { status: '办理中', resolution: { date: '2026-06-01', note: '' } })], null],
    ['终结认定', [old('2026-0001', { satisfaction: '不满意', termination: { date: '2026-06-01', docNo: '示教终〔2026〕1号' } })], null],
    ['不予受理', [old('2026-0001', { status: '不予受理', acceptedDate: null, closedDate: null, result: null, replyDate: null })], null],
    ['received this year, still open', [makeCase({ no: '2027-0001', receivedDate: '2027-01-05' })], null],
  ] as [string, Case[], string[] | null][])('%s', (_w, cases, reasons) => {
    const rows = backlogCases(cases, TODAY).filter((r) => r.case.no === cases[0].no);
    expect(rows.length ? rows[0].reasons : null).toEqual(reasons);
  });

  test('oldest first', () => {
    const rows = backlogCases([old('2026-0002', { receivedDate: '2026-05-01', status: '办理中' }), old('2025-0007', { receivedDate: '2025-11-03', status: '办理中' })], TODAY);
    expect(rows.map((r) => r.case.no)).toEqual(['2025-0007', '2026-0002']);
  });
});

test('a new petition on a matter already through 复核 finds the earlier case', () => {
  const review = (level: '复查' | '复核') => ({ level, date: '2026-05-01', body: '', late: '', dueDate: '2026-05-31', closedDate: '2026-05-20', result: '不予支持' as const, replyDate: '2026-05-20' });
  const reviewed = old('2026-0001', { reviews: [review('复查'), review('复核')] });
  const onlyChecked = old('2026-0002', { reviews: [review('复查')] });
  const fresh = makeCase({ no: '', receivedDate: '2027-01-05' });
  expect(reviewedBefore(fresh, [reviewed, onlyChecked]).map((c) => c.no)).toEqual(['2026-0001']);
  expect(reviewedBefore({ ...fresh, category: '教师待遇' }, [reviewed])).toEqual([]);
});
