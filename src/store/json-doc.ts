// Reading one JSON document of the store: parse, migrate, validate — or a StoreError naming the file and the problem.
import fs from 'node:fs';
import { LowSync, type SyncAdapter } from 'lowdb';
import type { ZodIssue, ZodType } from 'zod';
import { StoreError } from '../errors.js';
import { migrate } from './migrations.js';

export interface DocSpec<T> {
  kind: string;
  schema: ZodType<T>;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  object: '对象 {…}',
  array: '列表 […]',
  null: 'null',
};
const typeName = (t: unknown): string => TYPE_NAMES[String(t)] ?? String(t);

/** One zod issue said in Chinese (zod's own messages are English; our schema's custom messages are kept). */
function issueText(i: ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(i.message)) return i.message;
  switch (i.code) {
    case 'invalid_type':
      return i.received === 'undefined' ? '缺少该字段' : `应为${typeName(i.expected)}，实际为${typeName(i.received)}`;
    case 'invalid_enum_value':
    case 'invalid_union_discriminator':
      return `取值无效，应为 ${i.options.map(String).join('、')} 之一`;
    case 'too_small':
      return i.type === 'string' ? '不能为空' : i.type === 'array' ? `至少要有 ${i.minimum} 项` : `不能小于 ${i.minimum}`;
    case 'too_big':
      return i.type === 'array' ? `最多 ${i.maximum} 项` : `不能大于 ${i.maximum}`;
    default:
      return '取值无效';
  }
}

function describeIssue(e: { issues: ZodIssue[] }): string {
  const first = e.issues[0];
  const where = first.path.length ? first.path.join('.') : '（根）';
  const more = e.issues.length > 1 ? `（共 ${e.issues.length} 处问题）` : '';
  return `字段 ${where}：${issueText(first)}${more}`;
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

export function parseDoc<T>(file: string, text: string, spec: DocSpec<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StoreError(`数据文件 ${file} 已损坏：不是有效的 JSON（${whereJsonBreaks(text, (e as Error).message)}）。文件未被修改，可用 xinfang backup list 查看备份并用 xinfang backup restore 恢复`);
  }
  const migrated = migrate(spec.kind, raw, file);
  const res = spec.schema.safeParse(migrated);
  if (!res.success) {
    throw new StoreError(`数据文件 ${file} 内容不符合格式：${describeIssue(res.error)}。文件未被修改，可用 xinfang backup restore 恢复`);
  }
  return res.data;
}

/** lowdb adapter: reads validate; writes are handed to the caller (the store stages them into a transaction). */
export class ValidatedJsonFile<T> implements SyncAdapter<T> {
  constructor(
    private readonly file: string,
    private readonly spec: DocSpec<T>,
    private readonly onWrite: (data: T) => void = () => {
      throw new Error('read-only document');
    },
  ) {}

  read(): T | null {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      throw new StoreError(`无法读取数据文件 ${this.file}（${code}），请检查文件权限`);
    }
    return parseDoc(this.file, text, this.spec);
  }

  write(data: T): void {
    this.onWrite(data);
  }
}

export function readDoc<T>(file: string, spec: DocSpec<T>): T | null {
  const db = new LowSync<T | null>(new ValidatedJsonFile<T | null>(file, spec as DocSpec<T | null>), null);
  db.read();
  return db.data;
}
