// Packs the official document: the parts the docx package compiles, plus the ones it cannot write as an official
// document needs them — the font table with fall-backs (font-table.ts) and the native charts (chart-part.ts) — in
// one zip written with Node's zlib (zip-writer.ts).
import { type Document, Packer } from 'docx';
import type JSZip from 'jszip';
import type { ChartBlock, ChartFonts } from './chart-model.js';
import { addChartParts } from './chart-part.js';
import { zipParts } from './zip-writer.js';

export interface PackageExtras {
  /** word/fontTable.xml, replacing the empty table the docx package writes. */
  fontTable: string;
  charts: readonly ChartBlock[];
  chartFonts: ChartFonts;
}

/** The docx package's compiler: the document's parts as an (uncompressed) zip model, before Packer compresses them. */
type Compiler = { compile(file: Document, prettify?: string, overrides?: readonly unknown[]): JSZip };

export async function packDocument(file: Document, extras: PackageExtras): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (!compiler?.compile) throw new Error('the docx package no longer exposes its compiler (pinned at 9.5.1)');
  const zip = compiler.compile(file, undefined, []);
  if (!zip.file('word/fontTable.xml')) throw new Error('docx package without word/fontTable.xml');
  zip.file('word/fontTable.xml', extras.fontTable);
  const { default: JSZip } = await import('jszip');
  await addChartParts(JSZip, zip, extras.charts, extras.chartFonts);
  const names: string[] = [];
  zip.forEach((name, f) => {
    if (!f.dir) names.push(name);
  });
  const parts = await Promise.all(names.map(async (name) => ({ name, data: await (zip.file(name) as JSZip.JSZipObject).async('uint8array') })));
  return zipParts(parts);
}
