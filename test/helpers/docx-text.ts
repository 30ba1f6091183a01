// Reads the text of a .docx for golden tests: one line per paragraph, a table row per line with cells joined by
// ' | ' (several paragraphs in one cell joined by ' / '), "[分页]" for a page break, "[分节]" after a section break.
// Field codes (the PAGE instruction) are not text; trailing spaces are trimmed. Headers and footers are not in
// document.xml: read them with docxParts(buf, /^word\/footer\d+\.xml$/).
import JSZip from 'jszip';

export async function docxXml(buf: Buffer | Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the .docx`);
  return file.async('string');
}

/** Every part of the package whose name matches, e.g. /^word\/footer\d*\.xml$/. */
export async function docxParts(buf: Buffer | Uint8Array, name: RegExp): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out: Record<string, string> = {};
  for (const path of Object.keys(zip.files).filter((p) => name.test(p) && !zip.files[p].dir).sort()) {
    out[path] = await zip.file(path)!.async('string');
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );

/** Text of document.xml as lines (see the file comment). */
export function xmlText(xml: string): string {
  const lines: string[] = [];
  let para: string | null = null; // text of the open paragraph
  let cellParas: string[] | null = null; // paragraphs of the open table cell
  let rowCells: string[] | null = null;
  let inText = false;
  let sectionBreak = false;
  let justBroke = false; // a page break was the last thing in the open paragraph
  let tableDepth = 0;
  const tag = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (inText && para !== null) {
        para += decode(text).replace(/\u2060/g, "");  // word joiners hold ranges together; not text
        justBroke = false;
      }
      continue;
    }
    const open = !close;
    switch (name) {
      case 'w:tbl':
        tableDepth += open ? 1 : -1;
        break;
      case 'w:tr':
        if (open && !selfClose) rowCells = [];
        else if (close && rowCells) {
          lines.push(rowCells.join(' | '));
          rowCells = null;
        }
        break;
      case 'w:tc':
        if (open && !selfClose) cellParas = [];
        else if (close && cellParas) {
          rowCells?.push(cellParas.join(' / '));
          cellParas = null;
        }
        break;
      case 'w:p':
        if (open && selfClose) {
          if (cellParas) cellParas.push('');
          else lines.push('');
        } else if (open) {
          para = '';
          sectionBreak = false;
          justBroke = false;
        } else if (para !== null) {
          if (cellParas) cellParas.push(para);
          else if (!(justBroke && para === '')) lines.push(para);
          if (sectionBreak && tableDepth === 0) lines.push('[分节]');
          para = null;
        }
        break;
      case 'w:t':
        inText = open && !selfClose;
        break;
      case 'w:tab':
        if (para !== null) para += '\t';
        break;
      case 'w:br':
        if (para === null) break;
        if (/w:type="page"/.test(attrs)) {
          if (para !== '') lines.push(para);
          lines.push('[分页]');
          para = '';
          justBroke = true;
        } else para += '\n';
        break;
      case 'w:sectPr':
        if (open && para !== null) sectionBreak = true;
        break;
    }
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}

export async function docxText(buf: Buffer | Uint8Array): Promise<string> {
  return xmlText(await docxXml(buf));
}
