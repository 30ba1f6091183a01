// `check`, `check --repair`, and the upgrade of a version-1 store: all three re-derive the case files (integrity.ts);
// repair and upgrade write the result as one change, with its backup, under the lock.
import { StoreError } from '../errors.js';
import { CONFIG_FILE } from './store.js';
import type { RunContext, StoreBackend as Store } from './backend.js';
import type { Tx } from './tx.js';
import { type Examination, examine, type TreeReader } from './integrity.js';
import { SCHEMA_VERSION } from './migrations.js';

export type { Examination, Finding } from './integrity.js';

function reader(store: Store, tx?: Tx): TreeReader {
  return {
    readText: (rel) => (tx ?? store).readText(rel),
    list: (rel) => store.list(rel),
    lastCommitted: (rel) => {
      const kept = store.lastCommitted(rel);
      return kept && { id: kept.backup.id, text: kept.text };
    },
  };
}

function apply(tx: Tx, ex: Examination): void {
  for (const [rel, text] of ex.fixes) {
    if (text === null) tx.remove(rel);
    else tx.writeText(rel, text);
  }
}

/** Compares every derived file with what the month files say; reads only. */
export function checkStore(store: Store): Examination {
  return examine(reader(store), store.config().settings.caseNumberFormat);
}

/** Rebuilds what check found wrong, as one change; changes nothing while a blocker remains (the caller reports them). */
export function repairStore(store: Store, ctx: RunContext): Examination {
  return store.transaction(ctx, (tx) => {
    const ex = examine(reader(store, tx), tx.config.settings.caseNumberFormat);
    if (ex.blockers.length) return ex; // nothing staged: nothing written
    apply(tx, ex);
    if (ex.fixes.size) tx.note('检查并修复', [...ex.fixes.keys()].filter((rel) => !rel.includes('/people/')).map((rel) => `file:${rel}`));
    return ex;
  });
}

/** The version config.json declares, read from its text (before any migration). */
export function storedVersion(store: Store): number {
  const m = /"schemaVersion"\s*:\s*(\d+)/.exec(store.readText(CONFIG_FILE) ?? '');
  return m ? Number(m[1]) : SCHEMA_VERSION;
}

/** Brings a version-1 store up to date in one change: sealed case files, a secret, the keyed petitioner index. */
export function upgradeStore(store: Store): void {
  store.transaction({ command: '升级数据格式', today: '' }, (tx) => {
    if (storedVersion(store) >= SCHEMA_VERSION) return; // another process did it while we waited for the lock
    const ex = examine(reader(store, tx), tx.config.settings.caseNumberFormat, true);
    if (ex.blockers.length) {
      throw new StoreError(`数据需要升级到新格式，但有文件无法读取，未做任何改动：\n${ex.blockers.map((b) => `  ${b.rel}：${b.text}`).join('\n')}`);
    }
    apply(tx, ex);
    tx.config.schemaVersion = SCHEMA_VERSION;
    tx.note('升级数据格式', [`schemaVersion:${SCHEMA_VERSION}`]);
  });
}
