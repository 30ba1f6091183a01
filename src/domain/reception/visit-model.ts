// Appointments (预约接访 / 约访), the notices given, and the record of each reception day. Stored per year of the
// day concerned in visits/YYYY.json (src/store/visits-repo.ts), apart from config.json and the case files.
import type { ISODate, RuleKind } from '../model.js';

/** 预约接访: booked onto a roster reception day; 约访: a leader's own appointment outside the roster. */
export const VISIT_KINDS = ['预约接访', '约访'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** 已预约 → 已来访 (registered as a case) | 未到 (the day was closed without them) | 已取消. */
export const VISIT_STATUSES = ['已预约', '已来访', '未到', '已取消'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export interface Visit {
  id: string; // Y2027-001
  kind: VisitKind;
  date: ISODate;
  leader: string;
  location: string;
  time: string;
  /** The petition staff member on the day (the notice's contact), when the roster names one. */
  staff: string;
  name: string;
  phone: string;
  summary: string;
  persons: number;
  /** The representatives a group of more than five named when booking (at most five); absent when none. */
  representatives?: string[];
  bookedOn: ISODate;
  status: VisitStatus;
  /** The day the written notice (接访通知书) was given; null until then, and again after a move. */
  noticeGiven: ISODate | null;
  /** The case this visit was registered as (case add --visit). */
  caseNo: string | null;
  history: { date: ISODate; action: string; note: string }[];
}

/** The record of one reception day: held (with a note) or not held (with the reason). */
export interface ReceptionRecord {
  date: ISODate;
  held: boolean;
  /** The leaders on the day's 接访 slots when it was closed. */
  leaders: string[];
  note: string;
  reason: string;
  closedOn: ISODate;
}

/** A leader told of their slot (two working days ahead). */
export interface LeaderNotice {
  date: ISODate;
  kind: RuleKind;
  leader: string;
  givenOn: ISODate;
}

/** visits/YYYY.json: everything of the reception days of one year. */
export interface VisitYear {
  schemaVersion: number;
  year: number;
  nextSeq: number;
  visits: Visit[];
  days: ReceptionRecord[];
  leaderNotices: LeaderNotice[];
}

/** A booking still expected on its day. */
export const isActive = (v: Visit): boolean => v.status === '已预约';
