// `case due` / `case list` with 275,000 open cases: the table is drawn, not "Maximum call stack size exceeded"
// (column widths used to spread every row into Math.max).
import { fitWidths, renderTable } from '../../src/render/table.js';

const N = 275_000;
const HEAD = ['编号', '状态', '期限', '承办单位', '摘要'];
const rows = Array.from({ length: N }, (_, i) => [`2026-${String(i + 1).padStart(6, '0')}`, '办理中', '2026-12-31', i === N - 1 ? '基础教育科（最宽）' : '人事科', '反映学校违规收费']);

test('column widths of 275,000 rows come from every row, the last included', () => {
  expect(fitWidths(HEAD, rows, 200)).toEqual([13, 8, 12, 20, 18]);
});

test('275,000 rows render, one line per row between the rules', () => {
  const text = renderTable(HEAD, rows, { width: 200 });
  const lines = text.split('\n');
  expect(lines).toHaveLength(N + 4);
  expect(lines.at(-2)).toContain('基础教育科（最宽）');
});
