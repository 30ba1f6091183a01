// The small .xlsx embedded with each chart: its categories in column A and one column per series, as the chart's
// formulas expect (chart-xml.ts). Word opens it for "edit data". Written by hand (five short parts, inline strings)
// because loading a spreadsheet library would cost more than the whole report.
import type JSZip from 'jszip';
import type { ChartBlock } from './chart-model.js';
import { DATA_SHEET, columnLetter, xmlEscape } from './chart-xml.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function sheetXml(chart: ChartBlock): string {
  const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(s)}</t></is></c>`;
  const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
  const header = [text('A1', chart.categoryTitle), ...chart.series.map((s, i) => text(`${columnLetter(i + 1)}1`, s.name))];
  const rows = chart.categories.map((name, r) => {
    const row = r + 2;
    return `<row r="${row}">${text(`A${row}`, name)}${chart.series.map((s, i) => num(`${columnLetter(i + 1)}${row}`, s.values[r] ?? 0)).join('')}</row>`;
  });
  return `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1">${header.join('')}</row>${rows.join('')}</sheetData></worksheet>`;
}

/** The workbook's bytes. `Zip` is the JSZip constructor the caller already loaded. */
export async function chartWorkbook(Zip: typeof JSZip, chart: ChartBlock): Promise<Uint8Array> {
  const zip = new Zip();
  zip.file(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `</Types>`,
  );
  zip.file('_rels/.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${DATA_SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', sheetXml(chart));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
