// Counting cases by one attribute into shares, in the order the summary lists them: by count descending,
// equal counts in the configured order, names pinned last (the category 其它) at the end.
import { shareNumber } from '../common/percent.js';

export interface Share {
  name: string;
  count: number;
  /** count ÷ total × 100, half-up to two decimals (4.44). */
  percent: number;
}

/** Equal counts written as one clause: "A、B、C各8件（各占4.44%）". */
export interface ShareGroup {
  names: string[];
  count: number;
  percent: number;
}

export interface TallyOptions {
  /** Configured order, used for ties and for listing zero counts. */
  order?: readonly string[];
  /** Names that always come last, whatever their count (the category 其它). */
  last?: readonly string[];
  /** List every name of `order`, even with no cases (a monthly table by channel). */
  includeZero?: boolean;
}

export function tally<T>(items: readonly T[], key: (item: T) => string, total: number, opts: TallyOptions = {}): Share[] {
  const counts = new Map<string, number>();
  for (const item of items) countKey(counts, key(item));
  return sharesOf(counts, total, opts);
}

/** Adds one to `name`'s count. */
export function countKey(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

/** The shares of counts already made (name → count), listed as tally lists them. */
export function sharesOf(made: ReadonlyMap<string, number>, total: number, opts: TallyOptions = {}): Share[] {
  const counts = new Map<string, number>();
  if (opts.includeZero) for (const name of opts.order ?? []) counts.set(name, 0);
  for (const [name, count] of made) counts.set(name, count);
  const rank = new Map((opts.order ?? []).map((name, i) => [name, i]));
  const last = new Set(opts.last ?? []);
  const tieRank = (name: string) => rank.get(name) ?? Number.MAX_SAFE_INTEGER;
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count, percent: shareNumber(count, total) }))
    .sort(
      (a, b) =>
        Number(last.has(a.name)) - Number(last.has(b.name)) ||
        b.count - a.count ||
        tieRank(a.name) - tieRank(b.name) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

/** Groups neighbours with the same count; a share for which `apart` is true is never merged. */
export function groupTies(shares: readonly Share[], apart: (s: Share) => boolean = () => false): ShareGroup[] {
  const groups: ShareGroup[] = [];
  let prevApart = true;
  for (const s of shares) {
    const prev = groups[groups.length - 1];
    const isApart = apart(s);
    if (prev && !isApart && !prevApart && prev.count === s.count) prev.names.push(s.name);
    else groups.push({ names: [s.name], count: s.count, percent: s.percent });
    prevApart = isApart;
  }
  return groups;
}
