// A tiny 5×7 bitmap font for the figures drawn into chart pictures (digits, '.', '%', '-'): the names are
// written as document text instead, so no font file or canvas is needed.
import type { Raster, Rgb } from './png.js';

const GLYPHS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  '%': ['11000', '11001', '00010', '00100', '01000', '10011', '00011'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
};
export const GLYPH_W = 5;
export const GLYPH_H = 7;

/** Width in pixels of `text` at `scale` (one blank column between glyphs). */
export function textWidth(text: string, scale: number): number {
  return text.length === 0 ? 0 : (text.length * (GLYPH_W + 1) - 1) * scale;
}

export function canDraw(text: string): boolean {
  return [...text].every((ch) => ch in GLYPHS || ch === ' ');
}

/** Draws `text` with its top-left corner at (x, y); `align` places x at the left, centre or right of the text. */
export function drawText(r: Raster, text: string, x: number, y: number, scale: number, color: Rgb, align: 'left' | 'center' | 'right' = 'left'): void {
  const w = textWidth(text, scale);
  let cx = align === 'center' ? x - w / 2 : align === 'right' ? x - w : x;
  for (const ch of text) {
    const rows = GLYPHS[ch];
    if (rows) {
      rows.forEach((row, gy) => {
        for (let gx = 0; gx < GLYPH_W; gx++) if (row[gx] === '1') r.fillRect(cx + gx * scale, y + gy * scale, scale, scale, color);
      });
    }
    cx += (GLYPH_W + 1) * scale;
  }
}
