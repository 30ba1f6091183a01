// The text of the 信访工作情况月报, from the monthly model and templates/report-monthly.json (passed in).
import { chineseDate, chineseMonthDay } from '../common/dates.js';
import { describeChange, type Change } from './change.js';
import type { MonthlyReport } from './monthly.js';
import type { Narrative, NarrativeBlock } from './narrative.js';
import { OTHER_CATEGORIES } from './annual.js';
import { monthlyTables } from './tables.js';
import { MONTHLY_SECTIONS, listedSections } from './sections/registry.js';
import { rateText } from './sections/section.js';
import { Wording, type Values } from '../common/wording.js';

const FILE = 'report-monthly.json';

export function monthlyNarrative(report: MonthlyReport, template: unknown): Narrative & { subtitle: string } {
  const w = new Wording(template, FILE);
  const month = Number(report.month.slice(5));
  const period = month === 1 ? '1月' : `1—${month}月`;
  const base = { year: report.year, month, period, org: report.org, to: chineseDate(report.to) };
  const blocks: NarrativeBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: 'heading', level: 1, text });
  const paragraph = (...sentences: string[]) => blocks.push({ kind: 'paragraph', text: sentences.join('') });
  const other = new Set<string>(OTHER_CATEGORIES);
  const present = <T extends { count: number }>(xs: readonly T[]) => xs.filter((x) => x.count > 0);

  heading(w.text('intakeHeading', base));
  if (report.received === 0) paragraph(w.text('intakeNone', base), comparisons(w, report));
  else {
    paragraph(
      w.text('intake', { ...base, received: report.received }),
      comparisons(w, report),
      w.text('byChannel', { items: w.items(present(report.byChannel)) }),
      w.text('bySource', { items: w.items(report.bySource) }),
      w.text('byCategory', { items: w.items(report.byCategory, (n) => w.mapped('categoryNames', n), (s) => other.has(s.name)) }),
      w.text('byRegion', { items: w.items(report.byRegion) }),
    );
  }

  heading(w.text('handlingHeading', base));
  const ytd = report.yearToDate;
  paragraph(
    report.received > 0 ? w.text('status', { ...base, ...figures(report) }) : '',
    w.text(report.closedInPeriod > 0 ? 'closedInMonth' : 'closedInMonthNone', { ...base, ...figures(report) }),
    w.text(ytd.received > 0 ? 'yearToDate' : 'yearToDateNone', { ...base, ...figures(ytd) }),
    w.text(ytd.onTimeRate === null ? 'yearToDateOnTimeNone' : 'yearToDateOnTime', { ...base, ...figures(ytd) }),
    report.yearToDateOnYear ? w.text('yearToDateOnYear', { change: changeText(w, report.yearToDateOnYear) }) : '',
  );

  heading(w.text('overdueHeading', base));
  // the overdue list is a 附表 of its own: name it ("详见附表3")
  const overdueTable = monthlyTables(report, template).findIndex((t) => t.key === 'overdue') + 1;
  paragraph(w.text(report.overdue.length ? 'overdue' : 'overdueNone', { ...base, count: report.overdue.length, table: overdueTable }));

  heading(w.text('receptionsHeading', base));
  const r = report.receptions;
  const days = r.byDay
    .map((d) => {
      const title = r.byLeader.find((l) => l.leader === d.leader)?.title ?? '';
      const values = { date: chineseMonthDay(d.date), leader: d.leader, title, batches: d.batches, persons: d.persons };
      return w.text(d.batches > 0 ? 'receptionDay' : 'receptionDayNone', values);
    })
    .join(w.text('receptionDaySeparator'));
  const rValues = { ...base, days: r.days, batches: r.batches, persons: r.persons };
  if (r.days === 0) paragraph(w.text('receptionsNoDays', rValues));
  else paragraph(w.text(r.batches > 0 ? 'receptions' : 'receptionsNone', rValues), w.text('receptionDays', { items: days }));

  for (const s of listedSections(w, MONTHLY_SECTIONS)) {
    const t = s.narrative(w, report, base);
    heading(t.heading);
    paragraph(t.paragraph);
  }

  for (const s of w.sections(base)) {
    heading(s.heading);
    blocks.push({ kind: 'placeholder', text: s.placeholder });
  }
  return { title: w.text('title', base), subtitle: w.text('subtitle', base), blocks };
}

function figures(f: MonthlyReport['yearToDate']): Values {
  return {
    received: f.received,
    accepted: f.accepted,
    rejected: f.rejected,
    pendingAcceptance: f.pendingAcceptance,
    closed: f.closed,
    inProgress: f.inProgress,
    closureRate: rateText(f.closureRate),
    closedInPeriod: f.closedInPeriod,
    closedOnTime: f.closedOnTime,
    onTimeRate: rateText(f.onTimeRate),
  };
}

/** "与上月相比增加2件（增长20%），与上年同月相比持平。" — only the comparisons the data allow. */
function comparisons(w: Wording, r: MonthlyReport): string {
  const parts = [
    r.monthOnMonth ? w.text('monthOnMonth', { change: changeText(w, r.monthOnMonth) }) : '',
    r.yearOnYear ? w.text('yearOnYear', { change: changeText(w, r.yearOnYear) }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(w.text('comparisonSeparator')) + w.text('comparisonEnd') : '';
}

function changeText(w: Wording, c: Change): string {
  return describeChange(w, c, 'change');
}
