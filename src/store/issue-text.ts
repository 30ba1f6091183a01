// How a problem found in a stored document is said in Chinese — shared by the zod check of config.json and the
// hand-written check of the case files, so both word the same problem the same way.

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  float: '小数',
  boolean: 'true 或 false',
  object: '对象 {…}',
  array: '列表 […]',
  null: 'null',
};
const typeName = (t: unknown): string => TYPE_NAMES[String(t)] ?? String(t);

/** A value of the wrong type; `received` 'undefined' means the field is missing. */
export function wrongType(expected: string, received: string): string {
  return received === 'undefined' ? '缺少该字段' : `应为${typeName(expected)}，实际为${typeName(received)}`;
}

export function notOneOf(options: readonly unknown[]): string {
  return `取值无效，应为 ${options.map(String).join('、')} 之一`;
}

export const EMPTY = '不能为空';
export const INVALID = '取值无效';
export const below = (min: unknown): string => `不能小于 ${min}`;
export const above = (max: unknown): string => `不能大于 ${max}`;

/** The type of a parsed JSON value, named as zod names it ('array', 'null', 'nan', …). */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
}

/** The problem at one place of a document: where (field path) and what (already in Chinese). */
export interface Issue {
  path: (string | number)[];
  message: string;
}

/** "字段 a.b.0.c：…" — the first problem, and how many there are in all. */
export function describeIssues(issues: readonly Issue[]): string {
  const first = issues[0];
  const where = first.path.length ? first.path.join('.') : '（根）';
  const more = issues.length > 1 ? `（共 ${issues.length} 处问题）` : '';
  return `字段 ${where}：${first.message}${more}`;
}
