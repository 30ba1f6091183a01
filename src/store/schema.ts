// Run-time shape of config.json; every load is checked against it (docs/design.md, "The store"). Mirrors src/domain/model.ts.
import { z } from 'zod';
import { RULE_KINDS, SHIFT_POLICIES, UNIT_KINDS } from '../domain/model.js';
import type { Config, RulePattern } from '../domain/model.js';
import { PATTERN_KINDS, WEEKDAY, type FieldLimit } from '../domain/roster/kinds/index.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 日期');

const away = z.object({ from: date, to: date, reason: z.string() });

const leader = z.object({
  name: z.string().min(1),
  title: z.string(),
  portfolio: z.string(),
  phone: z.string(),
  active: z.boolean(),
  away: z.array(away),
});

const staff = z.object({ name: z.string().min(1), phone: z.string(), active: z.boolean() });
const unit = z.object({ name: z.string().min(1), kind: z.enum(UNIT_KINDS), active: z.boolean() });
const category = z.object({ name: z.string().min(1), active: z.boolean() });
const source = z.object({ name: z.string().min(1), group: z.string().min(1), active: z.boolean() });

const within = ([min, max]: readonly [number, number]) => z.number().int().min(min).max(max);
const weekdayNo = within(WEEKDAY.limits);

/** A pattern field from its kind's limits: the same numbers `roster rule add` accepts. */
function field(f: FieldLimit): z.ZodTypeAny {
  const n = f.except === undefined ? within(f.limits) : within(f.limits).refine((v) => v !== f.except, `不能为 ${f.except}`);
  return f.list ? z.array(n).min(1) : n;
}

const patternOptions = PATTERN_KINDS.map((k) =>
  z.object({ type: z.literal(k.type), ...Object.fromEntries(Object.entries(k.fields).map(([name, f]) => [name, field(f as FieldLimit)])) }),
);
// Built from the registry, so its static type is asserted here; test/store/rule-kinds-schema.test.ts checks every
// kind at the bounds of its limits.
const pattern = z.discriminatedUnion('type', patternOptions as unknown as [z.ZodDiscriminatedUnionOption<'type'>, ...z.ZodDiscriminatedUnionOption<'type'>[]]) as unknown as z.ZodType<RulePattern>;

const rosterRule = z.object({
  id: z.number().int().min(1),
  kind: z.enum(RULE_KINDS),
  pattern,
  shift: z.enum(SHIFT_POLICIES),
  location: z.string(),
  time: z.string(),
});

const slot = z.object({
  date,
  weekday: weekdayNo,
  kind: z.enum(RULE_KINDS),
  ruleId: z.number().int(),
  leader: z.string(),
  staff: z.array(z.string()),
  location: z.string(),
  time: z.string(),
  shiftedFrom: date.nullable(),
  note: z.string(),
  plannedLeader: z.string().optional(),
});

const roster = z.object({
  periods: z.array(z.object({ year: z.number().int(), month: z.number().int().min(1).max(12).nullable(), generatedAt: date })),
  slots: z.array(slot),
  changes: z.array(z.object({ date, at: date, what: z.string(), reason: z.string() })),
});

export const configSchema = z.object({
  schemaVersion: z.number().int().min(1),
  org: z.object({ name: z.string().min(1), issuer: z.string() }),
  settings: z.object({
    caseNumberFormat: z.string().min(1),
    deadlineDays: z.enum(['calendar', 'working']),
    acceptDays: z.number().int().min(1),
    handleDays: z.number().int().min(1),
    maxExtensionDays: z.number().int().min(0),
    lastDayRollover: z.boolean().optional(),
    visitLimit: z.number().int().min(1).max(1000).optional(),
    store: z.string().regex(/^postgres(ql)?:\/\/\S+$/i).max(500).optional(),
  }),
  leaders: z.array(leader),
  staff: z.array(staff),
  units: z.array(unit),
  categories: z.array(category),
  sources: z.array(source),
  rosterRules: z.array(rosterRule),
  calendar: z.array(z.object({ date, off: z.boolean(), name: z.string() })),
  calendarConfirmed: z.array(z.number().int().min(1990).max(2100)).optional(),
  roster,
  letters: z
    .object({ numberFormat: z.string().min(1), orgCode: z.string(), seq: z.record(z.number().int().min(1)) })
    .optional(),
}) satisfies z.ZodType<Config>;

