// The annual statistics of the 信访工作总结 (docs/design.md, "Reports"), computed once from a year's cases and the roster;
// the narrative, tables, .docx, JSON and CSV are all renderings of this model.
import type { WorkdayCalendar } from '../cases/deadlines.js';
import type { Case, Config, ISODate, RosterSlot } from '../model.js';
import { type AnnualFigures, caseTopics, FigureCounter } from './annual-figures.js';
import { backlogFigures, type BacklogFigures } from './backlog.js';
import { annualPeriods, type ReportPeriod } from './period.js';
import type { ReceptionRecord } from '../reception/visit-model.js';
import { petitionFigures, type PetitionFigures } from './petitions.js';
import { qualityFigures, type QualityFigures } from './quality.js';
import { receptionsIn, type Receptions } from './receptions.js';
import { rosterPublished, type RosterPublished } from './roster-published.js';
import { acceptanceOf } from './status.js';
import { sharesOf, type Share } from './tally.js';
import { trendOf, type TrendYear, type YearTotals } from './trend.js';

export * from './annual-figures.js';

export interface AnnualGroup extends AnnualFigures {
  group: string;
  /** The sources of this group that sent cases this year (all of its sources when none did), in configured order. */
  sources: string[];
}

export interface AnnualReport extends AnnualFigures, PetitionFigures, QualityFigures {
  year: number;
  org: string;
  /** The whole year, or 1 January to today while the year is not over. */
  period: ReportPeriod;
  /** What previousYearTotal and the year-on-year figures count: the same period of the previous year (同期). */
  previousPeriod: ReportPeriod;
  bySource: Share[];
  /** Cases received in each month of the period, January first (a partial year stops at its last month). */
  byMonth: number[];
  groups: AnnualGroup[];
  /** The days held, and whether the roster published (公示) reception days in the period (null: no roster for it). */
  receptions: Receptions & { published: RosterPublished | null };
  /** Received, 办结 and 办结率 of this year and up to four before it. */
  trend: TrendYear[];
  /** 信访积案 on 1 January, 化解 and 终结 of it up to the cut-off, what is left and what was added. */
  backlog: BacklogFigures;
}

export interface AnnualInput {
  year: number;
  config: Config;
  cases: readonly Case[];
  /**
   * The previous year, for 同比: how many cases each source sent in the whole year (the store keeps these counts,
   * so the previous year's cases need not be read; used for a complete year only), or its cases (at least those of
   * the same period); none, null or empty when the store has none: no year-on-year.
   */
  previousYearBySource?: Readonly<Record<string, number>> | null;
  previousYearCases?: readonly Case[] | null;
  /** Or, while the year is not over, how many cases each source sent in the previous year's same period (the store may keep these). */
  previousPeriodBySource?: Readonly<Record<string, number>> | null;
  /** The run date: while the year is not over, the report covers 1 January to this day and compares with 同期. */
  today?: ISODate;
  /** Roster slots; defaults to the configured roster. */
  slots?: readonly RosterSlot[];
  /** Reception days after this date have not been held yet (the run date during the year). */
  asOf?: ISODate;
  /** The reception day records (reception close) of the period: the figures of days held come from them. */
  receptionRecords?: readonly ReceptionRecord[];
  /** How many topic tags count as hot topics. */
  hotTopicLimit?: number;
  /** Source groups listed first, in this order (templates/report-annual.json groupOrder); others follow in configured order. */
  groupOrder?: readonly string[];
  /** Needed only when deadlines count working days (按期办结, overdue). */
  calendar?: WorkdayCalendar | null;
  /** Received and 办结 of earlier years (the store keeps these per year), for the five-year trend. */
  earlierYears?: readonly YearTotals[];
  /**
   * For 积案: the cases of earlier years that may be backlog in this year (not settled by the end of their year, or
   * reopened since) and the earlier cases they name as repeats. Without them there is no backlog to count.
   */
  earlierCases?: readonly Case[];
  /** Of earlier years' cases, those closed in a later year with nothing more asked: how many closed on each date (not in earlierCases). */
  earlierClosings?: Readonly<Record<ISODate, number>>;
}

export function buildAnnualReport(input: AnnualInput): AnnualReport {
  const { year, config } = input;
  const periods = annualPeriods(year, input.today);
  const { from, to } = periods.period;
  const cases = inPeriod(input.cases, from, to);
  const groupBySource = new Map<string, string>();
  for (const s of config.sources) if (!groupBySource.has(s.name)) groupBySource.set(s.name, s.group); // the first, as find() gave
  const groupOf = (source: string) => groupBySource.get(source) ?? source;
  const prevBySource: [string, number][] =
    input.previousYearBySource && periods.period.complete
      ? Object.entries(input.previousYearBySource)
      : input.previousPeriodBySource && !periods.period.complete
        ? Object.entries(input.previousPeriodBySource)
        : [...countBy(inPeriod(input.previousYearCases ?? [], periods.previous.from, periods.previous.to), (c) => c.source)];
  const prevTotal = prevBySource.reduce((n, [, count]) => n + count, 0);
  /** The previous year's cases from the sources in `group` (all when omitted); null when that year has none. */
  const previous = (group?: string): number | null =>
    prevTotal === 0 ? null : group === undefined ? prevTotal : prevBySource.reduce((n, [source, count]) => (groupOf(source) === group ? n + count : n), 0);
  const hotTopicLimit = input.hotTopicLimit ?? 10;

  // one pass over the year: each case counts for the whole and for its group
  const whole = new FigureCounter();
  const counters = new Map<string, FigureCounter>(config.sources.filter((s) => s.active).map((s) => [s.group, new FigureCounter()]));
  const byMonth = Array.from({ length: Number(to.slice(5, 7)) }, () => 0);
  const topics: string[] = [];
  const seen = new Set<string>();
  for (const c of cases) {
    const group = groupOf(c.source);
    let counter = counters.get(group);
    if (!counter) counters.set(group, (counter = new FigureCounter()));
    const state = acceptanceOf(c);
    caseTopics(c, topics, seen);
    whole.add(c, state, topics);
    counter.add(c, state, topics);
    byMonth[Number(c.receivedDate.slice(5, 7)) - 1]++;
  }

  const groupFigures = (group: string, counter: FigureCounter): AnnualGroup => {
    const used = counter.sources;
    const configured = config.sources.filter((s) => s.group === group).map((s) => s.name);
    const withCases = unique([...configured.filter((n) => used.has(n)), ...used.keys()]);
    const sources = withCases.length ? withCases : config.sources.filter((s) => s.group === group && s.active).map((s) => s.name);
    return { group, sources, ...counter.figures(previous(group), config, hotTopicLimit) };
  };
  // groups with cases first; within each part the template's order, then the configured order (a stable sort)
  const rank = (g: string) => {
    const i = (input.groupOrder ?? []).indexOf(g);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const groups = [...counters]
    .map(([group, counter]) => groupFigures(group, counter))
    .sort((a, b) => Number(b.total > 0) - Number(a.total > 0) || rank(a.group) - rank(b.group));

  const overall: AnnualFigures = whole.figures(previous(), config, hotTopicLimit);
  // overdue is counted at the end of the year, or on the run date while the year lasts
  const cutoff = input.asOf !== undefined && input.asOf < to ? input.asOf : to;
  const slots = input.slots ?? config.roster.slots;

  return {
    year,
    org: config.org.name,
    period: periods.period,
    previousPeriod: periods.previous,
    ...overall,
    bySource: sharesOf(whole.sources, cases.length, { order: config.sources.map((s) => s.name) }),
    byMonth,
    groups,
    receptions: {
      ...receptionsIn(cases, slots, config.leaders, from, to, input.asOf, input.receptionRecords),
      published: rosterPublished(config.roster.periods, slots, year, from, to),
    },
    ...petitionFigures(cases),
    ...qualityFigures(cases, config, input.calendar ?? null, cutoff),
    trend: trendOf(year, { received: overall.total, closed: overall.closed }, input.earlierYears ?? [], periods.period.complete ? undefined : to),
    // of the year's own cases only those repeating an earlier one matter for 积案
    backlog: backlogFigures([...(input.earlierCases ?? []), ...input.cases.filter((c) => c.repeatOf.length > 0)], year, cutoff, input.earlierClosings),
  };
}

/** The cases received in [from, to], in received order (then number), so every listing is deterministic. */
export function inPeriod(cases: readonly Case[], from: ISODate, to: ISODate): Case[] {
  return cases
    .filter((c) => c.receivedDate >= from && c.receivedDate <= to)
    .sort((a, b) => (a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : a.no < b.no ? -1 : a.no > b.no ? 1 : 0));
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  return counts;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
