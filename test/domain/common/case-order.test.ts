// The case order's fast path gives the collator's answer: dates and numbers shaped alike compare as they stand,
// anything else goes to the collator (numbers of other widths, free-text numbers of imported ledgers).
import { byReceivedThenNumber, compareNumbers, compareText } from '../../../src/domain/common/case-order.js';

const sign = (n: number) => Math.sign(n);

test.each([
  ['2026-0009', '2026-0010'],
  ['2026-9', '2026-10'],
  ['2026-0010', '2026-0010'],
  ['示教〔2026〕9号', '示教〔2026〕10号'],
  ['XF2026-001', 'xf2026-001'],
  ['2026-0001', '2026-000a'],
  ['', '1'],
  ['1-2', '12-'],
])('compareNumbers(%j, %j) orders as localeCompare numeric', (a, b) => {
  expect(sign(compareNumbers(a, b))).toBe(sign(a.localeCompare(b, 'en', { numeric: true })));
  expect(sign(compareNumbers(b, a))).toBe(sign(b.localeCompare(a, 'en', { numeric: true })));
});

test.each([
  ['2026-03-02', '2026-03-10'],
  ['2026-12-31', '2027-01-01'],
  ['2026-03-02', '2026-03-02'],
  ['甲', '乙'],
])('compareText(%j, %j) orders as localeCompare', (a, b) => {
  expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b)));
});

test('received date first, then number', () => {
  const cases = [
    { receivedDate: '2026-03-02', no: '2026-10' },
    { receivedDate: '2026-03-01', no: '2026-11' },
    { receivedDate: '2026-03-02', no: '2026-9' },
  ];
  expect([...cases].sort(byReceivedThenNumber).map((c) => c.no)).toEqual(['2026-11', '2026-9', '2026-10']);
});
