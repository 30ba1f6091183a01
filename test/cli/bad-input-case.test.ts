// Bad-input sweep, part 3 (issue 6 item 4): the case commands, import and export of the ledger.
// The commands and their slots are listed in test/helpers/bad-input/ (one file per group).
import fs from 'node:fs';
import path from 'node:path';
import { decodeText, parseCsv } from '../../src/io/csv.js';
import { casesOf, check, fixture } from '../helpers/bad-input.js';
import { CASE_GROUP } from '../helpers/bad-input/cases.js';
import { initStore, run, tempDir } from '../helpers/cli.js';
import { docxParts, docxText } from '../helpers/docx-text.js';

const TODAY = CASE_GROUP.today;
const store = fixture(CASE_GROUP.setup, TODAY);
afterAll(() => store.dispose());

test.concurrent.each(CASE_GROUP.specs.flatMap(casesOf).map((c) => [c.name, c] as const))('%s', async (_name, c) => check(c, store.get));

describe('text that looks like markup, a path or a formula is kept as given and made safe where it is rendered', () => {
  const given = {
    name: '@SUM(1)',
    summary: "=cmd|' /C calc'!A0 反映<w:p>&amp;</x>",
    demands: '<w:p>&amp;</x>',
    address: '../../etc/passwd',
    region: '-2+3区',
    category: '=HYPERLINK("x")',
    source: '+1来源',
  };
  let data: string;
  let cwd: string;
  const ok = (args: string[]) => {
    const r = run(data, args, { cwd, today: TODAY });
    expect({ args, code: r.code, error: r.stderr.includes('错误') ? r.stderr : '' }).toEqual({ args, code: 0, error: '' });
    return r;
  };
  /** No cell a spreadsheet would run: anything starting = + - @ is a plain signed number or quoted with '. */
  const expectNeutral = (cells: string[]) => {
    for (const c of cells) expect({ c, runs: /^[=+\-@]/.test(c) && !/^[+-]?\d+(\.\d+)?%?$/.test(c) }).toEqual({ c, runs: false });
  };

  beforeAll(() => {
    data = initStore();
    cwd = tempDir('xinfang-out-');
    ok(['leader', 'add', '--name', '张明']);
    ok(['unit', 'add', '--name', given.region, '--kind', '县区']);
    ok(['unit', 'add', '--name', '基础教育科', '--kind', '科室']);
    ok(['category', 'add', given.category]);
    ok(['source', 'add', '--name', given.source]);
    ok(['case', 'add', '--date', '2026-06-01', '--channel', '来访', ...Object.entries(given).flatMap(([k, v]) => [`--${k}`, v])]);
    ok(['case', 'accept', '2026-0001', '--date', '2026-06-02']);
    ok(['case', 'assign', '2026-0001', '--unit', '基础教育科', '--leader', '张明', '--date', '2026-06-03', '--note', '<督办>&"加急"']);
  });

  test('stored exactly as typed', () => {
    const c = JSON.parse(ok(['case', 'show', '2026-0001', '--json', '--show-pii']).stdout);
    expect(c).toMatchObject({ summary: given.summary, demands: given.demands, region: given.region, category: given.category, source: given.source });
    expect(c.petitioner).toMatchObject({ name: given.name, address: given.address });
  });

  test('the case card .docx opens and shows the text', async () => {
    ok(['case', 'card', '2026-0001', '--show-pii', '--out', '卡.docx']);
    const text = await docxText(fs.readFileSync(path.join(cwd, '卡.docx')));
    for (const v of [given.name, given.summary, given.demands, given.address, '<督办>&"加急"']) expect(text).toContain(v);
  });

  test('the CSV ledger quotes formula-like cells', () => {
    ok(['export', 'cases', '--year', '2026', '--show-pii', '--out', '台账.csv']);
    const cells = parseCsv(decodeText(fs.readFileSync(path.join(cwd, '台账.csv')))).flatMap((r) => r.cells);
    expectNeutral(cells);
    for (const v of [given.summary, given.name, given.category, given.region, given.source]) expect(cells).toContain(`'${v}`);
    expect(cells).toContain(given.demands);
  });

  test('the XLSX ledger holds text cells, never formulas', async () => {
    ok(['export', 'cases', '--year', '2026', '--show-pii', '--out', '台账.xlsx']);
    const parts = await docxParts(fs.readFileSync(path.join(cwd, '台账.xlsx')), /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/);
    const sheets = Object.entries(parts).filter(([p]) => p.includes('worksheets'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const [, xml] of sheets) expect(xml).not.toMatch(/<f[ >]/);
    const all = Object.values(parts).join('');
    expect(all).toContain('&lt;w:p&gt;&amp;amp;&lt;/x&gt;'); // the demands, escaped once as XML text
  });

  test('report CSVs quote formula-like names; the report .docx opens and shows them', async () => {
    for (const args of [['report', 'monthly', '--month', '2026-06'], ['report', 'annual', '--year', '2026']]) {
      const csv = ok([...args, '--csv']).stdout;
      const cells = parseCsv(csv.replace(/^\uFEFF/, '')).flatMap((r) => r.cells);
      expectNeutral(cells);
      expect(cells).toContain(`'${given.category}`);
    }
    ok(['report', 'monthly', '--month', '2026-06', '--out', '月报.docx']);
    const text = await docxText(fs.readFileSync(path.join(cwd, '月报.docx')));
    for (const v of [given.category, given.region, given.source]) expect(text).toContain(v);
  });
});
