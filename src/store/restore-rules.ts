// What a restore may do, the same on a data folder and a database: bring back one file's last committed version
// only when the backups kept a sound copy of it and it differs, and undo changes only to a state whose config.json
// reads and which `check` would not newly reject (restore-check.ts).
import { InputError, StoreError } from '../errors.js';
import type { StoreBackend } from './backend.js';
import { type BackupManifest, KEEP_BACKUPS } from './backup.js';
import { isPrimary } from './case-files.js';
import { CONFIG_FILE, configSpec } from './config-file.js';
import { parseDoc } from './json-doc.js';
import { problemsAfter } from './restore-check.js';
import { verifySeal } from './seal.js';

type Changes = Map<string, string | null>;
type Note = { action: string; records: string[] };

export function parsesAsConfig(text: string): boolean {
  try {
    parseDoc(CONFIG_FILE, text, configSpec);
    return true;
  } catch {
    return false;
  }
}

/** The change that brings back `rel` as the last change that wrote it left it (call with the write lock held). */
export function fileRestore(store: Pick<StoreBackend, 'lastCommitted' | 'readText'>, rel: string): { backup: BackupManifest; changes: Changes; notes: Note[] } {
  const kept = store.lastCommitted(rel);
  if (!kept && !isPrimary(rel)) throw new InputError(`${rel} 由各月份文件推算而来，不单独保存版本；请运行 xinfang check --repair 重建`);
  if (!kept) {
    throw new InputError(`备份中没有 ${rel} 最后一次保存的版本（只保留最近 ${KEEP_BACKUPS} 次修改的）；可运行 xinfang check 查看，xinfang check --repair 修复`);
  }
  const readable = rel === CONFIG_FILE ? parsesAsConfig(kept.text) : !/^(cases|visits)\//.test(rel) || verifySeal(kept.text).state === 'ok';
  if (!readable) throw new StoreError(`备份 ${kept.backup.id} 中 ${rel} 的副本不完整，无法恢复；请运行 xinfang check --repair`);
  if (store.readText(rel) === kept.text) throw new InputError(`${rel} 与最后一次保存的版本相同，无需恢复`);
  return { backup: kept.backup, changes: new Map([[rel, kept.text]]), notes: [{ action: '恢复文件', records: [`file:${rel}`, `backup:${kept.backup.id}`] }] };
}

/**
 * Refuses undoing to before `target` when config.json would then be missing or unreadable (`configText`: its text
 * now; `configName`: how messages name it) or the store inconsistent. Returns the journal's note of the restore.
 */
export function checkUndo(live: Parameters<typeof problemsAfter>[0], target: BackupManifest, changes: Changes, configText: string | null, configName: string): Note[] {
  const after = changes.has(CONFIG_FILE) ? changes.get(CONFIG_FILE) : configText;
  if (after == null) throw new InputError(`备份 ${target.id} 是初始化之前的状态，不能恢复到那里；请选择更晚的备份`);
  let format: string;
  try {
    format = parseDoc(configName, after, configSpec).settings.caseNumberFormat;
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    throw new StoreError(`恢复到备份 ${target.id} 之前的状态后 ${configName} 仍然无法使用，未做任何改动；请用 xinfang backup list 选择更早的备份`);
  }
  const problems = problemsAfter(live, changes, format);
  if (problems.length) {
    throw new StoreError(
      `恢复到备份 ${target.id} 之前的状态会使数据前后不一致（${problems[0]}${problems.length > 1 ? ` 等 ${problems.length} 处` : ''}），未做任何改动；可用 xinfang backup restore --file 文件 恢复单个文件，再运行 xinfang check`,
    );
  }
  return [{ action: '恢复备份', records: [`backup:${target.id}`] }];
}
