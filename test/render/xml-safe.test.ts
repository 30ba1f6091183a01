// Characters XML cannot hold never reach a .docx or .xlsx, even when they got into the store past the input checks
// (before this, a summary holding U+FFFF made the case card and the export malformed XML that Word refuses).
import JSZip from 'jszip';
import { paragraph } from '../../src/render/docx/document-model.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { xmlSafe } from '../../src/render/xml-safe.js';
import { writeXlsx } from '../../src/io/xlsx.js';

const BAD = ['\uffff', '\ufffe', '\u0007', '\u001b', '\ud800', '\udc00'];
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

test.each(BAD.map((c) => [JSON.stringify(c), c]))('xmlSafe drops %s and keeps the rest (emoji pairs included)', (_n, c) => {
  expect(xmlSafe(`反映${c}问题😀\t\n`)).toBe('反映问题😀\t\n');
});

const DIRTY = `反映${'\uffff\ufffe\u0007\u001b\ud800'}收费${'\udc00'}问题`; // the surrogates alone, not a pair

async function parts(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  return Promise.all(Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.xml')).map((f) => f.async('string')));
}

test('a document whose text holds U+FFFF and a lone surrogate is still well-formed: the characters are dropped', async () => {
  const buf = await renderOfficialDocx({ title: `信访件${'\uffff'}登记卡`, blocks: [paragraph(`摘要：${DIRTY}`)] });
  const xml = await parts(buf);
  expect(xml.some((x) => NOT_XML.test(x))).toBe(false);
  expect(xml.join('').includes('反映收费问题')).toBe(true);
});

test('an export holding U+FFFF is still well-formed', async () => {
  const buf = await writeXlsx([['编号', '摘要'], ['2026-0001', DIRTY]], '台账');
  const xml = await parts(buf);
  expect(xml.some((x) => NOT_XML.test(x))).toBe(false);
  expect(xml.join('').includes('反映收费问题')).toBe(true);
});
