// A bar chart as a PNG (vertical bars, counts above them, bars numbered 1…n under the axis). Word and
// LibreOffice both show a PNG the same way; the names belonging to the numbers are written as document text.
import { GLYPH_H, drawText, textWidth } from './bitmap-font.js';
import { Raster, encodePng, type Rgb } from './png.js';

export interface BarChartOptions {
  widthPx?: number;
  heightPx?: number;
  dpi?: number;
}

export interface BarChart {
  png: Buffer;
  widthPx: number;
  heightPx: number;
  dpi: number;
}

const AXIS: Rgb = [64, 64, 64];
const GRID: Rgb = [221, 221, 221];
const BAR: Rgb = [68, 114, 196];
const TEXT: Rgb = [34, 34, 34];

/** A round step for about `ticks` grid lines up to `max` (1, 2, 5 × 10ⁿ, never below 1). */
export function niceStep(max: number, ticks = 5): number {
  if (max <= ticks) return 1;
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  return Math.max(1, Math.round(step));
}

export function barChartPng(values: readonly number[], opts: BarChartOptions = {}): BarChart {
  const width = opts.widthPx ?? 1200;
  const height = opts.heightPx ?? 640;
  const dpi = opts.dpi ?? 200;
  const r = new Raster(width, height);
  const scale = 4; // glyphs 20×28 px
  const max = Math.max(0, ...values);
  const step = niceStep(max);
  // headroom above the highest bar for its figure
  const top = Math.max(step, Math.ceil(max / step) * step + (max > 0 && max % step === 0 ? step : 0));
  const plot = {
    left: textWidth(String(top), scale) + 36,
    right: width - 24,
    top: GLYPH_H * scale + 28,
    bottom: height - (GLYPH_H * scale + 28),
  };
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;

  for (let v = 0; v <= top; v += step) {
    r.fillRect(plot.left, y(v) - 1, plot.right - plot.left, 2, v === 0 ? AXIS : GRID);
    drawText(r, String(v), plot.left - 14, y(v) - (GLYPH_H * scale) / 2, scale, TEXT, 'right');
  }
  r.fillRect(plot.left - 1, plot.top, 3, plot.bottom - plot.top + 1, AXIS);

  const slot = (plot.right - plot.left) / Math.max(1, values.length);
  const barW = Math.min(slot * 0.6, 140);
  values.forEach((v, i) => {
    const cx = plot.left + slot * (i + 0.5);
    const yTop = y(v);
    if (v > 0) r.fillRect(cx - barW / 2, yTop, barW, plot.bottom - yTop, BAR);
    drawText(r, String(v), cx, yTop - GLYPH_H * scale - 10, scale, TEXT, 'center');
    drawText(r, String(i + 1), cx, plot.bottom + 14, scale, TEXT, 'center');
  });
  return { png: encodePng(r, dpi), widthPx: width, heightPx: height, dpi };
}
