// `xinfang store copy`: a whole ledger from one store to another (a data folder into PostgreSQL and back), as one
// change on the destination, then read back and compared document by document and case by case; a copy that does
// not compare equal is taken back (docs/shared-ledger.md, "Moving a ledger").
import { InputError, StoreError } from '../errors.js';
import type { RunContext, StoreBackend } from './backend.js';
import { SECRET_REL } from './case-files.js';
import type { Config } from '../domain/model.js';
import { CONFIG_FILE, configText } from './config-file.js';
import { checkStore } from './repair.js';
import { digest } from './seal.js';

/** The documents that make a ledger: config, the secret of the petitioner index, everything under cases/ and visits/. */
export function ledgerDocs(src: Pick<StoreBackend, 'list' | 'readText'>): Map<string, string> {
  const docs = new Map<string, string>();
  const add = (rel: string) => {
    const text = src.readText(rel);
    if (text !== null) docs.set(rel, text);
  };
  add(CONFIG_FILE);
  add(SECRET_REL);
  // only where the store keeps documents (case-files.ts): cases/*.json, cases/YYYY/*.json, cases/people/*.json,
  // visits/*.json — anything else in the folder (another folder copied into it) is not part of the ledger
  const files = (dir: string) => {
    for (const name of src.list(dir).sort()) if (/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/.test(name) && !name.endsWith('.tmp')) add(`${dir}/${name}`);
  };
  files('cases');
  for (const sub of src.list('cases').sort()) if (/^\d{4}$/.test(sub) || sub === 'people') files(`cases/${sub}`);
  files('visits');
  return docs;
}

export interface CopySummary {
  documents: number;
  cases: number;
  visits: number;
  /** sha256 over every case (by number) and every document: equal on both sides. */
  checksum: string;
}

function countOf(docs: Map<string, string>, re: RegExp, key: string): string[] {
  const out: string[] = [];
  for (const [rel, text] of docs) {
    if (!re.test(rel)) continue;
    const items = (JSON.parse(text) as Record<string, unknown>)[key];
    if (Array.isArray(items)) for (const item of items) out.push(JSON.stringify(item));
  }
  return out;
}

export function summarize(docs: Map<string, string>): CopySummary {
  const cases = countOf(docs, /^cases\/\d{4}\/\d{4}-\d{2}\.json$/, 'cases');
  const visits = countOf(docs, /^visits\/\d{4}\.json$/, 'visits');
  const parts = [...cases.map(digest).sort(), ...[...docs].map(([rel, text]) => `${rel}:${digest(text)}`).sort()];
  return { documents: docs.size, cases: cases.length, visits: visits.length, checksum: digest(parts.join('\n')) };
}

/** What a copy reads back: a reader of the destination, inside its creating transaction where it has one. */
export type ReadBack = Pick<StoreBackend, 'list' | 'readText'>;

/**
 * Copies `from` into `to`, which must hold no ledger yet. `create` makes the destination's first change with every
 * document (the configuration as `config` says, without a folder's pointer to a database) and calls `check` on
 * what it wrote before it lets the copy stand: a database inside its transaction (a failed check rolls back), a
 * folder after its commit (a failed check empties it again).
 */
export function copyLedger(
  from: StoreBackend,
  to: Pick<StoreBackend, 'readText' | 'dir'>,
  create: (config: Config, files: Map<string, string>, check: (made: ReadBack) => void) => StoreBackend,
): CopySummary {
  const ex = checkStore(from);
  if (ex.blockers.length || ex.findings.length) {
    const first = [...ex.blockers, ...ex.findings][0];
    throw new StoreError(`源台账 ${from.dir} 检查未通过（${first.rel}：${first.text.split('\n')[0]}），未复制；请先运行 xinfang check --repair`);
  }
  if (to.readText(CONFIG_FILE) !== null) throw new InputError(`目标 ${to.dir} 中已经有台账，未复制；store copy 只复制到空的数据目录或数据库`);
  const docs = ledgerDocs(from);
  const config = structuredClone(from.config());
  delete config.settings.store; // the copy is the ledger itself, not a pointer to one
  docs.set(CONFIG_FILE, configText(config)); // compared as the destination writes it: a hand-formatted file copies too
  const want = summarize(docs);
  const check = (made: ReadBack) => {
    const got = summarize(ledgerDocs(made));
    if (got.checksum !== want.checksum || got.cases !== want.cases || got.documents !== want.documents) {
      throw new StoreError(`复制到 ${to.dir} 后读回的内容与源台账不一致（信访件 ${want.cases}→${got.cases}，文件 ${want.documents}→${got.documents}），已撤回，目标保持为空`);
    }
  };
  create(config, docs, check).close();
  return want;
}

export type { RunContext };
