// A plain, renderer-independent model of an official document (公文). Builders (roster, case card, reports)
// produce an OfficialDoc; src/render/docx/official.ts turns it into a GB/T 9704 .docx. No docx types here.
import type { ISODate } from '../../domain/model.js';
import type { ChartBlock } from './chart-model.js';

export type { ChartBlock, ChartSeries } from './chart-model.js';

/** A piece of text with its own emphasis; a paragraph is a string or a list of runs. */
export interface Run {
  text: string;
  bold?: boolean;
  underline?: boolean;
}

export type Inline = string | Run[];

/** 一、 (黑体) / （一） (楷体_GB2312) / 1. (仿宋) / （1） (仿宋). The caller writes the numbering in `text`. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3 | 4;
  text: string;
  /** Body text continuing in the same paragraph in the body font, e.g. "（一）公示。" + "制定……". */
  after?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: Inline;
  /** Default 'justify' with a two-character first-line indent. Any other alignment has no indent. */
  align?: 'justify' | 'left' | 'center' | 'right';
  /** false: no first-line indent (e.g. 主送机关 "各学校："). Default true for justified text. */
  indent?: boolean;
}

export interface TableColumn {
  header: string;
  /**
   * Optional relative weight for sharing out the room left once every column has what its content needs; the
   * renderer measures the content itself (src/render/docx/table-fit.ts).
   */
  width?: number;
  /** Cell alignment in this column; default 'center'. */
  align?: 'left' | 'center' | 'right';
  /**
   * Merge runs of equal, non-empty consecutive cells vertically (e.g. the 月份 column of the roster). A merged group
   * cut by a page break shows its text on the first page only (Word and LibreOffice both do this).
   */
  merge?: boolean;
}

/** Cells are plain strings; '\n' inside a cell starts a new line in that cell. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** Centred title above the table, e.g. "2027年领导信访接待日安排表". */
  title?: string;
  /** Line under the table, e.g. "备注：遇节假日顺延。" */
  note?: string;
  /** Put this table on landscape pages of its own (a section break before and after). */
  landscape?: boolean;
  /** Font size of the cells in pt; default from templates/page.json (12 = 小四), made smaller when the table is too wide. */
  fontSizePt?: number;
  /** false: no header row (a form such as the 信访接待登记表, where each row carries its own label). */
  headerRow?: boolean;
  /** Tables with the same group (and the same columns) get the same widths and size, fitted on all their rows. */
  fitGroup?: string;
}

/** A free-standing 备注/注 line: no indent, slightly smaller than body text. */
export interface NoteBlock {
  kind: 'note';
  text: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** A picture (chart). `png` is required; `svg` is optional and then `png` is its fallback. */
export interface ImageBlock {
  kind: 'image';
  png: Uint8Array;
  svg?: Uint8Array | string;
  widthMm: number;
  heightMm: number;
  caption?: string;
}

/** A grey line the clerk replaces in Word, e.g. "（请在此填写本月工作亮点）". Rendered exactly as given. */
export interface PlaceholderBlock {
  kind: 'placeholder';
  text: string;
}

/** 发文机关署名 and 成文日期 inside the document, e.g. before the 附件 pages (src/render/docx/signature.ts). */
export interface SignatureBlock extends Signature {
  kind: 'signature';
}

/**
 * 附件说明 (GB/T 9704 7.3.4): one blank line under the body, 左空二字 "附件：" and the numbered names; a name that
 * wraps lines up with the first character of the names.
 */
export interface AttachmentNoteBlock {
  kind: 'attachmentNote';
  /** "附件：" */
  label: string;
  items: string[];
}

/** The "附件"/"附表" label: a new page, flush left in 3号黑体 on its first line. */
export interface AttachmentLabelBlock {
  kind: 'attachmentLabel';
  text: string;
}

export type Block =
  | SignatureBlock
  | AttachmentNoteBlock
  | AttachmentLabelBlock
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | NoteBlock
  | PageBreakBlock
  | ImageBlock
  | ChartBlock
  | PlaceholderBlock;

export interface Signature {
  /** 发文机关署名, e.g. "xxx区教育局" or "xxx区教育局信访办公室". */
  issuer: string;
  /** 成文日期; rendered as 2027年1月5日. */
  date: ISODate;
}

export interface OfficialDoc {
  /** 标题, 2号 方正小标宋简体, centred. '\n' splits it over lines. */
  title: string;
  /** Centred line under the title in 楷体 (e.g. "（2027年1月）"). */
  subtitle?: string;
  blocks: Block[];
  signature?: Signature;
  /** Author in the document properties (creator, lastModifiedBy); default the signature's issuer. */
  author?: string;
  /** The whole document on landscape pages. */
  landscape?: boolean;
}

// Small builders so callers read like the document they write.
export const heading = (level: HeadingBlock['level'], text: string, after?: string): HeadingBlock =>
  after === undefined ? { kind: 'heading', level, text } : { kind: 'heading', level, text, after };
export const paragraph = (text: Inline, opts: Omit<ParagraphBlock, 'kind' | 'text'> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  text,
  ...opts,
});
export const note = (text: string): NoteBlock => ({ kind: 'note', text });
export const placeholder = (text: string): PlaceholderBlock => ({ kind: 'placeholder', text });
export const pageBreak = (): PageBreakBlock => ({ kind: 'pageBreak' });
export const table = (t: Omit<TableBlock, 'kind'>): TableBlock => ({ kind: 'table', ...t });

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (heading numbers). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

/** The numbering prefix of a heading: 1 → "一、", 2 → "（一）", 3 → "1.", 4 → "（1）". */
export function headingNumber(level: HeadingBlock['level'], n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}
