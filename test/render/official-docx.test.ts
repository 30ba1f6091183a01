// Golden text and structure of the shared official-document renderer (GB/T 9704 layout).
// After a reviewed, intended change of the text: UPDATE_GOLDEN=1 jest test/render/official-docx, then review the diff.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficialDoc } from '../../src/render/docx/document-model.js';
import { chineseNumber, headingNumber } from '../../src/render/docx/document-model.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { rowSpans } from '../../src/render/docx/official-table.js';
import { bodyCharSpacingTwip, checkPageSetup, loadPageSetup, mmToTwip, textWidthTwip } from '../../src/render/docx/page-setup.js';
import { docxParts, docxText, docxXml } from '../helpers/docx-text.js';
import { expectGoldenText } from '../helpers/golden.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'fixtures');

/** The sample of scripts/sample-docx.mjs: fixture JSON (with a line chart before the last paragraph). */
function sampleDoc(): OfficialDoc {
  return JSON.parse(readFileSync(join(fixtures, 'official-sample.json'), 'utf8')) as OfficialDoc;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('renderOfficialDocx', () => {
  let buf: Buffer;
  let xml: string;
  beforeAll(async () => {
    buf = await renderOfficialDocx(sampleDoc());
    xml = await docxXml(buf);
  });

  test('text matches the reviewed golden file', async () => {
    expectGoldenText('official-sample.txt', `${await docxText(buf)}\n`);
  });

  test('A4 page with GB/T 9704 margins in twips', () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const m = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    expect(m).toContain(`w:top="${mmToTwip(37)}"`);
    expect(m).toContain('w:top="2098"');
    expect(m).toContain('w:left="1587"');
    expect(m).toContain('w:right="1474"');
    expect(m).toContain('w:bottom="1984"');
  });

  test('East Asian fonts named explicitly, Times New Roman for Latin', () => {
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('<w:sz w:val="44"/>'); // 2号 title
    expect(xml).toContain('<w:sz w:val="32"/>'); // 3号 body
  });

  test('body on a fixed 28.9 pt line with a two-character indent, condensed to 28 characters a line', () => {
    expect(xml).toContain('w:line="578" w:lineRule="exact"');
    expect(bodyCharSpacingTwip(loadPageSetup())).toBe(-5);
    expect(xml).toContain('<w:spacing w:val="-5"/>');
    expect(xml).toContain('w:firstLine="630"');
  });

  test('table: header repeats, rows never split, width fits the text width, month cells merged', () => {
    expect(count(xml, /<w:tblHeader\/>/g)).toBe(1);
    expect(count(xml, /<w:cantSplit\/>/g)).toBe(41);
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
    // the sample's table is too wide for a portrait page: it went landscape at the full landscape width
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidthTwip(loadPageSetup(), true));
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(count(xml, /<w:vMerge w:val="restart"\/>/g)).toBe(20);
  });

  test('page numbers "— n —" as a PAGE field, odd right and even left', async () => {
    expect(await docxXml(buf, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    expect(xml).toMatch(/<w:footerReference w:type="default" r:id="\w+"\/>/);
    expect(xml).toMatch(/<w:footerReference w:type="even" r:id="\w+"\/>/);
    const footers = Object.values(await docxParts(buf, /^word\/footer\d+\.xml$/));
    expect(footers.length % 2).toBe(0); // odd and even footer of each section
    for (const f of footers) {
      expect(f).toContain('PAGE');
      expect(f).toContain('<w:t xml:space="preserve">— </w:t>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(new Set(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]))).toEqual(new Set(['left', 'right']));
    // the digits of the page number in 宋体 too
    for (const f of footers) expect(f).toMatch(/<w:rFonts w:ascii="宋体"[^>]*\/>.*PAGE/);
  });

  test('signature by left indents: the date starts two characters right of the issuer', () => {
    const tail = xml.slice(xml.lastIndexOf('xxx区教育局') - 700);
    expect(tail).toContain('2027年1月5日');
    const lefts = [...tail.matchAll(/<w:ind w:left="(\d+)"/g)].map((r) => Number(r[1]));
    expect(lefts).toHaveLength(2);
    expect(Math.abs(lefts[1] - lefts[0] - 2 * 315)).toBeLessThanOrEqual(1);
  });

  test('the chart is a native chart part with its caption, not a picture', async () => {
    expect(xml).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"');
    expect(xml).not.toContain('<pic:pic');
    expect(Object.keys(await docxParts(buf, /^word\/(media|charts)\//))).toEqual(['word/charts/_rels/chart1.xml.rels', 'word/charts/chart1.xml']);
    expect((await docxText(buf)).split('\n')).toContain('图1 各月接访人次');
  });

  test('a landscape table gets landscape pages of its own and the page numbers carry on', async () => {
    const doc = sampleDoc();
    for (const b of doc.blocks) if (b.kind === 'table') b.landscape = true;
    const lx = await docxXml(await renderOfficialDocx(doc));
    expect(count(lx, /<w:sectPr/g)).toBe(3);
    expect(lx).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const grid = [...lx.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidthTwip(loadPageSetup(), true));
    expect(count(lx, /<w:pgNumType w:start="1"\/>/g)).toBe(1);
    const text = await docxText(await renderOfficialDocx(doc));
    expect(text.split('\n').filter((l) => l === '[分节]')).toHaveLength(2);
  });

  test('a whole-landscape document is one landscape section', async () => {
    const lx = await docxXml(await renderOfficialDocx({ ...sampleDoc(), landscape: true }));
    expect(count(lx, /<w:sectPr/g)).toBe(1);
    expect(lx).toContain('w:orient="landscape"');
  });
});

describe('docxText', () => {
  test('page breaks, several lines in a cell, placeholders and runs', async () => {
    const buf = await renderOfficialDocx({
      title: '标题',
      blocks: [
        { kind: 'paragraph', text: [{ text: '甲' }, { text: '乙', bold: true }] },
        { kind: 'pageBreak' },
        { kind: 'table', columns: [{ header: '项目', width: 1 }, { header: '说明', width: 3, align: 'left' }], rows: [['a', '第一行\n第二行'], ['b']] },
        { kind: 'placeholder', text: '（请在此填写……）' },
      ],
    });
    expect(await docxText(buf)).toBe(['标题', '', '甲乙', '[分页]', '项目 | 说明', 'a | 第一行 / 第二行', 'b |', '（请在此填写……）'].join('\n'));
    expect(await docxXml(buf)).toContain('<w:color w:val="808080"/>');
  });
});

describe('renderer pieces', () => {
  test('rowSpans merges equal runs only in merge columns and never empty cells', () => {
    const spans = rowSpans({
      kind: 'table',
      columns: [{ header: 'a', width: 1, merge: true }, { header: 'b', width: 1 }],
      rows: [['1月', 'x'], ['1月', 'x'], ['', 'y'], ['', 'y'], ['2月', 'z']],
    });
    expect(spans).toEqual([[2, 1], [0, 1], [1, 1], [1, 1], [1, 1]]);
  });

  test.each([
    [1, '一'], [9, '九'], [10, '十'], [12, '十二'], [20, '二十'], [35, '三十五'],
  ])('chineseNumber(%d) = %s', (n, s) => expect(chineseNumber(n)).toBe(s));

  test.each([
    [1, 3, '三、'], [2, 3, '（三）'], [3, 3, '3.'], [4, 3, '（3）'],
  ] as const)('headingNumber(level %d, %d) = %s', (level, n, s) => expect(headingNumber(level, n)).toBe(s));

  test('a broken page setup names the bad field', () => {
    const bad = structuredClone(loadPageSetup()) as unknown as { marginsMm: { top: unknown } };
    bad.marginsMm.top = '37';
    expect(() => checkPageSetup(bad)).toThrow('marginsMm.top');
    const noSeal = structuredClone(loadPageSetup()) as unknown as { signature: { seal: unknown } };
    noSeal.signature.seal = 'yes';
    expect(() => checkPageSetup(noSeal)).toThrow('signature.seal 应为 true 或 false');
  });
});
