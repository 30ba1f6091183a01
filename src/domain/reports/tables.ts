// The statistics tables of the reports (附表), built once from the models; the terminal, the .docx and the CSV
// all show these same rows. Titles come from the report templates.
import { markProvisional } from '../cases/deadlines.js';
import { CHANNELS } from '../model.js';
import { chineseDate, chineseMonthDay } from '../common/dates.js';
import { percentLabel } from '../common/percent.js';
import type { AnnualReport } from './annual.js';
import type { MonthlyReport } from './monthly.js';
import type { Change } from './change.js';
import { annualWording } from './period.js';
import { ANNUAL_SECTIONS, MONTHLY_SECTIONS, listedSections } from './sections/registry.js';
import { rateText } from './sections/section.js';
import type { Share } from './tally.js';
import { Wording } from '../common/wording.js';

export interface StatColumn {
  header: string;
  /** Relative width in the document. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Equal neighbouring cells are merged vertically in the document. */
  merge?: boolean;
  /** Shown only where there is room (document, CSV), not on an 80-column terminal. */
  wide?: boolean;
}

export interface StatTable {
  key: string;
  title: string;
  columns: StatColumn[];
  rows: string[][];
  landscape?: boolean;
}

const col = (header: string, width: number, align: StatColumn['align'] = 'center', merge = false): StatColumn =>
  merge ? { header, width, align, merge } : { header, width, align };
const pct = (p: number) => percentLabel(p);

export function annualTables(r: AnnualReport, template: unknown): StatTable[] {
  const w = annualWording(template, r);
  const title = (key: string, n: number) => w.text(`appendix.${key}`, { n, year: r.year });
  const groups = r.groups.filter((g) => g.total > 0);
  const perGroup = groups.length > 1; // one column per source group only when there is more than one
  const groupCols = perGroup ? groups.map((g) => col(g.group, 9)) : [];
  const groupCounts = (pick: (g: (typeof groups)[number]) => Share[], name: string) =>
    perGroup ? groups.map((g) => String(pick(g).find((s) => s.name === name)?.count ?? 0)) : [];
  const totalsRow = (label: string, lead: number) => [label, ...Array<string>(lead).fill(''), ...(perGroup ? groups.map((g) => String(g.total)) : []), String(r.total), r.total ? '100%' : '0%'];

  const tables: StatTable[] = [];
  const add = (t: Omit<StatTable, 'title'>) => tables.push({ ...t, title: title(t.key, tables.length + 1) });
  add({
    key: 'regions',
    columns: [col('序号', 7), col('地区（单位）', 15, 'left'), col('类别', 15), ...groupCols, col('件数', 8), col('占比', 10)],
    rows: [
      ...r.byRegion.map((s, i) => [String(i + 1), s.name, w.mapped('kindNames', s.kind), ...groupCounts((g) => g.byRegion, s.name), String(s.count), pct(s.percent)]),
      totalsRow('合计', 2),
    ],
  });
  add({
    key: 'categories',
    columns: [col('序号', 7), col('问题类别', 16, 'left'), ...groupCols, col('件数', 8), col('占比', 10)],
    rows: [
      ...r.byCategory.map((s, i) => [String(i + 1), w.mapped('categoryNames', s.name), ...groupCounts((g) => g.byCategory, s.name), String(s.count), pct(s.percent)]),
      totalsRow('合计', 1),
    ],
  });
  const pending = r.pendingAcceptance > 0;
  const handling = (f: AnnualReport | (typeof r.groups)[number]) => [
    String(f.total), String(f.closed), String(f.inProgress), String(f.rejected), ...(pending ? [String(f.pendingAcceptance)] : []), pct(f.closureRate),
  ];
  add({
    key: 'sources',
    // 待受理 gets a column only when some case waits for acceptance, so that each row adds up
    columns: [
      col('来源分组', 10), col('来源', 18, 'left'), col('件数', 7), col('已办结', 7), col('正在办理', 8), col('不予受理', 8),
      ...(pending ? [col('待受理', 8)] : []), col('办结率', 9),
    ],
    rows: [
      ...r.groups.map((g) => [g.group, g.sources.join('、'), ...handling(g)]),
      ['合计', '', ...handling(r)],
    ],
  });
  add({
    key: 'channels',
    columns: [col('渠道', 12), col('件数', 10), col('占比', 10)],
    rows: [
      ...CHANNELS.map((c) => {
        const s = r.byChannel.find((x) => x.name === c);
        return [c, String(s?.count ?? 0), pct(s?.percent ?? 0)];
      }),
      ['合计', String(r.total), r.total ? '100%' : '0%'],
    ],
  });
  add({
    key: 'months',
    columns: [col('月份', 8), ...r.byMonth.map((_, i) => col(`${i + 1}月`, 6)), col('合计', 7)],
    rows: [['件数', ...r.byMonth.map(String), String(r.total)]],
  });
  const rc = r.receptions;
  add({
    key: 'receptions',
    columns: [col('接待领导', 10), col('职务', 14), col('接访天数', 9), col('批次', 8), col('人次', 8)],
    rows: [
      ...rc.byLeader.map((l) => [l.leader, l.title, String(l.days), String(l.batches), String(l.persons)]),
      ['合计', '', String(rc.days), String(rc.batches), String(rc.persons)],
    ],
  });
  // 同比 right after the six statistics tables, then the figure sections' tables (numbered in this order)
  if (r.yearOnYear) {
    const row = (label: string, c: Change) => [label, String(c.current), String(c.previous), signed(c, String(c.diff)), c.percent === null ? '—' : signed(c, pct(c.percent))];
    add({
      key: 'comparison',
      columns: [col('来源分组', 12), col('本期', 9), col('上年同期', 10), col('增减', 9), col('增减幅度', 11)],
      rows: [...r.groups.flatMap((g) => (g.yearOnYear ? [row(g.group, g.yearOnYear)] : [])), row('合计', r.yearOnYear)],
    });
  }
  for (const s of listedSections(w, ANNUAL_SECTIONS)) for (const t of s.tables(w, r)) add(t);
  return tables;
}

/** "+30", "-5", "0" (and "+20%", "-3.33%", "0%"): the change with its direction. */
const signed = (c: Change, magnitude: string) => (c.direction === 'up' ? `+${magnitude}` : c.direction === 'down' ? `-${magnitude}` : magnitude);

export function monthlyTables(r: MonthlyReport, template: unknown): StatTable[] {
  const w = new Wording(template, 'report-monthly.json');
  const month = Number(r.month.slice(5));
  const values = { year: r.year, month, to: chineseDate(r.to) };
  const tables: StatTable[] = [];
  const add = (t: Omit<StatTable, 'title'>) => tables.push({ ...t, title: w.text(`appendix.${t.key}`, { ...values, n: tables.length + 1 }) });
  const section = (label: string, shares: readonly Share[], name: (n: string) => string = (n) => n) =>
    shares.length ? shares.map((s) => [label, name(s.name), String(s.count), r.received ? pct(s.percent) : '—']) : [[label, '—', '0', '—']];

  add({
    key: 'intake',
    columns: [col('分类', 10, 'center', true), col('项目', 16, 'left'), col('件数', 8), col('占比', 9)],
    rows: [
      ...section('渠道', r.byChannel),
      ...section('来源', r.bySource),
      ...section('问题类别', r.byCategory, (n) => w.mapped('categoryNames', n)),
      ...section('涉及地区', r.byRegion),
      ['合计', '', String(r.received), r.received ? '100%' : '—'],
    ],
  });
  const y = r.yearToDate;
  const change = (c: Change | null) =>
    c === null ? '—' : `${c.previous}件，${c.direction === 'flat' ? '持平' : `${c.direction === 'up' ? '增加' : '减少'}${c.diff}件${c.percent === null ? '' : `（${pct(c.percent)}）`}`}`;
  add({
    key: 'figures',
    columns: [col('项目', 20, 'left'), col('本月', 13), col(month === 1 ? '1月累计' : `1—${month}月累计`, 13)],
    rows: [
      ['收到信访件', String(r.received), String(y.received)],
      ['已受理', String(r.accepted), String(y.accepted)],
      ['其中已办结', String(r.closed), String(y.closed)],
      ['其中正在办理', String(r.inProgress), String(y.inProgress)],
      ['不予受理', String(r.rejected), String(y.rejected)],
      ['待受理', String(r.pendingAcceptance), String(y.pendingAcceptance)],
      ['办结率', rateText(r.closureRate), rateText(y.closureRate)],
      ['办结件数（含以前月份转入）', String(r.closedInPeriod), String(y.closedInPeriod)],
      ['其中按期办结', String(r.closedOnTime), String(y.closedOnTime)],
      ['按期办结率', rateText(r.onTimeRate), rateText(y.onTimeRate)],
      ['上月收到（环比）', change(r.monthOnMonth), '—'],
      ['上年同期收到（同比）', change(r.yearOnYear), change(r.yearToDateOnYear)],
    ],
  });
  if (r.overdue.length) {
    add({
      key: 'overdue',
      landscape: true,
      columns: [
        { ...col('序号', 5), wide: true }, col('编号', 11), { ...col('登记日期', 11), wide: true }, { ...col('问题类别', 10), wide: true },
        { ...col('涉及地区', 10), wide: true }, col('超期环节', 9), col('期限', 11), col('超期天数', 9), col('责任单位', 12), col('包案领导', 9),
      ],
      rows: r.overdue.map((o, i) => [String(i + 1), o.no, o.receivedDate, o.category, o.region, o.stage, markProvisional(o.deadline, o.provisional === true), String(o.daysOverdue), o.unit || '—', o.leader || '—']),
    });
  }
  const titleOf = (leader: string) => r.receptions.byLeader.find((l) => l.leader === leader)?.title ?? '';
  add({
    key: 'receptions',
    columns: [col('日期', 10), col('接待领导', 10), col('职务', 14), col('批次', 8), col('人次', 8)],
    rows: [
      ...r.receptions.byDay.map((d) => [chineseMonthDay(d.date), d.leader, titleOf(d.leader), String(d.batches), String(d.persons)]),
      ['合计', `${r.receptions.days}天`, '', String(r.receptions.batches), String(r.receptions.persons)],
    ],
  });
  for (const s of listedSections(w, MONTHLY_SECTIONS)) for (const t of s.tables(w, r)) add(t);
  return tables;
}
