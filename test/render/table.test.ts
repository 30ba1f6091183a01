// Terminal tables: widths by display columns, wrapping that respects Chinese line-start rules, fitting 80 columns.
import { displayWidth, fitWidths, renderCard, renderTable, wrapText } from '../../src/render/table.js';

test.each([
  ['abc', 3],
  ['信访', 4],
  ['2027年1月5日', 12],
  ['（占4.44%）', 11],
  ['𠀀', 2],
  ['', 0],
])('displayWidth(%j) = %i', (s, w) => expect(displayWidth(s)).toBe(w));

test.each([
  ['海滨区12件（占20.69%）；城西区9件（占15.52%）；城东区7件', 24],
  ['反映学校违规收取资料费，要求退还费用，并追究有关人员责任。', 10],
  ['8:30-12:00 14:30-17:30', 14],
  ['abcdefghijklmnopqrstuvwxyz', 7],
])('wrapText(%j, %i): lines fit, no line starts with closing punctuation, nothing lost', (text, width) => {
  const lines = wrapText(text, width).split('\n');
  for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
  for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，、。；：）%]/);
  expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
});

test('a wide table fits 80 columns and every line has the same width', () => {
  const head = ['编号', '登记日期', '状态', '责任单位', '包案领导', '内容摘要', '剩余天数'];
  const rows = [['2026-0001', '2026-11-01', '办理中', '基础教育科', '张明', '反映学校违规收取资料费，要求退还并追究责任', '12']];
  const lines = renderTable(head, rows, { width: 80 }).split('\n');
  const widths = new Set(lines.map(displayWidth));
  expect([...widths]).toEqual([Math.max(...widths)]);
  expect(Math.max(...widths)).toBeLessThanOrEqual(80);
  expect(lines[3]).toContain('2026-0001');
});

test('narrow tables keep their natural widths', () => {
  expect(fitWidths(['序号', '姓名'], [['1', '张明']], 80)).toEqual([6, 6]);
});

test('an empty table is just its header', () => {
  expect(renderTable(['a', 'b'], [])).toBe(['┌───┬───┐', '│ a │ b │', '└───┴───┘'].join('\n'));
});

test('a card wraps long values inside its right column', () => {
  const lines = renderCard([['内容摘要', '反映'.repeat(40)]], { width: 80 }).split('\n');
  for (const l of lines) expect(displayWidth(l)).toBe(80);
});
