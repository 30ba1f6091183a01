// 初信初访, 重复信访 and 信访积案 (the 化解 work on old cases): closing a case (办结) is not settling the matter
// (化解). A matter is one person's petition about one problem; which case fields name the problem is data below.
import { samePetitioner } from './repeat.js';
import { byReceivedThenNumber } from '../common/case-order.js';
import { yearOf } from '../common/dates.js';
import type { Case, CaseStatus, ISODate, PetitionKind } from '../model.js';

/** The fields that make two cases of one person the same matter. */
export const MATTER_FIELDS = ['category', 'region'] as const satisfies readonly (keyof Case)[];

export function sameMatter(a: Case, b: Case): boolean {
  return MATTER_FIELDS.every((f) => a[f] === b[f]) && samePetitioner(a.petitioner, b.petitioner);
}

/** The earlier cases (among `linked`, the cases c.repeatOf names) on the same matter as c. */
export function earlierOnMatter(c: Case, linked: readonly Case[]): Case[] {
  return linked.filter((e) => c.repeatOf.includes(e.no) && e.no !== c.no && e.receivedDate <= c.receivedDate && sameMatter(c, e));
}

export type { PetitionKind };

/** As recorded on the case, else 重复信访 when the person petitioned on the same matter before, else 初信初访. */
export function petitionKind(c: Case, linked: readonly Case[]): PetitionKind {
  return c.petitionKind ?? (earlierOnMatter(c, linked).length ? '重复信访' : '初信初访');
}

const NOT_CLOSED: readonly CaseStatus[] = ['登记', '已受理', '办理中', '复查中', '复核中'];

export interface BacklogRow {
  case: Case;
  /** Why it is backlog: 未办结, 申请复查, 评价不满意, 重复信访 2027-0003 … */
  reasons: string[];
}

/**
 * 信访积案 on `today`: received before this year, neither 化解 nor 终结, and either still not closed, or followed
 * after its reply by a review request, a rating of 不满意, or a repeat petition on the same matter (案结事未了).
 * `all` is every case (the later repeats are found among them). Oldest first.
 */
export function backlogCases(all: readonly Case[], today: ISODate): BacklogRow[] {
  const byNo = new Map(all.map((c) => [c.no, c]));
  const laterRepeats = new Map<string, string[]>();
  for (const c of all) {
    for (const no of c.repeatOf) {
      const e = byNo.get(no);
      if (e && sameMatter(c, e) && (e.replyDate === null || c.receivedDate >= e.replyDate)) {
        laterRepeats.set(no, [...(laterRepeats.get(no) ?? []), c.no]);
      }
    }
  }
  const rows: BacklogRow[] = [];
  for (const c of all) {
    if (yearOf(c.receivedDate) >= yearOf(today) || c.resolution || c.termination || c.status === '不予受理') continue;
    const reasons: string[] = [];
    if (NOT_CLOSED.includes(c.status)) reasons.push(c.status === '复查中' || c.status === '复核中' ? c.status : '未办结');
    else {
      for (const r of c.reviews ?? []) reasons.push(`申请${r.level}`);
      if (c.satisfaction === '不满意') reasons.push('评价不满意');
    }
    const repeats = laterRepeats.get(c.no);
    if (repeats?.length) reasons.push(`重复信访 ${repeats.join('、')}`);
    if (reasons.length) rows.push({ case: c, reasons: [...new Set(reasons)] });
  }
  return rows.sort((a, b) => byReceivedThenNumber(a.case, b.case));
}

/** The earlier cases on the same matter that were already through 复核: a new petition may be refused (art. 35). */
export function reviewedBefore(c: Pick<Case, 'category' | 'region' | 'petitioner' | 'receivedDate'>, earlier: readonly Case[]): Case[] {
  return earlier.filter((e) => MATTER_FIELDS.every((f) => e[f] === c[f]) && samePetitioner(e.petitioner, c.petitioner) && (e.reviews ?? []).some((r) => r.level === '复核'));
}
