// `roster rule add` flags → a RosterRule (without its id). Pure: commander hands over the raw strings.
import { InputError, UsageError } from '../../errors.js';
import { SHIFT_WORDS } from '../common/chinese-values.js';
import { RULE_KINDS } from '../model.js';
import type { RosterRule, RuleKind, RulePattern, ShiftPolicy } from '../model.js';
import { isDateBased, optionName, PATTERN_KINDS, type RuleFlags } from './kinds/index.js';
import { cleanText } from '../common/text.js';
import { msg } from '../messages/index.js';

export type { RuleFlags } from './kinds/index.js';

export interface RuleDefaults {
  location: string;
  time: string;
}

/** A reception place is a room or an address, not a paragraph. */
export const LOCATION_MAX = 50;

/** Each kind's own option (--days, --weekly, --nth, --workdays, --per-leader). */
const PATTERN_FLAGS = PATTERN_KINDS.map((k) => optionName(k.options[0]));

/** The one kind whose own option is given, and its pattern. */
function parsePattern(f: RuleFlags): RulePattern {
  for (const k of PATTERN_KINDS) {
    const companion = k.options.slice(1).find((o) => o.alone && f[o.key] !== undefined);
    if (companion?.alone && f[k.options[0].key] === undefined) throw new UsageError(companion.alone);
  }
  const given = PATTERN_KINDS.filter((k) => {
    const v = f[k.options[0].key];
    return v !== undefined && v !== false;
  });
  if (given.length === 0) throw new UsageError(msg('roster.patternMissing', { flags: PATTERN_FLAGS.join('、') }));
  if (given.length > 1) throw new UsageError(msg('roster.patternSeveral', { flags: PATTERN_FLAGS.join('、') }));
  return given[0].parse(f);
}

function parseKind(raw: string | undefined): RuleKind {
  if (raw === undefined) return '接访';
  const t = raw.trim();
  if (!(RULE_KINDS as readonly string[]).includes(t)) throw new InputError(msg('common.kindInvalid', { value: t, kinds: RULE_KINDS.join(msg('common.orSeparator')) }));
  return t as RuleKind;
}

function parseShift(raw: string | undefined, pattern: RulePattern): ShiftPolicy {
  if (raw === undefined) return 'next';
  const t = raw.trim();
  const policy = Object.hasOwn(SHIFT_WORDS, t) ? SHIFT_WORDS[t] : undefined;
  if (!policy) {
    throw new InputError(msg('roster.shiftInvalid', { value: t }));
  }
  if (!isDateBased(pattern)) {
    const dated = PATTERN_KINDS.filter((k) => k.dateBased).map((k) => optionName(k.options[0]));
    throw new UsageError(msg('roster.shiftNotDated', { kinds: dated.join('、') }));
  }
  return policy;
}

const RANGE_RE = /^(\d{1,2}):(\d{2})\s*[-－—~～至到]+\s*(\d{1,2}):(\d{2})$/;

/** "8:30-12:00,14:30-17:30" → "8:30-12:00 14:30-17:30" (ranges in order, not overlapping). */
export function parseTime(raw: string): string {
  const parts = raw.trim().replace(/：/g, ':').split(/[,，、;；]+|\s+(?=\d{1,2}:\d{2}\s*[-－—~～至到])/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new InputError(msg('roster.timeEmpty'));
  let lastEnd = -1;
  const out = parts.map((p) => {
    const m = RANGE_RE.exec(p);
    const bad = () => new InputError(msg('roster.timeSpanInvalid', { span: p }));
    if (!m) throw bad();
    const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number);
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59) throw bad();
    const start = h1 * 60 + m1;
    const end = h2 * 60 + m2;
    if (end <= start) throw new InputError(msg('roster.timeEndsBeforeStart', { span: p }));
    if (start < lastEnd) throw new InputError(msg('roster.timeOverlaps', { span: p }));
    lastEnd = end;
    return `${h1}:${m[2]}-${h2}:${m[4]}`;
  });
  return out.join(' ');
}

export function parseRuleFlags(f: RuleFlags, defaults: RuleDefaults): Omit<RosterRule, 'id'> {
  const pattern = parsePattern(f);
  if (!(f.location ?? defaults.location).trim()) throw new InputError(msg('roster.locationEmpty'));
  const location = cleanText(f.location ?? defaults.location, '接待地点（--location）', LOCATION_MAX);
  return {
    kind: parseKind(f.kind),
    pattern,
    shift: parseShift(f.shift, pattern),
    location,
    time: parseTime(f.time ?? defaults.time),
  };
}

/** Two rules that would pick the same days for the same kind of duty. */
export function sameRule(a: Omit<RosterRule, 'id'>, b: Omit<RosterRule, 'id'>): boolean {
  return a.kind === b.kind && JSON.stringify(a.pattern) === JSON.stringify(b.pattern);
}
