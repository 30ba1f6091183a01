// A chart of an official document as plain data: categories on one axis, one or more series of values. The .docx
// renderer writes it as a native Word chart (word/charts/chartN.xml with its data), not as a picture.

export interface ChartSeries {
  /** Legend entry and the header of the series' column in the chart's data sheet, e.g. "件数" or "2026年". */
  name: string;
  /** One value per category. */
  values: number[];
}

export interface ChartBlock {
  kind: 'chart';
  /**
   * bar: horizontal bars, categories listed top to bottom (long Chinese names stay on one line each);
   * column: vertical bars; line: a line with markers (trends over years or months).
   */
  type: 'bar' | 'column' | 'line';
  /** Header of the category column in the data sheet, e.g. "问题类别". */
  categoryTitle: string;
  categories: string[];
  series: ChartSeries[];
  widthMm: number;
  heightMm: number;
  /** Alternative text (wp:docPr descr): what the chart shows, for screen readers and text exports. */
  altText: string;
  /** Centred line under the chart, e.g. "图  2026年信访件反映问题分类（单位：件）". */
  caption?: string;
}

/** The fonts of the chart's text: the document's own, so Word, WPS and LibreOffice draw the labels like the body. */
export interface ChartFonts {
  eastAsia: string;
  latin: string;
  sizePt: number;
}
