// The figures of one set of cases in the annual report (the whole year, and each group of sources): counted case by
// case into a counter per set, so the year's cases are gone through once for the whole and every group together.
import { CHANNELS } from '../model.js';
import type { Case, Config, UnitKind } from '../model.js';
import { shareNumber } from '../common/percent.js';
import { change, type Change } from './change.js';
import { type AcceptanceState } from './status.js';
import { countKey, sharesOf, type Share } from './tally.js';

/** Category names that are always listed last (docs/domain.md: "其它问题11件" closes the list). */
export const OTHER_CATEGORIES = ['其它', '其他'] as const;
/** Regions not configured as a 县区 or 学校 unit are counted under this kind. */
export const OTHER_KIND = '其他';
export type RegionKind = Exclude<UnitKind, '科室'> | typeof OTHER_KIND;
const KIND_ORDER: RegionKind[] = ['县区', '学校', OTHER_KIND];

export interface RegionShare extends Share {
  kind: RegionKind;
}

export interface KindShare {
  kind: RegionKind;
  count: number;
  percent: number;
}

export interface TopicCount {
  name: string;
  count: number;
}

export interface AnnualFigures {
  /** total = closed + inProgress + rejected + pendingAcceptance */
  total: number;
  closed: number;
  /** Accepted and not yet closed. */
  inProgress: number;
  rejected: number;
  /** Registered, neither accepted nor refused yet (待受理). */
  pendingAcceptance: number;
  /** closed ÷ total × 100 */
  closureRate: number;
  /** 县区 vs 学校 (and 其他 when a region is not configured), kinds with cases only. */
  byKind: KindShare[];
  byRegion: RegionShare[];
  byCategory: Share[];
  byChannel: Share[];
  hotTopics: TopicCount[];
  previousYearTotal: number | null;
  yearOnYear: Change | null;
}

/**
 * A case's topic tags as the hot topics count them: trimmed, without blanks and repeats, in their order. Written into
 * `into` (emptied first) so that a year of cases needs no list per case.
 */
export function caseTopics(c: Case, into: string[], seen: Set<string>): string[] {
  into.length = 0;
  seen.clear();
  for (const raw of c.tags) {
    const t = raw.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    into.push(t);
  }
  return into;
}

/** The counts behind one set's AnnualFigures. Cases are added in the report's order (hot topic ties keep first appearance). */
export class FigureCounter {
  total = 0;
  private readonly states: Record<AcceptanceState, number> = { closed: 0, inProgress: 0, rejected: 0, pendingAcceptance: 0 };
  private readonly regions = new Map<string, number>();
  private readonly categories = new Map<string, number>();
  private readonly channels = new Map<string, number>();
  private readonly topics = new Map<string, number>();
  /** Cases by source, in the order the sources first appear. */
  readonly sources = new Map<string, number>();

  /** Adds a case with its state (acceptanceOf) and its topics (caseTopics). */
  add(c: Case, state: AcceptanceState, topics: readonly string[]): void {
    this.total++;
    this.states[state]++;
    countKey(this.regions, c.region);
    countKey(this.categories, c.category);
    countKey(this.channels, c.channel);
    countKey(this.sources, c.source);
    for (const t of topics) countKey(this.topics, t);
  }

  figures(previous: number | null, config: Config, hotTopicLimit: number): AnnualFigures {
    const { total, states } = this;
    const kindOf = (region: string): RegionKind => {
      const kind = config.units.find((u) => u.name === region)?.kind;
      return kind === '县区' || kind === '学校' ? kind : OTHER_KIND;
    };
    const byRegion = sharesOf(this.regions, total, { order: config.units.map((u) => u.name) })
      .map((s) => ({ ...s, kind: kindOf(s.name) }))
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    // from the regions' counts: one pass over the cases fewer per kind
    const byKind = KIND_ORDER.map((kind) => {
      const count = byRegion.reduce((n, r) => (r.kind === kind ? n + r.count : n), 0);
      return { kind, count, percent: shareNumber(count, total) };
    }).filter((k) => k.count > 0);
    return {
      total,
      closed: states.closed,
      inProgress: states.inProgress,
      rejected: states.rejected,
      pendingAcceptance: states.pendingAcceptance,
      closureRate: shareNumber(states.closed, total),
      byKind,
      byRegion,
      byCategory: sharesOf(this.categories, total, { order: config.categories.map((c) => c.name), last: OTHER_CATEGORIES }),
      byChannel: sharesOf(this.channels, total, { order: CHANNELS }),
      hotTopics: [...this.topics.entries()]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count) // stable: ties stay in first-appearance order
        .slice(0, hotTopicLimit),
      previousYearTotal: previous,
      yearOnYear: previous === null ? null : change(total, previous),
    };
  }
}
