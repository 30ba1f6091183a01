// A small hand-written checker for the large case files (tens of thousands of records per command at ten years).
// Same strictness as the zod schemas it replaced — every field's type, list of values, date shape and bounds, and
// the same Chinese wording of the first problem — but it checks the parsed JSON in place instead of copying it,
// which made zod the biggest cost of reading a year. Like zod's default, keys a shape does not know are dropped.
import { above, below, EMPTY, INVALID, type Issue, jsonType, notOneOf, wrongType } from './issue-text.js';

type Path = (string | number)[];

/**
 * Checks `v` (at `at`, a path stack it may push onto and must restore), adding what is wrong to `issues`.
 * The phantom T ties a checker to the model type it stands for, so a shape that drifts from the model fails to compile.
 */
export type Checker<T> = ((v: unknown, at: Path, issues: Issue[]) => void) & { readonly __type?: T };

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

const fail = (issues: Issue[], at: Path, message: string) => void issues.push({ path: at.slice(), message });
const wrong = (issues: Issue[], at: Path, expected: string, v: unknown) => fail(issues, at, wrongType(expected, jsonType(v)));

export function string(opts: { min?: number; pattern?: RegExp; message?: string } = {}): Checker<string> {
  const { min = 0, pattern, message = INVALID } = opts;
  return (v, at, issues) => {
    if (typeof v !== 'string') return wrong(issues, at, 'string', v);
    if (v.length < min) fail(issues, at, EMPTY);
    if (pattern && !pattern.test(v)) fail(issues, at, message);
  };
}

export function int(opts: { min?: number; max?: number } = {}): Checker<number> {
  const { min = -Infinity, max = Infinity } = opts;
  return (v, at, issues) => {
    if (typeof v !== 'number' || Number.isNaN(v)) return wrong(issues, at, 'number', v);
    if (!Number.isInteger(v)) fail(issues, at, wrongType('integer', 'float'));
    if (v < min) fail(issues, at, below(min));
    if (v > max) fail(issues, at, above(max));
  };
}

export function bool(): Checker<boolean> {
  return (v, at, issues) => {
    if (typeof v !== 'boolean') wrong(issues, at, 'boolean', v);
  };
}

export function oneOf<const V extends readonly string[]>(values: V): Checker<V[number]> {
  const set = new Set<unknown>(values);
  return (v, at, issues) => {
    if (v === undefined) return wrong(issues, at, 'string', v);
    if (!set.has(v)) fail(issues, at, notOneOf(values));
  };
}

export function boolean(): Checker<boolean> {
  return (v, at, issues) => {
    if (typeof v !== 'boolean') wrong(issues, at, 'boolean', v);
  };
}

export function nullable<T>(inner: Checker<T>): Checker<T | null> {
  return (v, at, issues) => {
    if (v !== null) inner(v, at, issues);
  };
}

/** A field that may be left out (a later addition to a file format); when present it is checked. */
export function optional<T>(inner: Checker<T>): Checker<T | undefined> {
  return (v, at, issues) => {
    if (v !== undefined) inner(v, at, issues);
  };
}

export function array<T>(item: Checker<T>): Checker<T[]> {
  return (v, at, issues) => {
    if (!Array.isArray(v)) return wrong(issues, at, 'array', v);
    for (let i = 0; i < v.length; i++) {
      at.push(i);
      item(v[i], at, issues);
      at.pop();
    }
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function object<T>(shape: { [K in keyof T]-?: Checker<T[K]> }): Checker<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  const checks = keys.map((k) => shape[k] as Checker<unknown>);
  const known = new Set<string>(keys);
  return (v, at, issues) => {
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
  };
}

/** An object used as a map: any keys, every value checked. */
export function record<T>(value: Checker<T>): Checker<Record<string, T>> {
  return (v, at, issues) => {
    if (!isObject(v)) return wrong(issues, at, 'object', v);
    for (const k in v) {
      at.push(k);
      value(v[k], at, issues);
      at.pop();
      if (k === '__proto__') delete v[k]; // zod never copies it either
    }
  };
}

export function check<T>(checker: Checker<T>, v: unknown): CheckResult<T> {
  const issues: Issue[] = [];
  checker(v, [], issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: v as T };
}
