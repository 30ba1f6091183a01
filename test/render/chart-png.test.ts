import { inflateSync } from 'node:zlib';
import { barChartPng, niceStep } from '../../src/render/chart-png.js';
import { encodePng, Raster } from '../../src/render/png.js';
import { canDraw, textWidth } from '../../src/render/bitmap-font.js';

/** Decodes the PNGs this encoder writes (RGB, filter 0), checking every chunk's CRC. */
function decode(png: Buffer): { width: number; height: number; rgb: (x: number, y: number) => number[]; chunks: string[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let off = 8;
  const chunks: string[] = [];
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.toString('ascii', off + 4, off + 8);
    const data = png.subarray(off + 8, off + 8 + len);
    expect(png.readUInt32BE(off + 8 + len)).toBe(crc(png.subarray(off + 4, off + 8 + len)));
    chunks.push(type);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width * 3 + 1) * height);
  return { width, height, chunks, rgb: (x, y) => [...raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3)] };
}

test('encodePng writes a valid RGB PNG with its resolution', () => {
  const r = new Raster(3, 2);
  r.fillRect(1, 0, 1, 2, [255, 0, 0]);
  const d = decode(encodePng(r, 200));
  expect(d.chunks).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
  expect([d.width, d.height]).toEqual([3, 2]);
  expect(d.rgb(0, 0)).toEqual([255, 255, 255]);
  expect(d.rgb(1, 1)).toEqual([255, 0, 0]);
});

test.each([
  [0, 1], [3, 1], [5, 1], [11, 5], [48, 10], [80, 20], [224, 50], [1000, 200],
])('niceStep(%i) = %i', (max, step) => {
  expect(niceStep(max)).toBe(step);
});

test('bars are drawn in proportion, blue on white', () => {
  const chart = barChartPng([48, 24, 0], { widthPx: 600, heightPx: 400 });
  const d = decode(chart.png);
  expect([d.width, d.height]).toEqual([600, 400]);
  const blue = [68, 114, 196];
  // scan the column through the middle of each bar for its blue height
  const heightAt = (x: number) => Array.from({ length: d.height }, (_, y) => d.rgb(x, y)).filter((p) => p.join() === blue.join()).length;
  const left = textWidth('60', 4) + 36;
  const slot = (600 - 24 - left) / 3;
  const [h1, h2, h3] = [0, 1, 2].map((i) => heightAt(Math.round(left + slot * (i + 0.5))));
  expect(h1).toBeGreaterThan(100);
  expect(Math.abs(h1 - 2 * h2)).toBeLessThanOrEqual(2);
  expect(h3).toBe(0);
});

test('the bitmap font covers the figures a chart needs', () => {
  expect(canDraw('0123456789.%-')).toBe(true);
  expect(canDraw('办学')).toBe(false);
  expect(textWidth('48', 4)).toBe(44);
});
