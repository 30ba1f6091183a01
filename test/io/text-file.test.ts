// A notice saved by Notepad on a Chinese Windows is GB18030; one copied from a web page is UTF-8.
import { readFileSync } from 'node:fs';
import { decodeText } from '../../src/io/text-file.js';

const bytes = (name: string) => readFileSync(new URL(`../fixtures/notices/${name}`, import.meta.url));

describe('decodeText', () => {
  const utf8 = bytes('2026.txt').toString('utf8');
  it.each<[string, Uint8Array]>([
    ['UTF-8', bytes('2026.txt')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('2026.txt')])],
    ['GB18030', bytes('2026.gb18030.txt')],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')])],
  ])('%s', (_why, b) => {
    expect(decodeText(b)).toBe(utf8);
  });

  it('the GB18030 file is not UTF-8 (so the fallback is what read it)', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes('2026.gb18030.txt'))).toThrow();
  });
});
