// A figure section of a report (初信初访和重复信访, 集体访, 按期办结, 满意度, 近五年…): a heading and a paragraph in
// the template's wording, and the 附表 it adds. The template lists which sections a report has, in order
// (figureSections); a new section is a file and an entry in registry.ts.
import { percentLabel } from '../../common/percent.js';
import type { StatColumn, StatTable } from '../tables.js';
import type { Values, Wording } from '../../common/wording.js';

export interface SectionText {
  heading: string;
  paragraph: string;
}

/** A 附表 without its title: the report numbers it and takes the title from the template's appendix.<key>. */
export type SectionTable = Omit<StatTable, 'title'>;

export interface ReportSection<M> {
  /** Its name in the template's figureSections, and the template entry holding its wording. */
  key: string;
  /** `base` holds the report's own values ({year}, and {month} in a monthly report). */
  narrative(w: Wording, m: M, base: Values): SectionText;
  tables(w: Wording, m: M): SectionTable[];
}

/** "4.44%", or "—" when there was nothing to divide by. */
export const rateText = (p: number | null): string => (p === null ? '—' : percentLabel(p));

export const column = (header: string, width: number, align: StatColumn['align'] = 'center'): StatColumn => ({ header, width, align });
