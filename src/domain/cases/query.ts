// Choosing cases for `case list`: the filters, checked, and applied.
import { petitionKind, type PetitionKind } from './backlog.js';
import { byReceivedThenNumber } from '../common/case-order.js';
import { oneOf } from '../common/text.js';
import { CASE_STATUSES } from '../model.js';
import type { Case, CaseStatus } from '../model.js';

export interface CaseFilter {
  status?: CaseStatus;
  unit?: string;
  leader?: string;
  /** Only 初信初访 or only 重复信访 (a later case of the same person on the same matter). */
  kind?: PetitionKind;
}

/** Statuses whose cases are all in the open-cases file, whatever year they came in. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['登记', '已受理', '办理中', '复查中', '复核中'];

export function checkStatus(raw: string): CaseStatus {
  return oneOf<CaseStatus>(raw, CASE_STATUSES, '状态（--status）');
}

/** `linkedOf` gives the cases a case's repeatOf names (needed for `kind`). */
export function filterCases(cases: Case[], f: CaseFilter, linkedOf: (c: Case) => Case[] = () => []): Case[] {
  return cases
    .filter(
      (c) =>
        (!f.status || c.status === f.status) &&
        (!f.unit || c.unit === f.unit) &&
        (!f.leader || c.leader === f.leader) &&
        (!f.kind || petitionKind(c, linkedOf(c)) === f.kind),
    )
    .sort(byReceivedThenNumber);
}
