// The check of config.json is built from the pattern kinds' own limits: at each bound of each field, it accepts
// the bound and refuses one past it, for every registered kind.
import { createConfig } from '../../src/domain/org/org.js';
import { PATTERN_KINDS, type FieldLimit } from '../../src/domain/roster/kinds/index.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { configSchema } from '../../src/store/schema.js';
import { defaults } from './helpers/store-fixtures.js';

const base = createConfig('测试局', defaults(), SCHEMA_VERSION);

function loads(pattern: object): boolean {
  const rule = { id: 1, kind: '接访', pattern, shift: 'next', location: '接待室', time: '8:30-12:00' };
  return configSchema.safeParse({ ...base, rosterRules: [rule] }).success;
}

/** A valid pattern of the kind: each field at its lower bound (or just above an excepted one). */
function validPattern(fields: Record<string, FieldLimit>, type: string): Record<string, unknown> {
  const p: Record<string, unknown> = { type };
  for (const [name, f] of Object.entries(fields)) {
    const v = f.limits[0] === f.except ? f.limits[0] + 1 : f.limits[0];
    p[name] = f.list ? [v] : v;
  }
  return p;
}

const cases = PATTERN_KINDS.flatMap((k) => {
  const fields = k.fields as Record<string, FieldLimit>;
  return Object.entries(fields).flatMap(([name, f]) =>
    [
      [f.limits[0], f.limits[0] !== f.except],
      [f.limits[1], f.limits[1] !== f.except],
      [f.limits[0] - 1, false],
      [f.limits[1] + 1, false],
      ...(f.except === undefined ? [] : [[f.except, false]]),
    ].map(([value, ok]) => [k.type, name, value as number, ok as boolean, fields, f] as const),
  );
});

test.each(PATTERN_KINDS.map((k) => k.type))('a valid %s pattern loads; one of another type does not', (type) => {
  const k = PATTERN_KINDS.find((x) => x.type === type)!;
  expect(loads(validPattern(k.fields as Record<string, FieldLimit>, type))).toBe(true);
  expect(loads({ ...validPattern(k.fields as Record<string, FieldLimit>, type), type: 'fortnightly' })).toBe(false);
});

test.each(cases)('%s.%s = %i loads: %s', (type, name, value, ok, fields, f) => {
  const p = validPattern(fields, type);
  p[name] = f.list ? [value] : value;
  expect(loads(p)).toBe(ok);
});
