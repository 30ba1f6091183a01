// schemaVersion of every stored document, and the steps that bring an older document up to date.
import { StoreError } from '../errors.js';

export const SCHEMA_VERSION = 1;

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[kind][v] turns a version-v document of that kind into version v+1. None yet: version 1 is the first. */
const MIGRATIONS: Record<string, Record<number, Step>> = { config: {}, cases: {} };

export function migrate(kind: string, raw: unknown, file: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw; // the schema check reports it
  let doc = raw as Record<string, unknown>;
  const v = doc.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new StoreError(`数据文件 ${file} 已损坏：schemaVersion 缺失或无效（${JSON.stringify(v)}）。文件未被修改，可用 xinfang backup restore 恢复`);
  }
  if (v > SCHEMA_VERSION) {
    throw new StoreError(`数据文件 ${file} 的格式版本为 ${v}，高于本程序支持的 ${SCHEMA_VERSION}，请升级 xinfang 后再使用`);
  }
  for (let cur = v; cur < SCHEMA_VERSION; cur++) {
    const step = MIGRATIONS[kind]?.[cur];
    if (!step) throw new StoreError(`数据文件 ${file} 的格式版本 ${cur} 无法升级（缺少迁移步骤）`);
    doc = { ...step(doc), schemaVersion: cur + 1 };
  }
  return doc;
}
