// Renders .docx files to PDF with LibreOffice and reads where every word landed (pdftotext -bbox-layout), for tests
// that check a document as a reader sees it: signature geometry, table cells, the text area.
// Fonts: scripts/fonts.conf maps the official fonts (仿宋_GB2312, 黑体, …) to free look-alikes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Why the PDF tests cannot run here, or null when LibreOffice and poppler are installed. */
export function pdfToolsMissing(): string | null {
  for (const tool of ['soffice', 'pdftotext']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      return `${tool} 未安装：跳过 PDF 版式测试（安装 libreoffice-writer-nogui、poppler-utils、fonts-noto-cjk、fonts-arphic-ukai、fonts-liberation 后运行）`;
    }
  }
  return null;
}

/** Converts all files in one LibreOffice run (start-up is the slow part); returns the PDF paths in order. */
export function convertToPdf(files: string[], outDir: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: path.join(here, '..', '..', 'scripts', 'fonts.conf') },
      stdio: 'ignore',
      timeout: 240_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
}

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfLine extends Box {
  page: number;
  /** The words of the line joined without spaces (Chinese has none). */
  text: string;
  words: (Box & { text: string })[];
}
export interface PdfPage {
  page: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)?.[1] ?? NaN);
const box = (attrs: string): Box => ({ xMin: num(attrs, 'xMin'), yMin: num(attrs, 'yMin'), xMax: num(attrs, 'xMax'), yMax: num(attrs, 'yMax') });
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Pages, lines and words of a PDF with their boxes in points (origin top left). */
export function pdfLayout(pdf: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const [n, pm] of [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].entries()) {
    const lines: PdfLine[] = [];
    for (const lm of pm[2].matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...lm[2].matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({ ...box(w[1]), text: decode(w[2]) }));
      lines.push({ ...box(lm[1]), page: n + 1, text: words.map((w) => w.text).join(''), words });
    }
    pages.push({ page: n + 1, width: num(pm[1], 'width'), height: num(pm[1], 'height'), lines });
  }
  return pages;
}

/** One part of a .docx package as text. */
export async function docxPart(docx: Buffer | Uint8Array, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(part);
  if (!file) throw new Error(`no ${part} in the package`);
  return file.async('string');
}

/** The text of every table cell of a .docx that is one paragraph, as written (for "was it split?" checks). */
export async function docxCellTexts(docx: Buffer | Uint8Array): Promise<string[]> {
  const xml = await docxPart(docx, 'word/document.xml');
  const cells: string[] = [];
  for (const tc of xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
    const paras = [...tc[1].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join('').replace(/\u2060/g, ''),
    );
    if (paras.length === 1 && paras[0] !== '') cells.push(paras[0]);
  }
  return cells;
}

/** How often `needle` occurs in the lines of the PDF (each line on its own: a split text is not found). */
export function countInLines(pages: PdfPage[], needle: string): number {
  const flat = needle.replace(/\s+/g, '');
  let n = 0;
  for (const p of pages) {
    for (const l of p.lines) {
      for (let i = l.text.indexOf(flat); i >= 0; i = l.text.indexOf(flat, i + 1)) n++;
    }
  }
  return n;
}

/** The first line with exactly this text (spaces ignored), and the line under it on the same page. */
export function findLine(pages: PdfPage[], text: string): { line: PdfLine; next: PdfLine | undefined; page: PdfPage } | null {
  const flat = text.replace(/\s+/g, '');
  for (const p of pages) {
    const sorted = [...p.lines].sort((a, b) => a.yMin - b.yMin);
    const i = sorted.findIndex((l) => l.text === flat);
    if (i >= 0) return { line: sorted[i], next: sorted[i + 1], page: p };
  }
  return null;
}
