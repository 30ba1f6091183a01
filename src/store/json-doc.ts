// Reading one JSON document of the store: parse, migrate, validate — or a StoreError naming the file and the problem.
import type { ZodIssue, ZodType } from 'zod';
import { StoreError } from '../errors.js';
import type { CheckResult } from './check.js';
import { above, below, describeIssues, EMPTY, INVALID, type Issue, notOneOf, wrongType } from './issue-text.js';
import { readBytesNoFollow } from './confine.js';
import { migrate } from './migrations.js';
import { repairHint } from './repair-hint.js';
import { verifySeal } from './seal.js';

/**
 * How one kind of document is checked after parsing: a zod schema (config.json, small), or a hand-written
 * `check` (the case files, large; see check.ts). Either way a problem is reported the same way.
 */
export type DocSpec<T> = { kind: string; sealed?: boolean } & ({ schema: ZodType<T>; check?: never } | { check: (value: unknown) => CheckResult<T>; schema?: never });

/** One zod issue said in Chinese (zod's own messages are English, even when they quote Chinese options). */
function issueText(i: ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      // an enum given a non-string names its options as "'a' | 'b'"
      if (i.received !== 'undefined' && i.expected.includes(' | ')) return notOneOf(i.expected.split(' | ').map((o) => o.replace(/^'|'$/g, '')));
      return wrongType(i.expected, i.received);
    case 'invalid_enum_value':
    case 'invalid_union_discriminator':
      return notOneOf(i.options);
    case 'too_small':
      return i.type === 'string' ? EMPTY : i.type === 'array' ? `至少要有 ${i.minimum} 项` : below(i.minimum);
    case 'too_big':
      return i.type === 'array' ? `最多 ${i.maximum} 项` : above(i.maximum);
    default:
      // the schema's own Chinese messages (e.g. the date pattern) are kept
      return /[\u4e00-\u9fff]/.test(i.message) ? i.message : INVALID;
  }
}

function validate<T>(spec: DocSpec<T>, value: unknown): CheckResult<T> {
  if (spec.check) return spec.check(value);
  const res = spec.schema.safeParse(value);
  if (res.success) return { ok: true, value: res.data };
  return { ok: false, issues: res.error.issues.map((i): Issue => ({ path: i.path, message: issueText(i) })) };
}

/** Where JSON.parse gave up, in Chinese (its own message is English). */
function whereJsonBreaks(text: string, message: string): string {
  if (text.trim() === '') return '文件是空的';
  if (/end of JSON input/i.test(message)) return '文件在中途结束，可能被截断';
  const pos = /position (\d+)/.exec(message);
  if (!pos) return '格式错误';
  if (Number(pos[1]) >= text.trimEnd().length) return '文件在中途结束，可能被截断';
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return `第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 列附近格式错误`;
}

/**
 * Parses, migrates and checks one document. A sealed kind (the case files) must also carry an intact seal: a file
 * changed since the tool wrote it stops the command rather than give a wrong answer. `legacy` accepts an unsealed
 * version-1 file (only while upgrading the store). `bytes`: what `text` was decoded from, if at hand (seal.ts).
 */
export function parseDoc<T>(file: string, text: string, spec: DocSpec<T>, legacy = false, bytes?: Buffer): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StoreError(`数据文件 ${file} 已损坏：不是有效的 JSON（${whereJsonBreaks(text, (e as Error).message)}）。文件未被修改，${repairHint(file)}`);
  }
  if (spec.sealed) {
    const seal = verifySeal(text, bytes);
    const old = legacy && (raw as { schemaVersion?: unknown } | null)?.schemaVersion === 1;
    if (seal.state !== 'ok' && !old) {
      // a seal that is there but no longer where or what the tool wrote (a reformatted or edited file) is a mismatch
      const present = seal.state === 'broken' || (typeof raw === 'object' && raw !== null && 'seal' in raw);
      const what = present ? '与写入时的校验值不符（被改动或损坏）' : '缺少校验值（不是由 xinfang 写入的）';
      throw new StoreError(`数据文件 ${file} ${what}，为免给出错误结果已停止；文件未被修改，${repairHint(file)}`);
    }
  }
  const migrated = migrate(spec.kind, raw, file);
  const res = validate(spec, migrated);
  if (!res.ok) {
    throw new StoreError(`数据文件 ${file} 内容不符合格式：${describeIssues(res.issues)}。文件未被修改，${repairHint(file)}`);
  }
  return res.value;
}

/** Reads and validates one document of the store (never through a link); null when the file does not exist. */
export function readDoc<T>(file: string, spec: DocSpec<T>): T | null {
  const bytes = readBytesNoFollow(file);
  return bytes === null ? null : parseDoc(file, bytes.toString('utf8'), spec, false, bytes);
}
