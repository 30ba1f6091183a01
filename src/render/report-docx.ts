// The monthly report and the annual summary as official documents: the narrative with numbered headings
// (一、 黑体, （一） 楷体, 1. 仿宋), the issuer and date, then the statistics tables as 附表 on a new page, and
// for the annual summary a bar chart of the categories.
import { chineseDate } from '../domain/dates.js';
import type { ISODate } from '../domain/model.js';
import type { AnnualReport } from '../domain/report-annual.js';
import type { MonthlyReport } from '../domain/report-monthly.js';
import { monthlyNarrative } from '../domain/report-monthly-narrative.js';
import { annualNarrative, type Narrative } from '../domain/report-narrative.js';
import { annualWording } from '../domain/report-period.js';
import { annualTables, monthlyTables, type StatTable } from '../domain/report-tables.js';
import { Wording } from '../domain/wording.js';
import type { Block, ChartBlock, OfficialDoc } from './docx/document-model.js';
import { textChars } from './docx/official-text.js';
import { numberHeadings } from './report-text.js';

export interface ReportDocInput {
  narrative: Narrative & { subtitle?: string };
  tables: StatTable[];
  issuer: string;
  date: ISODate;
  /** 附表 — the label above the tables. */
  appendixLabel: string;
  /** Charts placed right after the table with this key (the annual category chart). */
  charts?: { afterTable: string; chart: ChartBlock }[];
}

const BLANK: Block = { kind: 'paragraph', text: '', align: 'left', indent: false };

/**
 * 发文机关署名 and 成文日期 before the 附表 (the shared renderer puts its signature after everything): the issuer
 * 右空二字, the date starting two characters right of the issuer, padded with full-width spaces.
 */
function signatureBlocks(issuer: string, date: ISODate): Block[] {
  const d = chineseDate(date);
  const dateRight = Math.max(0, 2 + textChars(issuer) - 2 - textChars(d));
  const issuerRight = dateRight + textChars(d) + 2 - textChars(issuer);
  const pad = (n: number) => '\u3000'.repeat(Math.max(0, Math.round(n)));
  return [
    BLANK,
    { kind: 'paragraph', text: `${issuer}${pad(issuerRight)}`, align: 'right' },
    { kind: 'paragraph', text: `${d}${pad(dateRight)}`, align: 'right' },
  ];
}

export function reportOfficialDoc(input: ReportDocInput): OfficialDoc {
  const body = numberHeadings(input.narrative.blocks).map((b): Block => (b.kind === 'paragraph' ? { kind: 'paragraph', text: b.text } : b));
  const blocks: Block[] = [...body, ...signatureBlocks(input.issuer, input.date)];
  if (input.tables.length) {
    blocks.push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: input.appendixLabel });
    for (const [i, t] of input.tables.entries()) {
      if (i > 0) blocks.push(BLANK);
      blocks.push({ kind: 'table', title: t.title, columns: t.columns, rows: t.rows, ...(t.landscape ? { landscape: true } : {}) });
      for (const c of input.charts?.filter((c) => c.afterTable === t.key) ?? []) blocks.push(BLANK, c.chart);
    }
  }
  return { title: input.narrative.title, ...(input.narrative.subtitle ? { subtitle: input.narrative.subtitle } : {}), blocks };
}

/** The category chart: horizontal bars, one line per category; its height follows the number of categories. */
function categoryChart(r: AnnualReport, w: Wording): ChartBlock {
  const names = r.byCategory.map((c) => w.mapped('categoryNames', c.name));
  const items = r.byCategory.map((c, i) => w.text('appendix.chartAltItem', { name: names[i], count: c.count })).join(w.text('appendix.chartAltSeparator'));
  return {
    kind: 'chart',
    type: 'bar',
    categoryTitle: w.text('appendix.chartCategoryTitle'),
    categories: names,
    series: [{ name: w.text('appendix.chartSeries'), values: r.byCategory.map((c) => c.count) }],
    widthMm: 150,
    heightMm: Math.min(150, Math.round(16 + 9 * names.length)),
    altText: w.text('appendix.chartAlt', { year: r.year, items }),
    caption: w.text('appendix.chart', { year: r.year }),
  };
}

/** The annual summary: narrative, signature, 附表 with the category chart after the category table. */
export function annualOfficialDoc(r: AnnualReport, template: unknown, issuer: string, date: ISODate): OfficialDoc {
  const w = annualWording(template, r);
  const charts = r.byCategory.length > 0 ? [{ afterTable: 'categories', chart: categoryChart(r, w) }] : [];
  return reportOfficialDoc({ narrative: annualNarrative(r, template), tables: annualTables(r, template), issuer, date, appendixLabel: w.text('appendix.heading'), charts });
}

/** The monthly report: narrative, signature, 附表. */
export function monthlyOfficialDoc(r: MonthlyReport, template: unknown, issuer: string, date: ISODate): OfficialDoc {
  const w = new Wording(template, 'report-monthly.json');
  return reportOfficialDoc({
    narrative: monthlyNarrative(r, template),
    tables: monthlyTables(r, template),
    issuer,
    date,
    appendixLabel: w.text('appendix.heading'),
  });
}
