// The first step of `check`: read every month file — the truth the other case files are derived from. A month file
// that fails its seal is replaced by its last committed version when the backups keep one; otherwise its content is
// accepted as it stands if it still reads. What cannot be decided without the operator is a blocker.
import type { Case, ISOMonth } from '../domain/model.js';
import { StoreError } from '../errors.js';
import { CASES_DIR, MONTH_FILE_RE, monthRel } from './case-files.js';
import { monthSpec as unsealed, storedMonthSpec as monthSpec, type MonthFile } from './case-schema.js';
import { parseDoc } from './json-doc.js';
import { SCHEMA_VERSION } from './migrations.js';
import { sealText } from './seal.js';

/** What `check` reads the store through: the live folder, or a transaction. */
export interface TreeReader {
  readText(rel: string): string | null;
  list(rel: string): string[];
  /** The newest committed version of `rel` kept in the backups, with the backup's id. */
  lastCommitted(rel: string): { id: string; text: string } | null;
}

export interface Finding {
  rel: string;
  text: string;
}

export interface MonthState {
  month: ISOMonth;
  cases: Case[];
  seal: string;
  bytes: number; // of the text that stays or is written
  /** The text to write when the file must be rewritten (restored, resealed); null when it stays as it is. */
  rewrite: string | null;
}

/** A store error said as a finding of `check`: the problem only (the file is named beside it, the repair below it). */
export function problemOf(message: string): string {
  return message.replace(/^数据文件 \S+ /, '').replace(/[，。；](为免给出错误结果已停止|文件未被修改).*$/s, '');
}

function tryParse(rel: string, text: string, legacy: boolean, sealed: boolean): MonthFile | string {
  try {
    return parseDoc(rel, text, sealed ? monthSpec : unsealed, legacy);
  } catch (e) {
    if (e instanceof StoreError) return problemOf(e.message);
    throw e;
  }
}

function sealed(month: ISOMonth, cases: Case[]): { text: string; seal: string } {
  return sealText({ schemaVersion: SCHEMA_VERSION, month, cases });
}

export function monthFilesOf(src: TreeReader): ISOMonth[] {
  const out: ISOMonth[] = [];
  for (const y of src.list(CASES_DIR).filter((n) => /^\d{4}$/.test(n)).sort()) {
    for (const name of src.list(`${CASES_DIR}/${y}`).sort()) {
      const m = MONTH_FILE_RE.exec(name)?.[1];
      if (m?.startsWith(`${y}-`)) out.push(m);
    }
  }
  return out;
}

/** Reads every month file; `legacy` (upgrading a version-1 store) accepts and reseals unsealed ones. */
export function readMonths(src: TreeReader, legacy: boolean): { months: MonthState[]; findings: Finding[]; blockers: Finding[] } {
  const months: MonthState[] = [];
  const findings: Finding[] = [];
  const blockers: Finding[] = [];
  const where = new Map<string, string>();
  for (const m of monthFilesOf(src)) {
    const rel = monthRel(m);
    const text = src.readText(rel) ?? '';
    let file = tryParse(rel, text, legacy, true);
    let rewrite: string | null = null;
    let reseal = legacy;
    if (typeof file === 'string') {
      const problem = file;
      const kept = src.lastCommitted(rel);
      const restored = kept ? tryParse(rel, kept.text, false, true) : '';
      const asIs = tryParse(rel, text, legacy, false);
      if (typeof restored !== 'string') {
        file = restored;
        rewrite = kept!.text;
        findings.push({ rel, text: `${problem}\n    修复：恢复为最后一次保存的版本（备份 ${kept!.id}）` });
      } else if (typeof asIs !== 'string') {
        file = asIs;
        reseal = true;
        if (!legacy) findings.push({ rel, text: `${problem}\n    修复：备份中没有它最后一次保存的版本，以文件现有内容为准重新加校验值` });
      } else {
        blockers.push({ rel, text: `${problem}\n    备份中也没有可用的版本：请用 xinfang backup list 查看，xinfang backup restore 编号 恢复` });
        continue;
      }
    }
    if (file.month !== m) {
      blockers.push({ rel, text: `文件中的月份 ${file.month} 与文件名不符；请用 xinfang backup restore --file ${rel} 恢复` });
      continue;
    }
    const misplaced = file.cases.find((c) => !c.receivedDate.startsWith(m));
    if (misplaced) {
      blockers.push({ rel, text: `信访件 ${misplaced.no} 的登记日期 ${misplaced.receivedDate} 不在本月；请用 xinfang backup restore --file ${rel} 恢复` });
      continue;
    }
    for (const c of file.cases) {
      const other = where.get(c.no);
      if (other) blockers.push({ rel, text: `编号 ${c.no} 重复出现（另见 ${other}）；请用 xinfang backup restore --file ${rel} 恢复` });
      where.set(c.no, rel);
    }
    const fresh = reseal ? sealed(m, file.cases) : null;
    const final = fresh?.text ?? rewrite;
    months.push({ month: m, cases: file.cases, seal: fresh?.seal ?? file.seal ?? '', rewrite: final, bytes: Buffer.byteLength(final ?? text) });
  }
  return { months, findings, blockers };
}
