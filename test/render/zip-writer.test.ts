// The .docx zip written with Node's zlib: every part reads back byte for byte with a standard reader (JSZip, and
// the system's unzip where there is one), a part that does not shrink is stored, names are UTF-8, and the same
// parts give the same bytes.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { zipParts } from '../../src/render/docx/zip-writer.js';
import { tempDir } from '../helpers/cli.js';

const enc = (s: string) => new TextEncoder().encode(s);
// bytes with no pattern to compress: a hash chain, the same on every run
const random = (n: number) => {
  const out = Buffer.alloc(n);
  for (let i = 0, h = Buffer.from('seed'); i < n; i += 32) (h = crypto.createHash('sha256').update(h).digest()).copy(out, i);
  return new Uint8Array(out);
};

const CASES: [string, { name: string; data: Uint8Array }[]][] = [
  ['one XML part', [{ name: 'word/document.xml', data: enc(`<w:document>${'<w:p>信访件</w:p>'.repeat(500)}</w:document>`) }]],
  ['an empty part', [{ name: 'empty.txt', data: new Uint8Array(0) }]],
  ['bytes that do not compress (stored)', [{ name: 'word/embeddings/chart1-data.xlsx', data: random(4096) }]],
  ['a Chinese name and several parts', [{ name: '附件/说明.xml', data: enc('<a>说明</a>') }, { name: '[Content_Types].xml', data: enc('<Types/>') }, { name: 'b.bin', data: random(10) }]],
];

describe.each(CASES)('%s', (_what, parts) => {
  const bytes = zipParts(parts);

  test('reads back byte for byte, in order', async () => {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names).toEqual(parts.map((p) => p.name));
    for (const p of parts) expect(Buffer.from(await zip.file(p.name)!.async('uint8array')).equals(Buffer.from(p.data))).toBe(true);
  });

  test('the same parts give the same bytes', () => {
    expect(zipParts(parts).equals(bytes)).toBe(true);
  });

  const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
  (unzip.status === 0 ? test : test.skip)('the system unzip tests it without error', () => {
    const file = path.join(tempDir('xinfang-zip-'), 'x.zip');
    fs.writeFileSync(file, bytes);
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No errors detected');
  });
});

test('a part that does not shrink is stored (method 0), one that does is deflated (method 8)', () => {
  const bytes = zipParts([{ name: 'a.bin', data: random(2048) }, { name: 'b.xml', data: enc('x'.repeat(2048)) }]);
  const methods: number[] = [];
  for (let at = 0; at < bytes.length - 4; at++) if (bytes.readUInt32LE(at) === 0x04034b50) methods.push(bytes.readUInt16LE(at + 8));
  expect(methods).toEqual([0, 8]);
});
