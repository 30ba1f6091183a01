// The monthly report and the annual summary as official documents: the narrative with numbered headings
// (一、 黑体, （一） 楷体, 1. 仿宋), the 附件说明, the issuer and date, then the statistics tables as 附表 on pages
// of their own, and for the annual summary a bar chart of the categories and a column chart of the years.
import type { ISODate } from '../domain/model.js';
import type { AnnualReport } from '../domain/reports/annual.js';
import type { MonthlyReport } from '../domain/reports/monthly.js';
import { monthlyNarrative } from '../domain/reports/monthly-narrative.js';
import { annualNarrative, type Narrative } from '../domain/reports/narrative.js';
import { annualWording } from '../domain/reports/period.js';
import { annualTables, monthlyTables, type StatTable } from '../domain/reports/tables.js';
import { Wording } from '../domain/common/wording.js';
import type { Block, ChartBlock, OfficialDoc } from './docx/document-model.js';
import { categoryChart, trendChart } from './report-charts.js';
import { numberHeadings } from './report-text.js';

export interface ReportDocInput {
  narrative: Narrative & { subtitle?: string };
  tables: StatTable[];
  issuer: string;
  date: ISODate;
  /** The label on the first attachment page ("附件"), and the 附件说明 label under the body ("附件："). */
  appendixLabel: string;
  appendixNoteLabel: string;
  /** Charts placed right after the table with this key (the annual category chart). */
  charts?: { afterTable: string; chart: ChartBlock }[];
}

const BLANK: Block = { kind: 'paragraph', text: '', align: 'left', indent: false };

/** "附表3  2026年…统计表" → "2026年…统计表": the 附件说明 numbers the tables itself. */
const tableName = (title: string) => title.replace(/^\S*\d+[\s\u3000]+/, '');

/** Narrative, 附件说明, 发文机关署名 and 成文日期, then the 附表 as the attachment on pages of their own. */
export function reportOfficialDoc(input: ReportDocInput): OfficialDoc {
  const body = numberHeadings(input.narrative.blocks).map((b): Block => (b.kind === 'paragraph' ? { kind: 'paragraph', text: b.text } : b));
  const blocks: Block[] = [...body];
  if (input.tables.length) {
    blocks.push({ kind: 'attachmentNote', label: input.appendixNoteLabel, items: input.tables.map((t) => tableName(t.title)) });
  }
  blocks.push({ kind: 'signature', issuer: input.issuer, date: input.date });
  if (input.tables.length) {
    blocks.push({ kind: 'attachmentLabel', text: input.appendixLabel });
    for (const [i, t] of input.tables.entries()) {
      if (i > 0) blocks.push(BLANK);
      blocks.push({ kind: 'table', title: t.title, columns: t.columns, rows: t.rows, ...(t.landscape ? { landscape: true } : {}) });
      for (const c of input.charts?.filter((c) => c.afterTable === t.key) ?? []) blocks.push(BLANK, c.chart);
    }
  }
  return {
    title: input.narrative.title,
    ...(input.narrative.subtitle ? { subtitle: input.narrative.subtitle } : {}),
    blocks,
    author: input.issuer,
  };
}

/** The annual summary: narrative, signature, 附表 with the category chart and the trend chart after their tables. */
export function annualOfficialDoc(r: AnnualReport, template: unknown, issuer: string, date: ISODate): OfficialDoc {
  const w = annualWording(template, r);
  const trend = trendChart(r, w);
  const charts = [
    ...(r.byCategory.length > 0 ? [{ afterTable: 'categories', chart: categoryChart(r, w) }] : []),
    ...(trend ? [{ afterTable: 'trend', chart: trend }] : []),
  ];
  return reportOfficialDoc({
    narrative: annualNarrative(r, template),
    tables: annualTables(r, template),
    issuer,
    date,
    appendixLabel: w.text('appendix.heading'),
    appendixNoteLabel: w.text('appendix.noteLabel'),
    charts,
  });
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
    appendixNoteLabel: w.text('appendix.noteLabel'),
  });
}
