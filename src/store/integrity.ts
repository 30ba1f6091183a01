// `xinfang check`: re-derives every derived case file (year indexes, the summary, open.json, the petitioner shards) from the
// month files and says, in Chinese, where the stored ones disagree; the fixes are the files to write or remove.
import type { OpenCaseSummary } from '../domain/cases/deadlines.js';
import { parseCaseNumber } from '../domain/cases/number.js';
import { petitionerKeys } from '../domain/cases/repeat.js';
import { yearOf } from '../domain/common/dates.js';
import { StoreError } from '../errors.js';
import { CASES_DIR, CLOSED, indexRel, monthRel, newSecret, OPEN_REL, openSummary, personHash, SECRET_REL, shardRel, SUMMARY_REL } from './case-files.js';
import {
  storedOpenSpec as openSpec,
  storedPeopleSpec as peopleSpec,
  storedSummarySpec as summarySpec,
  storedYearIndexSpec as yearIndexSpec,
  type PeopleShard,
  type YearIndex,
} from './case-schema.js';
import type { FileChanges } from './commit.js';
import { examineVisits } from './integrity-visits.js';
import { type Finding, type MonthState, problemOf, readMonths, type TreeReader } from './integrity-months.js';
import { type DocSpec, parseDoc } from './json-doc.js';
import { SCHEMA_VERSION } from './migrations.js';
import { sealText } from './seal.js';
import { countBySource, countBySourceMonth, countClosed, sameSourceMonths } from './year-counts.js';
import { canonicalLists, rejudgeYear, repeatsOfMatter } from './year-backlog.js';
import { summaryOfIndexes, summaryProblems } from './year-summary.js';

export type { Finding, TreeReader } from './integrity-months.js';

export interface Examination {
  findings: Finding[]; // each disagreement, with what the repair does
  blockers: Finding[]; // what the repair cannot decide alone
  fixes: FileChanges; // rel → new text, or null to remove
  cases: number;
}

const EXAMPLES = 3;
const some = (xs: string[]) => xs.slice(0, EXAMPLES).join('、') + (xs.length > EXAMPLES ? ` 等 ${xs.length} 个` : '');

function readStored<T>(src: TreeReader, rel: string, spec: DocSpec<T>, legacy: boolean): { doc: T | null; problem: string | null } {
  const text = src.readText(rel);
  if (text === null) return { doc: null, problem: null };
  try {
    return { doc: parseDoc(rel, text, spec, legacy), problem: null };
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    return { doc: null, problem: problemOf(e.message) };
  }
}

function deriveIndex(year: number, months: MonthState[], format: string, stored: YearIndex | null, repeatedBy: ReadonlyMap<string, string[]>): YearIndex {
  const idx: YearIndex = { schemaVersion: SCHEMA_VERSION, year, nextSeq: 1, months: {}, bySource: {}, closed: 0, monthSeals: {}, monthBytes: {} };
  let top = 0;
  for (const m of months) {
    idx.monthSeals![m.month.slice(5)] = m.seal;
    idx.monthBytes![m.month.slice(5)] = m.bytes;
    for (const c of m.cases) {
      idx.months[c.no] = m.month.slice(5);
      const parsed = parseCaseNumber(c.no, format);
      if (parsed && parsed.year === year) top = Math.max(top, parsed.seq);
    }
  }
  const cases = months.flatMap((m) => m.cases);
  idx.bySource = countBySource(cases);
  idx.sourceMonths = countBySourceMonth(cases);
  idx.closed = countClosed(cases);
  rejudgeYear(idx, cases, repeatedBy);
  // a number once handed out is never handed out again, even if its case is gone
  idx.nextSeq = Math.max(top + 1, stored?.nextSeq ?? 1);
  return idx;
}

function compareIndex(stored: YearIndex, want: YearIndex): string[] {
  const out: string[] = [];
  if (stored.nextSeq < want.nextSeq) out.push(`下一个编号序号为 ${stored.nextSeq}，会重复使用月份文件中已有的编号（应为 ${want.nextSeq}）`);
  const missing = Object.keys(want.months).filter((no) => !Object.hasOwn(stored.months, no));
  const extra = Object.keys(stored.months).filter((no) => !Object.hasOwn(want.months, no));
  const moved = Object.keys(want.months).filter((no) => Object.hasOwn(stored.months, no) && stored.months[no] !== want.months[no]);
  if (missing.length) out.push(`缺少编号 ${some(missing)}`);
  if (extra.length) out.push(`记有月份文件中没有的编号 ${some(extra)}`);
  if (moved.length) out.push(`编号 ${some(moved)} 记错了月份`);
  if (JSON.stringify(sortKeys(stored.bySource ?? {})) !== JSON.stringify(sortKeys(want.bySource ?? {}))) out.push('按来源的件数与月份文件不符');
  // an index written before the per-month counts existed is sound without them (readers then read the month files)
  if (stored.sourceMonths && !sameSourceMonths(stored.sourceMonths, want.sourceMonths)) out.push('按月份和来源的件数与月份文件不符');
  if (stored.closed !== want.closed) out.push(`已办结件数记为 ${stored.closed ?? '（无）'}，月份文件中为 ${want.closed}`);
  if (canonicalLists(stored) !== canonicalLists({ ...want, closedLater: stored.closedLater && want.closedLater })) out.push('可能成为积案的信访件清单与月份文件不符');
  else if (!stored.closedLater) out.push('缺少以后年度办结的信访件清单（年度报表因此要多读月份文件）');
  const seals = Object.keys({ ...want.monthSeals, ...stored.monthSeals }).filter((mm) => stored.monthSeals?.[mm] !== want.monthSeals?.[mm]);
  const sizes = Object.keys({ ...want.monthBytes, ...stored.monthBytes }).filter((mm) => stored.monthBytes?.[mm] !== want.monthBytes?.[mm]);
  const off = [...new Set([...seals, ...sizes])].sort();
  if (off.length) out.push(`记录的 ${off.map((mm) => `${Number(mm)}月`).join('、')} 月份文件校验值与文件不符`);
  return out;
}

function sortKeys(o: Record<string, unknown>): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function compareOpen(stored: OpenCaseSummary[], want: OpenCaseSummary[]): string[] {
  const have = new Map(stored.map((o) => [o.no, JSON.stringify(o)]));
  const need = new Map(want.map((o) => [o.no, JSON.stringify(o)]));
  const out: string[] = [];
  const missing = [...need.keys()].filter((no) => !have.has(no));
  const extra = [...have.keys()].filter((no) => !need.has(no));
  const stale = [...need.keys()].filter((no) => have.has(no) && have.get(no) !== need.get(no));
  if (missing.length) out.push(`漏了未办结的信访件 ${some(missing)}`);
  if (extra.length) out.push(`列有已办结或不存在的信访件 ${some(extra)}`);
  if (stale.length) out.push(`信访件 ${some(stale)} 的状态或期限与月份文件不符`);
  if (stored.length !== have.size) out.push('有重复的条目');
  return out;
}

function shardRefs(shard: PeopleShard | null): Set<string> {
  const out = new Set<string>();
  for (const [h, refs] of Object.entries(shard?.people ?? {})) for (const r of refs) out.add(`${h} ${r.no} ${r.date}`);
  return out;
}

export function examine(src: TreeReader, format: string, legacy = false): Examination {
  const { months, findings, blockers } = readMonths(src, legacy);
  const fixes: FileChanges = new Map();
  const note = (rel: string, problems: string[], text: string | null) => {
    if (!problems.length) return;
    if (!legacy) findings.push({ rel, text: `${problems.join('；')}\n    修复：由月份文件重建` });
    fixes.set(rel, text);
  };
  for (const m of months) if (m.rewrite !== null) fixes.set(monthRel(m.month), m.rewrite);

  // year indexes: every year with month files, and any year folder holding only an index
  const all = months.flatMap((m) => m.cases);
  const repeatedBy = repeatsOfMatter(all);
  const years = new Set([...months.map((m) => yearOf(`${m.month}-01`)), ...src.list(CASES_DIR).filter((n) => /^\d{4}$/.test(n)).map(Number)]);
  const indexes = new Map<number, YearIndex>();
  for (const y of [...years].sort()) {
    const rel = indexRel(y);
    const { doc, problem } = readStored(src, rel, yearIndexSpec, legacy);
    const ofYear = months.filter((m) => m.month.startsWith(`${y}-`));
    if (!doc && !problem && ofYear.length === 0) continue;
    const want = deriveIndex(y, ofYear, format, doc, repeatedBy);
    const text = sealText(want).text;
    const problems = problem ? [problem] : doc ? compareIndex(doc, want) : ['缺失'];
    note(rel, problems, text);
    // the summary follows the index as it stays or is rewritten (a sound index may lack counts it need not keep)
    indexes.set(y, doc && !problems.length && !legacy ? doc : want);
    if (legacy) fixes.set(rel, text);
  }

  // the summary of the years, from the indexes; a store without cases needs none
  const summary = summaryOfIndexes(indexes, SCHEMA_VERSION);
  const storedSummary = readStored(src, SUMMARY_REL, summarySpec, legacy);
  const summaryText = sealText(summary).text;
  if (storedSummary.doc || storedSummary.problem || indexes.size) {
    note(SUMMARY_REL, storedSummary.problem ? [storedSummary.problem] : storedSummary.doc ? summaryProblems(storedSummary.doc, summary) : ['缺失'], summaryText);
  }
  if (legacy) fixes.set(SUMMARY_REL, summaryText);

  // open.json
  const open = all.filter((c) => !CLOSED.has(c.status)).map(openSummary);
  const stored = readStored(src, OPEN_REL, openSpec, legacy);
  const openText = sealText({ schemaVersion: SCHEMA_VERSION, cases: open }).text;
  note(OPEN_REL, stored.problem ? [stored.problem] : compareOpen(stored.doc?.cases ?? [], open), openText);
  if (legacy) fixes.set(OPEN_REL, openText);

  // petitioner shards, keyed with the store's secret (a new one when it is missing)
  let secret = src.readText(SECRET_REL);
  if (!secret?.trim() || legacy) {
    secret = newSecret();
    fixes.set(SECRET_REL, secret);
    if (!legacy) findings.push({ rel: SECRET_REL, text: '缺失\n    修复：生成新的密钥，并用它重建信访人索引' });
  }
  const shards = new Map<string, PeopleShard>();
  for (const c of all) {
    for (const key of petitionerKeys(c.petitioner)) {
      const h = personHash(secret, key);
      const rel = shardRel(h);
      if (!shards.has(rel)) shards.set(rel, { schemaVersion: SCHEMA_VERSION, people: {} });
      (shards.get(rel)!.people[h] ??= []).push({ no: c.no, date: c.receivedDate });
    }
  }
  const onDisk = src.list(`${CASES_DIR}/people`).filter((n) => n.endsWith('.json')).map((n) => `${CASES_DIR}/people/${n}`);
  for (const rel of new Set([...shards.keys(), ...onDisk])) {
    const want = shards.get(rel) ?? null;
    const { doc, problem } = readStored(src, rel, peopleSpec, legacy);
    const have = shardRefs(doc);
    const need = shardRefs(want);
    const lost = [...need].filter((r) => !have.has(r)).length;
    const extra = [...have].filter((r) => !need.has(r)).length;
    const problems = problem ? [problem] : [];
    if (!problem && lost) problems.push(`缺少 ${lost} 条登记（重复信访会漏查）`);
    if (!problem && extra) problems.push(`多出 ${extra} 条登记`);
    const text = want ? sealText(want).text : null;
    note(rel, problems, text);
    if (legacy) fixes.set(rel, text);
  }
  examineVisits(src, legacy, findings, blockers, fixes);
  return { findings, blockers, fixes, cases: all.length };
}
