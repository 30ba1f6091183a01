import ExcelJS from 'exceljs';
import type { StatTable } from '../../src/domain/reports/tables.js';
import { cellValue, statTablesXlsx } from '../../src/render/report-xlsx.js';

test.each([
  ['12', 12, false],
  ['0', 0, false],
  ['4.44%', 0.0444, true],
  ['100%', 1, true],
  ['—', '—', false],
  ['2026-0001', '2026-0001', false], // a case number stays text
  ['0518', '0518', false], // so does a leading zero
  ['=1+2', '=1+2', false], // text, never a formula
  ['2026年', '2026年', false],
])('cell %j → %j', (text, value, percent) => {
  expect(cellValue(text)).toEqual({ value, percent });
});

test('one sheet per table, title above the frozen header, valid and unique sheet names, widths set', async () => {
  const col = (header: string) => ({ header, width: 8 });
  const tables: StatTable[] = [
    { key: 'a', title: '附表1  [统计]/表：一', columns: [col('项目'), col('件数'), col('占比')], rows: [['甲', '3', '75%'], ['乙', '1', '25%']] },
    { key: 'b', title: '附表1  [统计]/表：一', columns: [col('项目')], rows: [['丙']] },
    { key: 'c', title: `附表3  ${'很长的标题'.repeat(10)}`, columns: [col('项目')], rows: [] },
  ];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await statTablesXlsx(tables)) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['附表1 统计表：一', '附表1 统计表：一-2', `附表3 ${'很长的标题'.repeat(10)}`.slice(0, 31)]);
  const ws = wb.worksheets[0];
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(ws.getCell('A1').value).toBe('附表1  [统计]/表：一');
  expect(ws.getRow(2).values).toEqual([undefined, '项目', '件数', '占比']);
  expect(ws.getRow(3).values).toEqual([undefined, '甲', 3, 0.75]);
  expect(ws.getCell('C3').numFmt).toBe('0.00%');
  expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(8);
});
