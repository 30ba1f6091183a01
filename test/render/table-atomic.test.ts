// At 80 columns a table never splits a number, a date, an id or a phone: the wrapping columns (names, units,
// summaries) narrow first; only a table whose atomic columns alone are too wide falls back to narrowing them too.
import { displayWidth, fitWidths, renderTable, wrapText } from '../../src/render/table.js';

const SUMMARY = '反映学校违规收取资料费，要求退还费用并追究有关人员责任，同时要求公开收费依据';

interface Case {
  name: string;
  head: string[];
  rows: string[][];
  /** the columns whose cells must stay on one line */
  atomic: number[];
}

const CASES: Case[] = [
  {
    name: 'case list',
    head: ['编号', '登记日期', '渠道', '信访人', '电话', '状态', '责任单位', '摘要'],
    rows: [
      ['2026-0001', '2026-10-08', '来访', '徐某某', '13800000011', '办理中', '基础教育科', SUMMARY],
      ['2026-0120', '2026-11-30', '网上信访', '欧阳某某', '0518-85551001', '已办结', '计划财务科（学生资助管理中心）', '对学区划分调整有异议'],
    ],
    atomic: [0, 1, 4],
  },
  {
    name: 'case due',
    head: ['编号', '环节', '到期日', '剩余', '责任单位', '包案人', '摘要'],
    rows: [
      ['2025-0003', '办理', '2025-03-13', '超期627天', '基础教育科', '王强', SUMMARY],
      ['2026-0101', '答复', '2026-12-31', '31天', '人事科', '李娟', '反映乡村教师生活补助未按时发放'],
    ],
    atomic: [0, 2, 3],
  },
  {
    name: 'visit list',
    head: ['编号', '日期', '领导', '信访人', '电话', '人数', '状态', '通知', '信访件'],
    rows: [
      ['Y2026-012', '2026-12-03', '张明', '欧阳某某', '13928159438', '3', '已预约', '已通知', '2026-0120'],
      ['Y2026-013', '2026-12-17', '党组成员、副局长王强', '徐某某', '0518-85551001', '12', '已来访', '未通知', ''],
    ],
    atomic: [0, 1, 4, 5, 8],
  },
  {
    name: 'leader list',
    head: ['序号', '姓名', '职务', '分管工作', '电话', '外出'],
    rows: [
      ['1', '张明', '党组书记、局长', '全面工作', '0518-85551001', ''],
      ['5', '陈静', '党组成员、纪检组长', '党风廉政建设、师德师风、机关作风效能建设', '13800000011', '2026-12-01至2026-12-05'],
    ],
    atomic: [0, 4],
  },
  {
    name: 'backup list',
    head: ['编号', '时间', '之后的修改', '涉及的记录'],
    rows: [
      ['20261130-090327-57', '2026-11-30 09:03', '登记信访件（编号 2026-0120，信访人欧阳某某）', 'case:2026-0120 person:欧阳某某'],
      ['20261130-090412-3', '2026-11-30 09:04', '恢复文件', 'file:cases/2026/2026-11.json'],
    ],
    atomic: [0],
  },
  {
    name: 'case show history',
    head: ['日期', '环节', '情况'],
    rows: [
      ['2025-01-08', '登记', '来访（由台账导入）'],
      ['2025-01-12', '交办', `交办基础教育科，包案领导王强，办理期限2025-03-13；${SUMMARY}`],
    ],
    atomic: [0],
  },
];

describe.each(CASES)('$name at 80 columns', ({ head, rows, atomic }) => {
  const text = renderTable(head, rows, { width: 80 });
  const lines = text.split('\n');

  test('every line is as wide as the others and at most 80', () => {
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1);
    expect([...widths][0]).toBeLessThanOrEqual(80);
  });

  test.each(atomic)('column %i: every value is whole on one line', (col) => {
    for (const r of rows) {
      const value = r[col];
      if (value === '') continue;
      expect(lines.some((l) => l.split('│')[col + 1]?.trim() === value)).toBe(true);
    }
  });

  test('nothing is lost from the wrapping columns', () => {
    const body = lines.slice(lines.findIndex((l) => l.startsWith('├')) + 1, -1);
    const cells = (c: number) => body.map((l) => l.split('│')[c + 1].trim()).join('');
    for (let c = 0; c < head.length; c++) {
      expect(cells(c).replace(/\s/g, '')).toBe(rows.map((r) => r[c]).join('').replace(/\s/g, ''));
    }
  });
});

test.each([
  ['2026-11-30 09:13', 10, '2026-11-30\n09:13'],
  ['2026-12-01至2026-12-05', 12, '2026-12-01至\n2026-12-05'],
  ['办理期限2025-03-13（超期627天）', 16, '办理期限\n2025-03-13（超期\n627天）'],
  ['8:30-12:00 14:30-17:30', 14, '8:30-12:00\n14:30-17:30'],
])('wrapText(%j, %i) keeps dates and times whole', (text, width, wrapped) => {
  expect(wrapText(text, width)).toBe(wrapped);
});

test('the time of `backup list` breaks at its space, not inside the date', () => {
  const widths = fitWidths(CASES[4].head, CASES[4].rows, 80);
  expect(widths[1]).toBeGreaterThanOrEqual(12);
  expect(wrapText('2026-11-30 09:13', 10)).toBe('2026-11-30\n09:13');
});

test('the wrapping columns narrow before any atomic column', () => {
  const head = ['编号', '电话', '摘要'];
  const widths = fitWidths(head, [['2026-0001', '13800000011', SUMMARY]], 40);
  expect(widths.slice(0, 2)).toEqual([11, 13]);
  expect(widths.reduce((a, b) => a + b, 0) + head.length + 1).toBe(40);
});

test('atomic columns alone wider than the terminal: every column narrows (as before), the table still fits', () => {
  const head = ['编号', '备份', '电话', '日期'];
  const rows = [['2026-000001', '20261130-090327-57', '0518-85551001', '2026-10-08']];
  const widths = fitWidths(head, rows, 40);
  expect(widths.reduce((a, b) => a + b, 0) + head.length + 1).toBe(40);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
});
