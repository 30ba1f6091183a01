// `check` on the visit files (visits/YYYY.json): nothing is derived from them, so each must read — shape and seal.
// One that does not is replaced by its last committed version when the backups keep one, else accepted as it
// stands if it still reads (resealed); otherwise it is a blocker for the operator.
import type { VisitYear } from '../domain/reception/visit-model.js';
import { StoreError } from '../errors.js';
import type { FileChanges } from './commit.js';
import { type Finding, problemOf, type TreeReader } from './integrity-months.js';
import { parseDoc } from './json-doc.js';
import { SCHEMA_VERSION } from './migrations.js';
import { sealText } from './seal.js';
import { storedVisitYearSpec, visitYearSpec } from './visit-schema.js';
import { VISITS_DIR, VISITS_FILE_RE, visitsRel } from './visits-repo.js';

function tryParse(rel: string, text: string, sealed: boolean, legacy: boolean): VisitYear | string {
  try {
    return parseDoc(rel, text, sealed ? storedVisitYearSpec : visitYearSpec, legacy);
  } catch (e) {
    if (e instanceof StoreError) return problemOf(e.message);
    throw e;
  }
}

/** Adds the findings, blockers and fixes of every visit file; `legacy` (the upgrade) reseals each one. */
export function examineVisits(src: TreeReader, legacy: boolean, findings: Finding[], blockers: Finding[], fixes: FileChanges): void {
  for (const name of src.list(VISITS_DIR).sort()) {
    const y = VISITS_FILE_RE.exec(name)?.[1];
    if (!y) continue;
    const rel = visitsRel(Number(y));
    const text = src.readText(rel) ?? '';
    const file = tryParse(rel, text, true, legacy);
    const resealed = (doc: VisitYear) => sealText({ ...doc, schemaVersion: SCHEMA_VERSION }).text;
    if (typeof file !== 'string') {
      if (legacy) fixes.set(rel, resealed(file));
      else if (file.year !== Number(y)) blockers.push({ rel, text: `文件中的年份 ${file.year} 与文件名不符；请用 xinfang backup restore --file ${rel} 恢复` });
      continue;
    }
    const kept = src.lastCommitted(rel);
    const restored = kept ? tryParse(rel, kept.text, true, false) : '';
    const asIs = tryParse(rel, text, false, legacy);
    if (typeof restored !== 'string') {
      fixes.set(rel, kept!.text);
      findings.push({ rel, text: `${file}\n    修复：恢复为最后一次保存的版本（备份 ${kept!.id}）` });
    } else if (typeof asIs !== 'string') {
      fixes.set(rel, resealed(asIs));
      if (!legacy) findings.push({ rel, text: `${file}\n    修复：备份中没有它最后一次保存的版本，以文件现有内容为准重新加校验值` });
    } else {
      blockers.push({ rel, text: `${file}\n    备份中也没有可用的版本：请用 xinfang backup list 查看，xinfang backup restore 编号 恢复` });
    }
  }
}
