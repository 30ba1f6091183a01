// Every document kind rendered by LibreOffice to PDF and measured (pdftotext -bbox-layout): the signature stands
// where GB/T 9704 7.3.5 puts it (within half a character), no table cell of six characters or fewer is split over
// two lines, and no text leaves the text area. Skipped, with the reason as the test name, without LibreOffice.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chineseDate } from '../../src/domain/dates.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { loadPageSetup, type PageSetup } from '../../src/render/docx/page-setup.js';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { convertToPdf, countInLines, docxCellTexts, findLine, pdfLayout, pdfToolsMissing, type PdfPage } from '../helpers/pdf-layout.js';

const TODAY = '2026-11-30';
const ISSUER = '示例市教育局';
const page = loadPageSetup();
const MM = 72 / 25.4;
/** One body character (3号 on the 28-a-line grid) in points, and the tolerance of half of one. */
const CHAR = ((page.paper.widthMm - page.marginsMm.left - page.marginsMm.right) * MM) / page.body.charsPerLine;
const HALF = CHAR / 2;

/** The documents under test, each written by the CLI from a copy of the demo data; add a kind here to check it. */
const DOCS = {
  roster: ['roster', 'generate', '--year', '2026', '--force', '--out'],
  monthly: ['report', 'monthly', '--month', '2026-10', '--out'],
  annual: ['report', 'annual', '--year', '2025', '--out'],
  card: ['case', 'card', '2026-0149', '--out'],
} as const;
type Kind = keyof typeof DOCS | 'sealed';

const missing = pdfToolsMissing();

/** The text area of a page (portrait or landscape margins by its shape). */
function textArea(p: PdfPage, setup: PageSetup) {
  const m = p.width > p.height ? setup.landscapeMarginsMm : setup.marginsMm;
  return { left: m.left * MM, right: p.width - m.right * MM, top: m.top * MM, bottom: p.height - m.bottom * MM };
}

(missing ? describe.skip : describe)('documents as LibreOffice draws them', () => {
  const dir = tempDir('xinfang-pdf-');
  const docx: Record<Kind, string> = {} as Record<Kind, string>;
  const pages: Record<Kind, PdfPage[]> = {} as Record<Kind, PdfPage[]>;
  const sealed: PageSetup = { ...page, signature: { ...page.signature, seal: true } };

  beforeAll(async () => {
    const data = path.join(dir, 'data');
    cpSync(path.join(ROOT, 'data', 'demo'), data, { recursive: true });
    for (const [kind, args] of Object.entries(DOCS)) {
      const file = path.join(dir, `${kind}.docx`);
      const r = run(data, [...args, file], { today: TODAY });
      if (r.code !== 0) throw new Error(`${kind}: ${r.stderr}`);
      docx[kind as Kind] = file;
    }
    docx.sealed = path.join(dir, 'sealed.docx');
    const sealedDoc = { title: '关于做好信访工作的通知', blocks: [{ kind: 'paragraph' as const, text: '请各学校认真做好信访工作。' }], signature: { issuer: ISSUER, date: TODAY } };
    writeFileSync(docx.sealed, await renderOfficialDocx(sealedDoc, sealed));
    const kinds = Object.keys(docx) as Kind[];
    const pdfs = convertToPdf(kinds.map((k) => docx[k]), dir);
    kinds.forEach((k, i) => (pages[k] = pdfLayout(pdfs[i])));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(['roster', 'monthly', 'annual'] as const)('%s: signature without seal (7.3.5.3)', (kind) => {
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

  test.each(Object.keys(DOCS) as Kind[])('%s: no table cell of six characters or fewer is split over lines', async (kind) => {
    const cells = (await docxCellTexts(readFileSync(docx[kind]))).filter((c) => [...c.replace(/\s/g, '')].length <= 6);
    expect(cells.length).toBeGreaterThan(5);
    const wanted = new Map<string, number>();
    for (const c of cells) wanted.set(c, (wanted.get(c) ?? 0) + 1);
    const split = [...wanted].filter(([c, n]) => countInLines(pages[kind], c) < n).map(([c]) => c);
    expect(split).toEqual([]);
  });

  test.each(Object.keys(DOCS) as Kind[])('%s: every word inside the text area (the page number below it)', (kind) => {
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
});

if (missing) {
  process.stderr.write(`test/render/pdf-layout.test.ts: ${missing}\n`);
  test.skip(missing, () => undefined);
}
