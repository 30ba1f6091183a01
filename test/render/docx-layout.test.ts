// The layout pieces of the official-document renderer: signature geometry, table fitting, line breaking, the
// font table, the document grid and the document properties.
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { fontTableXml, fontsOf } from '../../src/render/docx/font-table.js';
import { breakUnits, fitLines, stretchesBadly } from '../../src/render/docx/line-breaks.js';
import { loadPageSetup } from '../../src/render/docx/page-setup.js';
import { signatureGeometry } from '../../src/render/docx/signature.js';
import { fitTable, tokens, wrapCell } from '../../src/render/docx/table-fit.js';
import { textEm } from '../../src/render/docx/text-measure.js';
import { docxXml } from '../helpers/docx-text.js';

const page = loadPageSetup();

describe('signature geometry (GB/T 9704 7.3.5)', () => {
  test.each([
    // issuer, date, seal, issuer right, date right (characters from the right edge)
    ['示例市教育局信访办公室', '2027年1月5日', false, 2, 2 + 11 - 2 - textEm('2027年1月5日')],
    ['示例市教育局', '2026年11月30日', false, 2 + textEm('2026年11月30日') + 2 - 6, 2],
    ['示例市教育局', '2026年11月30日', true, 4 + (textEm('2026年11月30日') - 6) / 2, 4],
  ])('%s / %s, seal %s', (issuer, date, seal, issuerRight, dateRight) => {
    const g = signatureGeometry(issuer, date, seal, page);
    expect(g.issuerRightChars).toBeCloseTo(issuerRight, 6);
    expect(g.dateRightChars).toBeCloseTo(dateRight, 6);
    if (!seal) expect(g.issuerRightChars + g.issuerChars - (g.dateRightChars + g.dateChars)).toBeCloseTo(2, 6);
    else expect(g.issuerRightChars + g.issuerChars / 2).toBeCloseTo(g.dateRightChars + g.dateChars / 2, 6);
  });

  test('no seal: 右空二字 holds for the longer line, the other stands further in', () => {
    for (const issuer of ['局', '示例市教育局', '示例市教育局信访工作领导小组办公室']) {
      const g = signatureGeometry(issuer, '2026年11月30日', false, page);
      expect(Math.min(g.issuerRightChars, g.dateRightChars)).toBeCloseTo(2, 6);
    }
  });
});

describe('table fitting', () => {
  const room = { portraitTwip: 8844, landscapeTwip: 12756, cellMarginTwip: 170, sizesPt: [12, 10.5, 9] };
  const col = (header: string) => ({ header });

  test('a short label, a number, a date or a list item is one word; prose is not split into words', () => {
    expect(tokens('纪检组长')).toEqual(['纪检组长']);
    expect(tokens('党组成员、纪检组长')).toEqual(['党组成员、', '纪检组长']);
    expect(tokens('1月4日（星期日）调休上班；1月1日顺延')).toEqual(['1月4日', '（星期日）', '调休上班；', '1月1日顺延']);
    expect(wrapCell('党组成员、纪检组长', 6)).toBe('党组成员、\n纪检组长');
    expect(wrapCell('党组成员、纪检组长', 10)).toBe('党组成员、纪检组长');
  });

  test('every column at least as wide as its longest word; the widths add up to the text width', () => {
    const t = { kind: 'table' as const, columns: [col('日期'), col('职务'), col('情况')], rows: [['10月16日', '党组成员、副局长', '反映某校违规收取资料费，要求退还费用并对责任人作出处理，学校已作出答复。']] };
    const fit = fitTable(t, room, false);
    expect(fit.landscape).toBe(false);
    expect(fit.sizePt).toBe(12);
    expect(fit.widthsTwip.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(fit.widthsTwip[0] - 170).toBeGreaterThanOrEqual(textEm('10月16日') * 12 * 20);
    expect(fit.widthsTwip[1] - 170).toBeGreaterThanOrEqual(textEm('党组成员、副局长') * 12 * 20);
  });

  test('too many words for a portrait page: 五号, then landscape, then smaller', () => {
    // six-character words are 6.4 em with the renderer's slack: 6 columns need landscape, 8 五号 landscape, 9 小五;
    // four-character words (4.4 em): 8 columns fit a portrait page at 五号
    const table = (n: number, word = '局机关会议室') => {
      const columns = Array.from({ length: n }, (_, i) => col(`第${i + 1}列`));
      return { kind: 'table' as const, columns, rows: [columns.map(() => word)] };
    };
    expect(fitTable(table(5), room, false)).toMatchObject({ landscape: false, sizePt: 12 });
    expect(fitTable(table(8, '会议室甲'), room, false)).toMatchObject({ landscape: false, sizePt: 10.5 });
    expect(fitTable(table(6), room, false)).toMatchObject({ landscape: true, sizePt: 12 });
    expect(fitTable(table(8), room, false)).toMatchObject({ landscape: true, sizePt: 10.5 });
    expect(fitTable(table(9), room, false)).toMatchObject({ landscape: true, sizePt: 9 });
    expect(fitTable({ kind: 'table', columns: [col('a')], rows: [['b']] }, room, true).landscape).toBe(true);
  });
});

describe('line breaking of justified body text', () => {
  test('a figure stays with its closing marks, an opening mark with what follows', () => {
    expect(breakUnits('（占8.51%）；南')).toEqual(['（占', '8.51%）；', '南']);
    expect(breakUnits('2026年')).toEqual(['2026', '年']);
  });

  test('a line that would be spread by more than a character is found', () => {
    // 27 characters a line; after 25 of them the figure with its marks (4.6 characters) does not fit: 2 left over
    expect(stretchesBadly(`${'字'.repeat(24)}占8.51%）；${'字'.repeat(30)}`, 27, 0, 1)).toBe(true);
    expect(fitLines(`${'字'.repeat(24)}占8.51%）；${'字'.repeat(30)}`, 27, 0, 1).slack[0]).toBeCloseTo(2, 6);
    expect(stretchesBadly('字'.repeat(80), 27, 0, 1)).toBe(false);
    expect(fitLines('字'.repeat(60), 28, 2, 1).slack).toEqual([0, 0]);
    // 。 at the end of a full line hangs into the margin rather than break the line before it
    expect(fitLines(`${'字'.repeat(27)}。${'字'.repeat(5)}`, 27, 0, 1).slack).toEqual([0]);
  });

  test('a line with figures that fits only by a hair may break earlier in another renderer: counted as a stretch', () => {
    // "于2026年" is 4.46 em with its two automatic spaces; "题）" then ends 0.04 em before the margin of a 9.5 em line
    const tight = `于2026年${'字'.repeat(3)}题）${'字'.repeat(9)}`;
    expect(fitLines(tight, 9.5, 0, 1).slack[0]).toBeCloseTo(0.04, 6);
    expect(fitLines(tight, 9.5, 0, 1).unsure[0]).toBeCloseTo(2.04, 6);
    expect(stretchesBadly(tight, 9.5, 0, 1)).toBe(true);
    // the same fit in Chinese alone is exact in every renderer
    expect(stretchesBadly(`${'字'.repeat(7)}题）${'字'.repeat(9)}`, 9, 0, 1)).toBe(false);
  });
});

describe('package parts', () => {
  test('the font table declares every font with its fall-back', () => {
    const xml = fontTableXml(fontsOf(page));
    expect(xml).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(xml).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(xml).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(xml).toContain('<w:font w:name="黑体">');
    expect(xml).toContain('<w:font w:name="Times New Roman">');
  });

  test('the .docx carries the typed grid, the font table, the issuer as author and a title', async () => {
    const buf = await renderOfficialDocx({
      title: '关于做好\n信访工作的通知',
      blocks: [{ kind: 'paragraph', text: '正文。' }],
      signature: { issuer: '示例市教育局', date: '2026-11-30' },
    });
    const doc = await docxXml(buf);
    expect(doc).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="578" w:charSpace="-848"/>');
    expect(doc).toContain('<w:snapToGrid w:val="false"/>');
    expect(await docxXml(buf, 'word/fontTable.xml')).toContain('<w:altName w:val="仿宋"/>');
    const core = await docxXml(buf, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>示例市教育局</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>示例市教育局</cp:lastModifiedBy>');
    expect(core).toContain('<dc:title>关于做好信访工作的通知</dc:title>');
  });
});
