// schemaVersion of every stored document, and the steps that bring an older document up to date.
import { StoreError } from '../errors.js';
import { repairHint } from './repair-hint.js';

export const SCHEMA_VERSION = 2;

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

const same: Step = (doc) => doc;

/**
 * MIGRATIONS[kind][v] turns a version-v document of that kind into version v+1. Version 2 seals the case and visit files and
 * keys the petitioner index with the store's secret: no single document can be brought up alone, so the documents
 * pass unchanged here and upgrade.ts rewrites the whole case tree in one change when a version-1 store is opened.
 */
const MIGRATIONS: Record<string, Record<number, Step>> = {
  config: { 1: same },
  cases: { 1: same },
  'cases-index': { 1: same },
  'cases-open': { 1: same },
  'cases-people': { 1: same },
  'cases-summary': { 1: same },
  visits: { 1: same },
};

export function migrate(kind: string, raw: unknown, file: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw; // the schema check reports it
  let doc = raw as Record<string, unknown>;
  const v = doc.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new StoreError(`数据文件 ${file} 已损坏：schemaVersion 缺失或无效（${JSON.stringify(v)}）。文件未被修改，${repairHint(file)}`);
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
