// Reading one JSON document of the store: parse, migrate, validate — or a StoreError naming the file and the problem.
import fs from 'node:fs';
import { LowSync, type SyncAdapter } from 'lowdb';
import type { ZodType } from 'zod';
import { StoreError } from '../errors.js';
import { migrate } from './migrations.js';

export interface DocSpec<T> {
  kind: string;
  schema: ZodType<T>;
}

function describeIssue(e: { issues: { path: (string | number)[]; message: string }[] }): string {
  const first = e.issues[0];
  const where = first.path.length ? first.path.join('.') : '（根）';
  const more = e.issues.length > 1 ? `等 ${e.issues.length} 处问题` : '';
  return `字段 ${where}：${first.message}${more}`;
}

export function parseDoc<T>(file: string, text: string, spec: DocSpec<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StoreError(`数据文件 ${file} 已损坏：不是有效的 JSON（${(e as Error).message}）。文件未被修改，可用 xinfang backup list 查看备份并用 xinfang backup restore 恢复`);
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
