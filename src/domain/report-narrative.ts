// The statistics part of the 信访工作总结 written the way seed 5 writes it, from the annual model and the
// sentence patterns of templates/report-annual.json (passed in: the domain reads no files).
import { InputError } from '../errors.js';
import type { Change } from './report-change.js';
import type { AnnualFigures, AnnualGroup, AnnualReport } from './report-annual.js';
import { OTHER_CATEGORIES } from './report-annual.js';
import { percentLabel } from './percent.js';
import { groupTies, type Share } from './report-tally.js';
import { fill, textAt, type Values } from './wording.js';

/** Renderer-independent pieces of the narrative; headings are unnumbered (the renderer numbers them 一、（一）1.). */
export type NarrativeBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'placeholder'; text: string };

export interface Narrative {
  title: string;
  blocks: NarrativeBlock[];
}

const FILE = 'report-annual.json';

/** Sentence writer over one template object; `group` entries may be overridden per source group. */
export class Wording {
  constructor(
    readonly template: unknown,
    readonly file = FILE,
  ) {}

  text(path: string, values: Values = {}): string {
    return fill(textAt(this.template, path, this.file), values, `${this.file} 的 ${path}`);
  }

  /** group.KEY, unless groups.<name>.KEY overrides it for this source group. */
  groupText(group: string, key: string, values: Values): string {
    const override = (this.template as { groups?: Record<string, Record<string, unknown>> }).groups?.[group]?.[key];
    if (typeof override === 'string') return fill(override, values, `${this.file} 的 groups.${group}.${key}`);
    return this.text(`group.${key}`, values);
  }

  /** A name mapped through a table of the template (kindNames, categoryNames); the name itself if not listed. */
  mapped(table: string, name: string): string {
    const v = (this.template as Record<string, Record<string, unknown> | undefined>)[table]?.[name];
    return typeof v === 'string' ? v : name;
  }

  number(path: string, fallback: number): number {
    const v = (this.template as Record<string, unknown>)[path];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new InputError(`模板 ${this.file} 中的“${path}”应为非负整数，请改正模板`);
    return v;
  }

  /** "A、B、C各8件（各占4.44%）；D7件（占3.89%）" — ties grouped; names for which `apart` holds stay on their own. */
  items(shares: readonly Share[], label: (name: string) => string = (n) => n, apart?: (s: Share) => boolean): string {
    return groupTies(shares, apart)
      .map((g) => {
        const values = { count: g.count, percent: percentLabel(g.percent) };
        return g.names.length > 1
          ? this.text('tiedItem', { names: g.names.map(label).join(this.text('nameSeparator')), ...values })
          : this.text('item', { name: label(g.names[0]), ...values });
      })
      .join(this.text('itemSeparator'));
  }
}

export function annualNarrative(report: AnnualReport, template: unknown): Narrative {
  const w = new Wording(template);
  const year = report.year;
  const blocks: NarrativeBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const paragraph = (...sentences: string[]) => blocks.push({ kind: 'paragraph', text: sentences.join('') });

  paragraph(w.text('opening', { year, nextYear: year + 1, org: report.org }));
  heading(1, w.text('analysisHeading', { year }));
  if (report.total === 0) paragraph(w.text('overallNone', { year }), yearOnYear(w, report.yearOnYear));
  else {
    if (report.groups.filter((g) => g.total > 0).length > 1) {
      paragraph(w.text('overall', figureValues(report, year)), yearOnYear(w, report.yearOnYear));
    }
    for (const g of report.groups) groupNarrative(w, g, year, heading, paragraph);
  }

  heading(2, w.text('receptions.heading', { year }));
  const r = report.receptions;
  if (r.days === 0 && r.batches === 0) paragraph(w.text('receptions.none', { year }));
  else {
    const leaders = r.byLeader
      .map((l) => w.text('receptions.leaderItem', { leader: l.leader, title: l.title, days: l.days, batches: l.batches, persons: l.persons }))
      .join(w.text('receptions.leaderSeparator'));
    paragraph(
      w.text('receptions.summary', { year, days: r.days, batches: r.batches, persons: r.persons }),
      r.byLeader.length > 0 ? w.text('receptions.byLeader', { items: leaders }) : '',
    );
  }

  for (const [i, s] of sectionsOf(template).entries()) {
    heading(1, fill(s.heading, { year, nextYear: year + 1 }, `${FILE} 的 sections[${i}].heading`));
    blocks.push({ kind: 'placeholder', text: fill(s.placeholder, { year, nextYear: year + 1 }, `${FILE} 的 sections[${i}].placeholder`) });
  }
  return { title: w.text('title', { year, org: report.org }), blocks };
}

function groupNarrative(
  w: Wording,
  g: AnnualGroup,
  year: number,
  heading: (level: 1 | 2 | 3, text: string) => void,
  paragraph: (...sentences: string[]) => void,
): void {
  const sources = g.sources.join(w.text('nameSeparator'));
  const values = { ...figureValues(g, year), sources };
  heading(2, w.groupText(g.group, 'heading', values));
  if (g.total === 0) {
    paragraph(w.groupText(g.group, 'none', values));
    return;
  }
  const split = g.byKind
    .map((k) => w.groupText(g.group, 'splitItem', { kind: w.mapped('kindNames', k.kind), count: k.count, percent: percentLabel(k.percent) }))
    .join(w.text('itemSeparator'));
  const regionsOf = (kind: string) => g.byRegion.filter((r) => r.kind === kind);
  const list = (key: string, kind: string) => {
    const shares = regionsOf(kind);
    return shares.length ? w.groupText(g.group, key, { ...values, items: w.items(shares) }) : '';
  };
  const closureKey = g.rejected > 0 ? 'closureWithRejected' : g.inProgress === 0 ? 'closureAll' : 'closure';
  heading(3, w.groupText(g.group, 'overviewHeading', values));
  paragraph(
    w.groupText(g.group, 'intro', values),
    w.groupText(g.group, 'split', { ...values, items: split }),
    list('regions', '县区'),
    list('schools', '学校'),
    list('others', '其他'),
    w.groupText(g.group, closureKey, values),
    yearOnYear(w, g.yearOnYear),
  );

  heading(3, w.groupText(g.group, 'problemsHeading', values));
  const other = new Set<string>(OTHER_CATEGORIES);
  const categories = w.items(g.byCategory, (n) => w.mapped('categoryNames', n), (s) => other.has(s.name));
  const topics = g.hotTopics.slice(0, w.number('hotTopicCount', 7)).map((t) => t.name);
  paragraph(
    w.groupText(g.group, 'problems', { ...values, items: categories }),
    topics.length ? w.groupText(g.group, 'hotTopics', { ...values, topics: topics.join(w.text('topicSeparator')) }) : '',
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

/** The year-on-year sentence, or '' when the previous year has no data. */
export function yearOnYear(w: Wording, c: Change | null): string {
  if (!c) return '';
  const values = { diff: c.diff, previous: c.previous, current: c.current, percent: c.percent === null ? '' : percentLabel(c.percent) };
  if (c.direction === 'flat') return w.text('yearOnYear.flat', values);
  if (c.direction === 'down') return w.text('yearOnYear.down', values);
  return w.text(c.percent === null ? 'yearOnYear.upFromNone' : 'yearOnYear.up', values);
}

function sectionsOf(template: unknown): { heading: string; placeholder: string }[] {
  const s = (template as { sections?: unknown }).sections;
  if (s === undefined) return [];
  const ok = Array.isArray(s) && s.every((x) => x && typeof x.heading === 'string' && typeof x.placeholder === 'string');
  if (!ok) throw new InputError(`模板 ${FILE} 中的“sections”应为 [{ "heading": "…", "placeholder": "…" }] 列表，请改正模板`);
  return s as { heading: string; placeholder: string }[];
}

/** The 附表 titles of the annual document, numbered in the order the renderer lists them. */
export function appendixTitle(template: unknown, key: string, n: number, year: number): string {
  return new Wording(template).text(`appendix.${key}`, { n, year });
}
