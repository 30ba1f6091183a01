// The statistics part of the 信访工作总结 written the way offices write it (docs/domain.md), from the annual model and the
// sentence patterns of templates/report-annual.json (passed in: the domain reads no files).
import { describeChange, type Change } from './change.js';
import type { AnnualFigures, AnnualGroup, AnnualReport } from './annual.js';
import { OTHER_CATEGORIES } from './annual.js';
import { percentLabel } from '../common/percent.js';
import { annualWording } from './period.js';
import { ANNUAL_SECTIONS, listedSections } from './sections/registry.js';
import { Wording, type Values } from '../common/wording.js';

/** Renderer-independent pieces of the narrative; headings are unnumbered (the renderer numbers them 一、（一）1.). */
export type NarrativeBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'placeholder'; text: string };

export interface Narrative {
  title: string;
  blocks: NarrativeBlock[];
}

/** group.KEY, unless groups.<name>.KEY overrides it for this source group. */
function groupText(w: Wording, group: string, key: string, values: Values): string {
  const override = `groups.${group}.${key}`;
  return w.text(w.has(override) ? override : `group.${key}`, values);
}

export function annualNarrative(report: AnnualReport, template: unknown): Narrative & { subtitle?: string } {
  const w = annualWording(template, report);
  const year = report.year;
  const blocks: NarrativeBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const paragraph = (...sentences: string[]) => blocks.push({ kind: 'paragraph', text: sentences.join('') });

  paragraph(w.text('opening', { year, nextYear: year + 1, org: report.org }));
  heading(1, w.text('analysisHeading', { year }));
  if (report.total === 0) paragraph(w.text('overallNone', { year }), yearOnYear(w, report.yearOnYear));
  else {
    if (report.groups.filter((g) => g.total > 0).length > 1) {
      paragraph(w.text('overall', { ...figureValues(report, year), handling: handling(w, report) }), yearOnYear(w, report.yearOnYear));
    }
    for (const g of report.groups) groupNarrative(w, g, year, heading, paragraph);
  }

  heading(2, w.text('receptions.heading', { year }));
  paragraph(...receptionSentences(w, report));

  for (const s of listedSections(w, ANNUAL_SECTIONS)) {
    const t = s.narrative(w, report, { year, nextYear: year + 1 });
    heading(2, t.heading);
    paragraph(t.paragraph);
  }

  for (const s of w.sections({ year, nextYear: year + 1 })) {
    heading(1, s.heading);
    blocks.push({ kind: 'placeholder', text: s.placeholder });
  }
  // a year not over says so under the title (partialYear.subtitle)
  const subtitle = w.has('subtitle') ? { subtitle: w.text('subtitle', { year }) } : {};
  return { title: w.text('title', { year, org: report.org }), ...subtitle, blocks };
}

/** 公示 of the roster (when there is one for the period), the days held, then each leader's (title first). */
function receptionSentences(w: Wording, report: AnnualReport): string[] {
  const { year } = report;
  const r = report.receptions;
  const p = r.published;
  const published = p ? w.text(p.wholeYear ? 'receptions.published' : 'receptions.publishedMonthly', { year, scheduled: p.scheduledDays }) : '';
  if (r.days === 0 && r.batches === 0) return [published, w.text('receptions.none', { year })];
  const leaders = r.byLeader
    .map((l) => {
      const values = { leader: l.leader, title: l.title, days: l.days, batches: l.batches, persons: l.persons };
      return w.text(l.batches > 0 ? 'receptions.leaderItem' : 'receptions.leaderItemNone', values);
    })
    .join(w.text('receptions.leaderSeparator'));
  return [
    published,
    w.text('receptions.summary', { year, days: r.days, batches: r.batches, persons: r.persons }),
    r.byLeader.length > 0 ? w.text('receptions.byLeader', { items: leaders }) : '',
  ];
}

function groupNarrative(
  w: Wording,
  g: AnnualGroup,
  year: number,
  heading: (level: 1 | 2 | 3, text: string) => void,
  paragraph: (...sentences: string[]) => void,
): void {
  const sources = g.sources.join(w.text('nameSeparator'));
  const values = { ...figureValues(g, year), sources, handling: handling(w, g) };
  heading(2, groupText(w, g.group, 'heading', values));
  if (g.total === 0) {
    paragraph(groupText(w, g.group, 'none', values));
    return;
  }
  const split = g.byKind
    .map((k) => groupText(w, g.group, 'splitItem', { kind: w.mapped('kindNames', k.kind), count: k.count, percent: percentLabel(k.percent) }))
    .join(w.text('itemSeparator'));
  const regionsOf = (kind: string) => g.byRegion.filter((r) => r.kind === kind);
  const list = (key: string, kind: string) => {
    const shares = regionsOf(kind);
    return shares.length ? groupText(w, g.group, key, { ...values, items: w.items(shares) }) : '';
  };
  const closureKey = g.closed === g.total ? 'closureAll' : 'closure';
  heading(3, groupText(w, g.group, 'overviewHeading', values));
  paragraph(
    groupText(w, g.group, 'intro', values),
    groupText(w, g.group, 'split', { ...values, items: split }),
    list('regions', '县区'),
    list('schools', '学校'),
    list('others', '其他'),
    groupText(w, g.group, closureKey, values),
    yearOnYear(w, g.yearOnYear),
  );

  heading(3, groupText(w, g.group, 'problemsHeading', values));
  const other = new Set<string>(OTHER_CATEGORIES);
  const categories = w.items(g.byCategory, (n) => w.mapped('categoryNames', n), (s) => other.has(s.name));
  const topics = g.hotTopics.slice(0, w.number('hotTopicCount', 7)).map((t) => t.name);
  paragraph(
    groupText(w, g.group, 'problems', { ...values, items: categories }),
    topics.length ? groupText(w, g.group, 'hotTopics', { ...values, topics: topics.join(w.text('topicSeparator')) }) : '',
  );
}

function figureValues(f: AnnualFigures, year: number): Values {
  return {
    year,
    nextYear: year + 1,
    total: f.total,
    closed: f.closed,
    inProgress: f.inProgress,
    rejected: f.rejected,
    closureRate: percentLabel(f.closureRate),
  };
}

/** "不予受理1件，待受理2件，还有7件正在办理中，": the cases not closed (total = closed + these), each clause only when there are some. */
function handling(w: Wording, f: AnnualFigures): string {
  const values = { rejected: f.rejected, pendingAcceptance: f.pendingAcceptance, inProgress: f.inProgress };
  const clause = (count: number, key: string) => (count > 0 ? w.text(key, values) : '');
  return clause(f.rejected, 'rejectedClause') + clause(f.pendingAcceptance, 'pendingClause') + clause(f.inProgress, 'inProgressClause');
}

/** The year-on-year sentence, or '' when the previous year has no data. */
function yearOnYear(w: Wording, c: Change | null): string {
  return c ? describeChange(w, c, 'yearOnYear') : '';
}
