// Every document kind (the letters one of each kind) rendered by LibreOffice to PDF and measured (pdftotext
// -bbox-layout): the signature stands where GB/T 9704 7.3.5 puts it (within half a character), no table cell of six
// characters or fewer is split over two lines, no text leaves the text area, the 附件 label opens its page at the
// left margin, and the annual chart is drawn as a chart with its Chinese category names. Skipped, with the reason as
// the test name, without LibreOffice.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chineseDate } from '../../src/domain/common/dates.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { loadPageSetup, type PageSetup } from '../../src/render/docx/page-setup.js';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { convertToPdf, countInLines, docxCellTexts, docxPart, findLine, pdfLayout, pdfToolsMissing, type PdfPage } from '../helpers/pdf-layout.js';

const TODAY = '2026-11-30';
const ISSUER = '示例市教育局';
const page = loadPageSetup();
const MM = 72 / 25.4;
/** One body character (3号 on the 28-a-line grid) in points, and the tolerance of half of one. */
const CHAR = ((page.paper.widthMm - page.marginsMm.left - page.marginsMm.right) * MM) / page.body.charsPerLine;
const HALF = CHAR / 2;

const ADD_CASE = ['case', 'add', '--channel', '来信', '--source', '本级受理', '--name', '李四', '--phone', '13900139000', '--region', '海滨区', '--category', '教育收费', '--summary', '反映学校收取资料费', '--demands', '退还费用'];

interface DocRun {
  /** The command; its --out (a file, or with `folder` a folder holding the one document) is added at the end. */
  args: string[];
  /** Commands run before it on the same data. */
  before?: string[][];
  folder?: boolean;
  /** It has a signature / tables / a 附件 label. */
  signature?: boolean;
  tables?: boolean;
  attachments?: boolean;
}

/** The documents under test, each written by the CLI from a copy of the demo data; add a kind here to check it. */
const DOCS: Record<string, DocRun> = {
  roster: { args: ['roster', 'generate', '--year', '2026', '--force', '--out'], signature: true, tables: true },
  monthly: { args: ['report', 'monthly', '--month', '2026-10', '--out'], signature: true, tables: true, attachments: true },
  annual: { args: ['report', 'annual', '--year', '2025', '--out'], signature: true, tables: true, attachments: true },
  // the year is not over on TODAY: 1—11月, compared with the same months of 2025
  partialAnnual: { args: ['report', 'annual', '--year', '2026', '--out'], signature: true, tables: true, attachments: true },
  card: { args: ['case', 'card', '2026-0149', '--out'], tables: true },
  notice: {
    before: [['visit', 'book', '--date', '2026-12-01', '--name', '张三', '--phone', '13800138000', '--summary', '孩子入学学位问题']],
    args: ['visit', 'notify', '--date', '2026-12-01', '--out'],
    folder: true,
    signature: true,
  },
  // one letter of each kind; {no} is the case the last `case add` registered
  受理告知书: {
    before: [ADD_CASE, ['case', 'accept', '{no}']],
    args: ['case', 'letter', '{no}', '--kind', '受理告知书', '--out'],
    signature: true,
  },
  交办单: {
    before: [['case', 'assign', '{no}', '--unit', '基础教育科', '--leader', '王强']],
    args: ['case', 'letter', '{no}', '--kind', '交办单', '--out'],
    signature: true,
    tables: true,
  },
  延期告知书: {
    before: [['case', 'extend', '{no}', '--days', '30', '--reason', '需会同人事、财务部门核实']],
    args: ['case', 'letter', '{no}', '--kind', '延期告知书', '--out'],
    signature: true,
  },
  督办单: { args: ['case', 'letter', '2025-0003', '--kind', '督办单', '--out'], signature: true, tables: true },
  答复意见书: { args: ['case', 'letter', '2026-0001', '--kind', '答复意见书', '--out'], signature: true },
  不予受理告知书: {
    before: [ADD_CASE, ['case', 'reject', '{no}', '--reason', '所反映事项已进入诉讼程序']],
    args: ['case', 'letter', '{no}', '--kind', '不予受理告知书', '--out'],
    signature: true,
  },
};
const kindsWith = (key: 'signature' | 'tables' | 'attachments') => Object.keys(DOCS).filter((k) => DOCS[k][key]);

const missing = pdfToolsMissing();

/** The text area of a page (portrait or landscape margins by its shape). */
function textArea(p: PdfPage, setup: PageSetup) {
  const m = p.width > p.height ? setup.landscapeMarginsMm : setup.marginsMm;
  return { left: m.left * MM, right: p.width - m.right * MM, top: m.top * MM, bottom: p.height - m.bottom * MM };
}

(missing ? describe.skip : describe)('documents as LibreOffice draws them', () => {
  const dir = tempDir('xinfang-pdf-');
  const docx: Record<string, string> = {};
  const pages: Record<string, PdfPage[]> = {};
  const sealed: PageSetup = { ...page, signature: { ...page.signature, seal: true } };

  beforeAll(async () => {
    const data = path.join(dir, 'data');
    cpSync(path.join(ROOT, 'data', 'demo'), data, { recursive: true });
    let no = '';
    const xinfang = (kind: string, args: string[]) => {
      const r = run(data, args.map((a) => a.replace('{no}', no)), { today: TODAY });
      if (r.code !== 0) throw new Error(`${kind}: ${args.join(' ')}: ${r.stderr}`);
      no = /已登记信访件 (\d{4}-\d{4})/.exec(r.stdout + r.stderr)?.[1] ?? no;
    };
    for (const [kind, d] of Object.entries(DOCS)) {
      for (const args of d.before ?? []) xinfang(kind, args);
      const out = path.join(dir, d.folder ? kind : `${kind}.docx`);
      if (d.folder) mkdirSync(out);
      xinfang(kind, [...d.args, out]);
      if (d.folder) {
        const written = readdirSync(out).filter((f) => f.endsWith('.docx'));
        if (written.length !== 1) throw new Error(`${kind}: ${written.length} documents written`);
        docx[kind] = path.join(dir, `${kind}.docx`);
        cpSync(path.join(out, written[0]), docx[kind]);
      } else docx[kind] = out;
    }
    docx.sealed = path.join(dir, 'sealed.docx');
    const sealedDoc = { title: '关于做好信访工作的通知', blocks: [{ kind: 'paragraph' as const, text: '请各学校认真做好信访工作。' }], signature: { issuer: ISSUER, date: TODAY } };
    writeFileSync(docx.sealed, await renderOfficialDocx(sealedDoc, sealed));
    const kinds = Object.keys(docx);
    const pdfs = convertToPdf(kinds.map((k) => docx[k]), dir);
    kinds.forEach((k, i) => (pages[k] = pdfLayout(pdfs[i])));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(kindsWith('signature'))('%s: signature without seal (7.3.5.3)', (kind) => {
    const found = findLine(pages[kind], ISSUER);
    expect(found).not.toBeNull();
    const { line: issuer, next: date, page: p } = found!;
    expect(date?.text).toBe(chineseDate(TODAY).replace(/\s/g, ''));
    const area = textArea(p, page);
    const issuerRight = (area.right - issuer.xMax) / CHAR;
    const dateRight = (area.right - date!.xMax) / CHAR;
    // the date's first character two characters right of the issuer's
    expect(Math.abs(date!.xMin - issuer.xMin - 2 * CHAR)).toBeLessThanOrEqual(HALF);
    // 右空二字: the issuer, or the date when it is the longer line; the other stands further in
    expect(Math.min(issuerRight, dateRight)).toBeGreaterThan(2 - 0.5);
    expect(Math.abs(Math.min(issuerRight, dateRight) - 2)).toBeLessThanOrEqual(0.5);
    // one line under the other
    expect(date!.yMin).toBeGreaterThan(issuer.yMax - 1);
  });

  test('signature with a seal (7.3.5.1): date 右空四字, issuer centred over it', () => {
    const { line: issuer, next: date, page: p } = findLine(pages.sealed, ISSUER)!;
    const area = textArea(p, sealed);
    expect(Math.abs(area.right - date!.xMax - 4 * CHAR)).toBeLessThanOrEqual(HALF);
    expect(Math.abs((issuer.xMin + issuer.xMax) / 2 - (date!.xMin + date!.xMax) / 2)).toBeLessThanOrEqual(HALF);
  });

  test.each(kindsWith('tables'))('%s: no table cell of six characters or fewer is split over lines', async (kind) => {
    const cells = (await docxCellTexts(readFileSync(docx[kind]))).filter((c) => [...c.replace(/\s/g, '')].length <= 6);
    expect(cells.length).toBeGreaterThan(5);
    const wanted = new Map<string, number>();
    for (const c of cells) wanted.set(c, (wanted.get(c) ?? 0) + 1);
    const split = [...wanted].filter(([c, n]) => countInLines(pages[kind], c) < n).map(([c]) => c);
    expect(split).toEqual([]);
  });

  test.each(Object.keys(DOCS))('%s: every word inside the text area (the page number below it)', (kind) => {
    const outside: string[] = [];
    for (const p of pages[kind]) {
      const a = textArea(p, page);
      for (const l of p.lines) {
        if (/^—?\d+—?$/.test(l.text) && l.yMin > a.bottom) continue; // the page number, in the footer
        // LibreOffice hangs a closing punctuation mark (，。；) into the margin at a line end (标点悬挂), whatever
        // w:overflowPunct says; the mark itself may stand there, nothing else
        const hangs = /[，。；、：）》”]$/.test(l.text) && l.xMax <= a.right + CHAR + 1;
        if (l.xMin < a.left - 1 || (l.xMax > a.right + 1 && !hangs) || l.yMin < a.top - 4 || l.yMax > a.bottom + 4) {
          outside.push(`p${p.page} ${l.text} [${l.xMin.toFixed(1)},${l.yMin.toFixed(1)}–${l.xMax.toFixed(1)},${l.yMax.toFixed(1)}]`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  test.each(kindsWith('attachments'))('%s: 附件说明 before the signature; the 附件 label opens its page, flush left', (kind) => {
    const note = pages[kind].flatMap((p) => p.lines).find((l) => l.text.startsWith('附件：1．'));
    const issuer = findLine(pages[kind], ISSUER)!.line;
    expect(note).toBeDefined();
    expect(note!.page < issuer.page || (note!.page === issuer.page && note!.yMax < issuer.yMin)).toBe(true);
    const label = findLine(pages[kind], '附件')!;
    expect(label).not.toBeNull();
    expect(label.line.page).toBeGreaterThan(issuer.page);
    expect(Math.min(...label.page.lines.map((l) => l.yMin))).toBe(label.line.yMin);
    expect(Math.abs(label.line.xMin - textArea(label.page, page).left)).toBeLessThanOrEqual(HALF);
    // the table titles under it are 附表1, 附表2, … in order
    const titles = pages[kind].flatMap((p) => p.lines).map((l) => /^附表 ?(\d+) /.exec(l.words.map((w) => w.text).join(' '))?.[1]).filter((n) => n !== undefined);
    expect(titles.map(Number)).toEqual(titles.map((_, i) => i + 1));
  });

  test('partial-year annual: the chart is drawn as a chart, its page shows the Chinese category names', async () => {
    const xml = await docxPart(readFileSync(docx.partialAnnual), 'word/charts/chart1.xml');
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? '';
    const names = [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(xml)?.[1] ?? '';
    const values = [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(4);
    expect(values).toHaveLength(names.length);
    expect(names.every((n) => /^[\u4e00-\u9fff]+$/.test(n))).toBe(true);
    const caption = findLine(pages.partialAnnual, '图2026年1—11月信访件反映问题分类（单位：件）');
    expect(caption).not.toBeNull();
    // each name drawn over the caption as text (not a picture), its bar's value to its right on the same height
    const words = caption!.page.lines.filter((l) => l.yMax <= caption!.line.yMin).flatMap((l) => l.words);
    const drawn = names.map((name, i) => {
      const label = words.find((w) => w.text === name);
      const mid = (b: { yMin: number; yMax: number }) => (b.yMin + b.yMax) / 2;
      return label && words.some((w) => w.text === values[i] && w.xMin > label.xMax && Math.abs(mid(w) - mid(label)) < 4) ? `${name}${values[i]}` : `${name}?`;
    });
    expect(drawn).toEqual(names.map((n, i) => `${n}${values[i]}`));
  });
});

if (missing) {
  process.stderr.write(`test/render/pdf-layout.test.ts: ${missing}\n`);
  test.skip(missing, () => undefined);
}
