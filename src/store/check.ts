// A small hand-written checker for the large case files (tens of thousands of records per command at ten years).
// Same strictness as the zod schemas it replaced — every field's type, list of values, date shape and bounds, and
// the same Chinese wording of the first problem — but it checks the parsed JSON in place instead of copying it,
// which made zod the biggest cost of reading a year. Like zod's default, keys a shape does not know are dropped.
// Each checker also has a fast form (`ok`) that only says whether a value is sound, without the path stack or the
// words: a sound file (nearly always) is checked by it alone, and only a file it rejects is checked again with
// paths and messages (`check`), so what a broken file says is the same.
import { above, below, EMPTY, INVALID, type Issue, jsonType, notOneOf, wrongType } from './issue-text.js';

type Path = (string | number)[];

/**
 * Checks `v` (at `at`, a path stack it may push onto and must restore), adding what is wrong to `issues`.
 * `ok` answers true only when the full check would find nothing and change nothing (no unknown key to drop).
 * The phantom T ties a checker to the model type it stands for, so a shape that drifts from the model fails to compile.
 */
export type Checker<T> = ((v: unknown, at: Path, issues: Issue[]) => void) & { readonly ok: (v: unknown) => boolean; readonly __type?: T };

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A checker from its full form and its fast form. */
export function checker<T>(full: (v: unknown, at: Path, issues: Issue[]) => void, ok: (v: unknown) => boolean): Checker<T> {
  return Object.assign(full, { ok });
}

const fail = (issues: Issue[], at: Path, message: string) => void issues.push({ path: at.slice(), message });
const wrong = (issues: Issue[], at: Path, expected: string, v: unknown) => fail(issues, at, wrongType(expected, jsonType(v)));

const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** YYYY-MM-DD by shape (what /^\d{4}-\d{2}-\d{2}$/ accepts), without a regular expression: every case has several. */
export function isDateShape(s: string): boolean {
  return (
    s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 &&
    isDigit(s, 0) && isDigit(s, 1) && isDigit(s, 2) && isDigit(s, 3) && isDigit(s, 5) && isDigit(s, 6) && isDigit(s, 8) && isDigit(s, 9)
  );
}

export function string(opts: { min?: number; pattern?: RegExp; shape?: (s: string) => boolean; message?: string } = {}): Checker<string> {
  const { min = 0, pattern, message = INVALID } = opts;
  const shape = opts.shape ?? (pattern ? (s: string) => pattern.test(s) : undefined);
  return checker(
    (v, at, issues) => {
      if (typeof v !== 'string') return wrong(issues, at, 'string', v);
      if (v.length < min) fail(issues, at, EMPTY);
      if (shape && !shape(v)) fail(issues, at, message);
    },
    (v) => typeof v === 'string' && v.length >= min && (shape === undefined || shape(v)),
  );
}

export function int(opts: { min?: number; max?: number } = {}): Checker<number> {
  const { min = -Infinity, max = Infinity } = opts;
  return checker(
    (v, at, issues) => {
      if (typeof v !== 'number' || Number.isNaN(v)) return wrong(issues, at, 'number', v);
      if (!Number.isInteger(v)) fail(issues, at, wrongType('integer', 'float'));
      if (v < min) fail(issues, at, below(min));
      if (v > max) fail(issues, at, above(max));
    },
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
  );
}

export function bool(): Checker<boolean> {
  return checker(
    (v, at, issues) => {
      if (typeof v !== 'boolean') wrong(issues, at, 'boolean', v);
    },
    (v) => typeof v === 'boolean',
  );
}

export function oneOf<const V extends readonly string[]>(values: V): Checker<V[number]> {
  const set = new Set<unknown>(values);
  return checker(
    (v, at, issues) => {
      if (v === undefined) return wrong(issues, at, 'string', v);
      if (!set.has(v)) fail(issues, at, notOneOf(values));
    },
    (v) => v !== undefined && set.has(v),
  );
}

export function boolean(): Checker<boolean> {
  return bool();
}

export function nullable<T>(inner: Checker<T>): Checker<T | null> {
  const innerOk = inner.ok;
  return checker(
    (v, at, issues) => {
      if (v !== null) inner(v, at, issues);
    },
    (v) => v === null || innerOk(v),
  );
}

/** A field that may be left out (a later addition to a file format); when present it is checked. */
export function optional<T>(inner: Checker<T>): Checker<T | undefined> {
  const innerOk = inner.ok;
  return checker(
    (v, at, issues) => {
      if (v !== undefined) inner(v, at, issues);
    },
    (v) => v === undefined || innerOk(v),
  );
}

export function array<T>(item: Checker<T>): Checker<T[]> {
  const itemOk = item.ok;
  return checker(
    (v, at, issues) => {
      if (!Array.isArray(v)) return wrong(issues, at, 'array', v);
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        item(v[i], at, issues);
        at.pop();
      }
    },
    (v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!itemOk(v[i])) return false;
      return true;
    },
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function object<T>(shape: { [K in keyof T]-?: Checker<T[K]> }): Checker<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  const checks = keys.map((k) => shape[k] as Checker<unknown>);
  const oks = checks.map((c) => c.ok);
  const known = new Set<string>(keys);
  return checker(
    (v, at, issues) => {
      if (!isObject(v)) return wrong(issues, at, 'object', v);
      let present = 0;
      for (let i = 0; i < keys.length; i++) {
        const x = v[keys[i]];
        if (x !== undefined) present++;
        at.push(keys[i]);
        checks[i](x, at, issues);
        at.pop();
      }
      let n = 0;
      for (const _ in v) n++;
      if (n !== present) for (const k in v) if (!known.has(k)) delete v[k];
    },
    // an unknown key (to be dropped) is left to the full check
    (v) => {
      if (!isObject(v)) return false;
      let present = 0;
      for (let i = 0; i < keys.length; i++) {
        const x = v[keys[i]];
        if (x !== undefined) present++;
        if (!oks[i](x)) return false;
      }
      let n = 0;
      for (const _ in v) n++;
      return n === present;
    },
  );
}

/** An object used as a map: any keys, every value checked. */
export function record<T>(value: Checker<T>): Checker<Record<string, T>> {
  const valueOk = value.ok;
  return checker(
    (v, at, issues) => {
      if (!isObject(v)) return wrong(issues, at, 'object', v);
      for (const k in v) {
        at.push(k);
        value(v[k], at, issues);
        at.pop();
        if (k === '__proto__') delete v[k]; // zod never copies it either
      }
    },
    (v) => {
      if (!isObject(v)) return false;
      for (const k in v) if (k === '__proto__' || !valueOk(v[k])) return false;
      return true;
    },
  );
}

export function check<T>(checker: Checker<T>, v: unknown): CheckResult<T> {
  if (checker.ok(v)) return { ok: true, value: v as T };
  const issues: Issue[] = [];
  checker(v, [], issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: v as T };
}
