// The case ledger (台账): the columns an office exchanges with the provincial system, a Case ↔ row mapping that
// keeps every column through an export → import round trip, and row checks that report every problem of a row.
import { InputError } from '../../errors.js';
import { deadlineAfter, type WorkdayCalendar } from './deadlines.js';
import { checkCaseInput, receptionFor, type CaseFields } from './register.js';
import { maskPetitioner } from './repeat.js';
import { Problems, checkPastDate, pickName } from './validate.js';
import { afterReplyCells, afterReplyHistory, AFTER_REPLY_HEADERS, applyAfterReplyCells, reviewStatusOf } from './ledger-after.js';
import type { PetitionKind } from './backlog.js';
import { oneOf } from '../common/text.js';
import { rejectedDate } from '../reports/status.js';
import { isValidDate, parseDate, yearOf } from '../common/dates.js';
import { parseCaseNumber } from './number.js';
import { CASE_RESULTS, SATISFACTIONS } from '../model.js';
import type { Case, CaseResult, CaseStatus, Config, HistoryEntry, ISODate, Satisfaction } from '../model.js';
import { msg } from '../messages/index.js';

export const LEDGER_HEADERS = [
  '编号', '登记日期', '渠道', '来源', '交办文号', '信访人', '联系电话', '身份证号', '住址', '人数', '涉及地区',
  '问题类别', '内容摘要', '诉求', '标签', '受理日期', '责任单位', '包案领导', '办理期限', '办结日期', '办理结果',
  '答复日期', '满意度', ...AFTER_REPLY_HEADERS,
] as const;
export type LedgerHeader = (typeof LEDGER_HEADERS)[number];
export type LedgerRow = Record<LedgerHeader, string>;

export const REQUIRED_LEDGER_HEADERS: LedgerHeader[] = ['登记日期', '渠道', '来源', '信访人', '涉及地区', '问题类别', '内容摘要'];

/** How a rejected case shows in 办理结果 (the ledger has no column of its own for it). */
const REJECTED_PREFIX = '不予受理';

export function caseToLedgerRow(c: Case, opts: { showPii: boolean; kind?: PetitionKind }): LedgerRow {
  const p = opts.showPii ? c.petitioner : maskPetitioner(c.petitioner);
  const rejected = c.status === '不予受理';
  return {
    编号: c.no,
    登记日期: c.receivedDate,
    渠道: c.channel,
    来源: c.source,
    交办文号: c.docNo,
    信访人: p.name,
    联系电话: p.phone,
    身份证号: p.idNumber,
    住址: p.address,
    人数: String(c.persons),
    涉及地区: c.region,
    问题类别: c.category,
    内容摘要: c.summary,
    诉求: c.demands,
    标签: c.tags.join('、'),
    受理日期: c.acceptedDate ?? '',
    责任单位: c.unit,
    包案领导: c.leader,
    办理期限: c.dueDate ?? '',
    办结日期: rejected ? (rejectedDate(c) ?? c.receivedDate) : (c.closedDate ?? ''),
    办理结果: rejected ? `${REJECTED_PREFIX}：${c.rejectReason}` : (c.result ?? ''),
    答复日期: c.replyDate ?? '',
    满意度: c.satisfaction ?? '',
    ...afterReplyCells(c, opts),
  };
}

const DANGEROUS_START = /^[=+\-@\t\r]/;
const QUOTED_DANGEROUS = /^'+[=+\-@\t\r]/;

/** A spreadsheet would run a cell starting with = + - @ as a formula: a leading ' makes it plain text. */
export function neutralizeCell(s: string): string {
  return DANGEROUS_START.test(s) || QUOTED_DANGEROUS.test(s) ? `'${s}` : s;
}

/**
 * Undoes neutralizeCell on import, and the ="…" a CSV export writes around a long number (src/io/csv.ts), so an
 * export → import round trip keeps the text.
 */
export function restoreCell(s: string): string {
  const asText = /^="(\d{12,}|0\d+)"$/.exec(s);
  if (asText) return asText[1];
  return QUOTED_DANGEROUS.test(s) ? s.slice(1) : s;
}

/** Header row plus one neutralised row per case, in LEDGER_HEADERS order. */
export function ledgerTable(cases: Case[], opts: { showPii: boolean; kindOf?: (c: Case) => PetitionKind }): string[][] {
  const rows: string[][] = [[...LEDGER_HEADERS]];
  for (const c of cases) {
    const r = caseToLedgerRow(c, { showPii: opts.showPii, kind: opts.kindOf?.(c) });
    rows.push(LEDGER_HEADERS.map((h) => neutralizeCell(r[h])));
  }
  return rows;
}

/** Which column holds which header; missing required headers are one error for the whole file. */
export function mapLedgerHeaders(header: string[]): Map<LedgerHeader, number> {
  const map = new Map<LedgerHeader, number>();
  header.forEach((raw, i) => {
    const h = raw.replace(/^\uFEFF/, '').trim() as LedgerHeader;
    if ((LEDGER_HEADERS as readonly string[]).includes(h) && !map.has(h)) map.set(h, i);
  });
  const missing = REQUIRED_LEDGER_HEADERS.filter((h) => !map.has(h));
  if (missing.length) {
    throw new InputError(msg('cases.ledgerMissingColumns', { missing: missing.join('、'), headers: LEDGER_HEADERS.join('、') }));
  }
  return map;
}

export function rowFromCells(cells: string[], headers: Map<LedgerHeader, number>): LedgerRow {
  const row = {} as LedgerRow;
  for (const h of LEDGER_HEADERS) {
    const i = headers.get(h);
    row[h] = i === undefined ? '' : restoreCell(String(cells[i] ?? '')).trim();
  }
  return row;
}

export interface LedgerContext {
  config: Config;
  today: ISODate;
  calendar: WorkdayCalendar | null;
}

/** A checked ledger row: a case without its number when the row had none (the store assigns one). */
export interface LedgerCase {
  case: Case;
  problems: string[];
  warnings: string[];
}

/** The status follows from the columns filled in: 满意度 → 已评价, 办结日期 → 已办结, 责任单位 → 办理中, 受理日期 → 已受理. */
export function ledgerStatus(r: LedgerRow): CaseStatus {
  if (r.办理结果.startsWith(REJECTED_PREFIX)) return '不予受理';
  const review = reviewStatusOf(r);
  if (review) return review;
  if (r.满意度) return '已评价';
  if (r.办结日期) return '已办结';
  if (r.责任单位) return '办理中';
  if (r.受理日期) return '已受理';
  return '登记';
}

/** The columns a status needs, and the column that set the status. */
const STATUS_NEEDS: Partial<Record<CaseStatus, { because: LedgerHeader; columns: LedgerHeader[] }>> = {
  办理中: { because: '责任单位', columns: ['受理日期'] },
  已办结: { because: '办结日期', columns: ['受理日期', '责任单位', '办理结果'] },
  已评价: { because: '满意度', columns: ['受理日期', '责任单位', '办结日期', '办理结果'] },
  复查中: { because: '复查申请日期', columns: ['受理日期', '责任单位', '办结日期', '办理结果'] },
  复核中: { because: '复核申请日期', columns: ['受理日期', '责任单位', '办结日期', '办理结果'] },
};

function everyName<T extends { name: string }>(entries: T[]): { name: string; active: boolean }[] {
  return entries.map((e) => ({ name: e.name, active: true })); // past cases may name a leader or unit no longer active
}

/** Checks one row completely and builds its case; `problems` lists every fault of the row. */
export function ledgerRowToCase(r: LedgerRow, ctx: LedgerContext): LedgerCase {
  // a masked export (张*, 138****5678) cannot come back: say so once instead of a format error per field
  const masked = ([r.信访人, r.联系电话, r.身份证号] as string[]).some((v) => v.includes('*'));
  const checked = checkCaseInput(
    {
      date: r.登记日期, channel: r.渠道, source: r.来源, docNo: r.交办文号, name: r.信访人,
      phone: masked ? '' : r.联系电话, idNumber: masked ? '' : r.身份证号, address: r.住址, persons: r.人数, region: r.涉及地区, category: r.问题类别,
      summary: r.内容摘要, demands: r.诉求, tags: r.标签,
    },
    ctx.config,
    ctx.today,
  );
  const p = new Problems();
  if (masked) p.list.push(msg('cases.importMasked'));
  p.list.push(...checked.problems);
  const f: CaseFields = checked.fields;
  const status = ledgerStatus(r);
  const optDate = (v: string, what: string): ISODate | null => (v ? p.check(() => checkPastDate(v, ctx.today, what), null) : null);
  const need = (cond: boolean, problem: string) => {
    if (!cond) p.list.push(problem);
  };

  const accepted = optDate(r.受理日期, '受理日期');
  const closed = optDate(r.办结日期, '办结日期');
  const reply = optDate(r.答复日期, '答复日期');
  const unit = r.责任单位 ? p.check(() => pickName('责任单位', r.责任单位, everyName(ctx.config.units), ''), '') : '';
  const leader = r.包案领导 ? p.check(() => pickName('包案领导', r.包案领导, everyName(ctx.config.leaders), ''), '') : '';
  let due: ISODate | null = r.办理期限 ? p.check(() => parseDate(r.办理期限, '办理期限'), null) : null;
  const result = r.办理结果 && status !== '不予受理'
    ? p.check(() => oneOf<CaseResult>(r.办理结果, CASE_RESULTS, '办理结果'), null) : null;
  const satisfaction = r.满意度 ? p.check(() => oneOf<Satisfaction>(r.满意度, SATISFACTIONS, '满意度'), null) : null;

  const assigned = ['办理中', '已办结', '已评价', '复查中', '复核中'].includes(status);
  const finished = ['已办结', '已评价', '复查中', '复核中'].includes(status);
  const implied = STATUS_NEEDS[status];
  if (implied) {
    const missing = implied.columns.filter((h) => !r[h]);
    need(missing.length === 0, msg('cases.importStatusNeeds', { because: implied.because, columns: missing.join('、') }));
  }
  need(!r.办理结果 || finished || status === '不予受理', msg('cases.importResultWithoutClosed'));
  need(!r.受理日期 || status !== '不予受理', msg('cases.importRejectedAccepted'));
  // a number in the store's own format names its year: the store files it under the year of receipt and numbers on from there
  const numbered = r.编号 ? parseCaseNumber(r.编号, ctx.config.settings.caseNumberFormat) : null;
  if (numbered && isValidDate(r.登记日期) && numbered.year !== yearOf(r.登记日期)) {
    p.list.push(msg('cases.importNumberYear', { no: r.编号, year: numbered.year, date: r.登记日期 }));
  }
  if (accepted && accepted < f.receivedDate) p.list.push(msg('cases.importAcceptedBeforeReceived', { accepted, received: f.receivedDate }));
  if (closed && accepted && closed < accepted) p.list.push(msg('cases.importClosedBeforeAccepted', { closed, accepted }));
  if (reply && accepted && reply < accepted) p.list.push(msg('cases.importReplyBeforeAccepted', { reply, accepted }));
  if (due && accepted && due < accepted) p.list.push(msg('cases.importDueBeforeAccepted', { due, accepted }));
  let dueProvisional = false;
  if (!due && assigned && accepted && p.ok) {
    const limit = deadlineAfter(ctx.config.settings, ctx.calendar, accepted, ctx.config.settings.handleDays);
    [due, dueProvisional] = [limit.date, limit.provisional];
  }

  const rejectReason = status === '不予受理' ? r.办理结果.slice(REJECTED_PREFIX.length).replace(/^[：:]\s*/, '') : '';
  need(status !== '不予受理' || rejectReason !== '', msg('cases.importRejectedReason'));
  const c: Case = {
    no: r.编号,
    ...f,
    reception: receptionFor(ctx.config.roster, f.channel, f.receivedDate),
    repeatOf: [],
    status,
    acceptedDate: accepted,
    rejectReason,
    unit,
    leader,
    dueDate: assigned ? due : null,
    ...(assigned && dueProvisional ? { dueProvisional: true } : {}),
    extension: null,
    closedDate: finished ? closed : null,
    result: finished ? result : null,
    replyDate: reply,
    satisfaction,
    history: [],
  };
  applyAfterReplyCells(r, c, ctx, p);
  c.history = importedHistory(c, status === '不予受理' ? (closed ?? f.receivedDate) : null);
  return { case: c, problems: p.list, warnings: checked.warnings };
}

/** The steps an imported row implies, dated by its columns. */
function importedHistory(c: Case, rejectedOn: ISODate | null): HistoryEntry[] {
  const h: HistoryEntry[] = [{ date: c.receivedDate, action: '登记', note: `${c.channel}（由台账导入）` }];
  if (rejectedOn) h.push({ date: rejectedOn, action: '不予受理', note: c.rejectReason });
  if (c.acceptedDate) h.push({ date: c.acceptedDate, action: '受理', note: '予以受理' });
  if (c.unit && c.acceptedDate) {
    const who = c.leader ? `，包案领导${c.leader}` : '';
    h.push({ date: c.acceptedDate, action: '交办', note: `交办${c.unit}${who}，办理期限${c.dueDate ?? ''}` });
  }
  if (c.closedDate) h.push({ date: c.closedDate, action: '办结', note: `办结，结果：${c.result}，答复日期${c.replyDate ?? c.closedDate}` });
  const rated = [c.closedDate, c.replyDate].filter((d): d is ISODate => !!d).sort().pop();
  if (c.satisfaction) h.push({ date: rated ?? c.receivedDate, action: '评价', note: `信访人评价：${c.satisfaction}` });
  return [...h, ...afterReplyHistory(c)].sort((a, b) => a.date.localeCompare(b.date)); // stable: same-day steps keep their order
}
