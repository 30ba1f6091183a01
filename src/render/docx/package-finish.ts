// The one step after the docx package has written its zip: the parts it cannot write as an official document needs
// them go in here, in a single pass over the package — the font table with fall-backs (font-table.ts) and the
// native charts (chart-part.ts).
import type { ChartBlock, ChartFonts } from './chart-model.js';
import { addChartParts } from './chart-part.js';

export interface PackageExtras {
  /** word/fontTable.xml, replacing the empty table the docx package writes. */
  fontTable: string;
  charts: readonly ChartBlock[];
  chartFonts: ChartFonts;
}

export async function finishPackage(docx: Buffer, extras: PackageExtras): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(docx);
  if (!zip.file('word/fontTable.xml')) throw new Error('docx package without word/fontTable.xml');
  zip.file('word/fontTable.xml', extras.fontTable);
  await addChartParts(JSZip, zip, extras.charts, extras.chartFonts);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
