// The shapes every layer shares. Dates are 'YYYY-MM-DD' strings, months 'YYYY-MM'.
// The store validates these shapes at run time (src/store/schema.ts); keep both in step.
import type { RulePattern } from './roster/kinds/index.js';

export type ISODate = string;
export type ISOMonth = string;

export interface AwayPeriod {
  from: ISODate;
  to: ISODate;
  reason: string;
}

/** A bureau leader. The array order in Config.leaders is the rotation order. */
export interface Leader {
  name: string;
  title: string;
  portfolio: string;
  phone: string;
  active: boolean;
  away: AwayPeriod[];
}

/** 信访干部: petition staff who assist on reception days. Array order is their rotation order. */
export interface Staff {
  name: string;
  phone: string;
  active: boolean;
}

export const UNIT_KINDS = ['科室', '县区', '学校'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** 科室 = responsible office; 县区 = region (county/district); 学校 = school (市直属学校). */
export interface Unit {
  name: string;
  kind: UnitKind;
  active: boolean;
}

export interface Category {
  name: string;
  active: boolean;
}

/** 来源: who a case came from; group is how the annual summary groups sources (上级转办, 市长信箱, 本级受理…). */
export interface Source {
  name: string;
  group: string;
  active: boolean;
}

export const RULE_KINDS = ['接访', '下访'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const SHIFT_POLICIES = ['next', 'previous', 'skip'] as const;
export type ShiftPolicy = (typeof SHIFT_POLICIES)[number];
/** How a roster rule picks its days: each pattern kind is declared in src/domain/roster/kinds/ (one file each). */
export type { RulePattern } from './roster/kinds/index.js';

export interface RosterRule {
  id: number;
  kind: RuleKind;
  pattern: RulePattern;
  shift: ShiftPolicy;
  location: string;
  time: string;
}

/** One day on the published roster. Leader and staff are names; the leader's details are looked up when shown. */
export interface RosterSlot {
  date: ISODate;
  weekday: number; // 1 = Monday … 7 = Sunday
  kind: RuleKind;
  ruleId: number;
  leader: string;
  staff: string[];
  location: string;
  time: string;
  shiftedFrom: ISODate | null;
  note: string;
  /** The leader the rotation planned, kept when a swap or assignment put someone else on the day: the rotation
   *  continues from the plan, so one swap does not shift everyone's turns after it. */
  plannedLeader?: string;
}

export interface RosterPeriod {
  year: number;
  month: number | null; // null = the whole year was generated at once
  generatedAt: ISODate;
}

export interface Roster {
  periods: RosterPeriod[];
  slots: RosterSlot[]; // sorted by date, then kind, then ruleId
  changes: { date: ISODate; at: ISODate; what: string; reason: string }[];
}

/** An operator's calendar entry; it wins over the chinese-days package. */
export interface CalendarEntry {
  date: ISODate;
  off: boolean;
  name: string;
}

export interface Settings {
  caseNumberFormat: string; // e.g. '{year}-{seq:4}'
  deadlineDays: 'calendar' | 'working';
  acceptDays: number; // 15
  handleDays: number; // 60
  maxExtensionDays: number; // 30
  /** false: a calendar-day deadline ending on a rest day stays there instead of moving to the next working day. */
  lastDayRollover?: boolean;
  /** Bookings one leader's reception day may hold before the clerk is warned (absent: the default of 10). */
  visitLimit?: number;
  /** In a data folder only: the PostgreSQL ledger the folder points to (config set store); absent: the folder itself. */
  store?: string;
}

export interface Org {
  name: string;
  /** 发文机关 written at the end of documents; defaults to the org name. */
  issuer: string;
}

/** Official letters (告知书, 交办单 …): the 文号 format, the 机关代字 in it, and the last number per year and kind. */
export interface LetterSettings {
  numberFormat: string; // e.g. '{org}{code}〔{year}〕{seq}号'
  orgCode: string; // 机关代字, e.g. 示教
  /** 'YEAR/KIND' → the last number issued. */
  seq: Record<string, number>;
}

export interface Config {
  schemaVersion: number;
  org: Org;
  settings: Settings;
  leaders: Leader[];
  staff: Staff[];
  units: Unit[];
  categories: Category[];
  sources: Source[];
  rosterRules: RosterRule[];
  calendar: CalendarEntry[];
  /** Years the operator confirmed as complete (calendar confirm), though a holiday has no day off entered. */
  calendarConfirmed?: number[];
  roster: Roster;
  /** Absent until the first letter or letter setting. */
  letters?: LetterSettings;
}

// ---- cases ----

export const CHANNELS = ['来信', '来访', '网上', '来电'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = ['登记', '已受理', '不予受理', '办理中', '已办结', '已评价', '复查中', '复核中'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_RESULTS = ['解决', '部分解决', '解释疏导', '不予支持'] as const;
export type CaseResult = (typeof CASE_RESULTS)[number];

export const SATISFACTIONS = ['满意', '基本满意', '不满意'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export interface Petitioner {
  name: string;
  phone: string;
  idNumber: string;
  address: string;
}

export interface HistoryEntry {
  date: ISODate;
  action: string; // 登记 受理 不予受理 交办 进展 延期 办结 评价 复查 复核 化解 终结 改派 更正 撤销 文书 …
  note: string;
  /** Who recorded it (the operator's account), for corrections and the steps after them. */
  by?: string;
  /** The case fields as they were before this step, so `case undo` can take it back. */
  before?: Partial<Case>;
  /** Taken back by a later 撤销 entry (kept, not erased). */
  undone?: boolean;
}

/** 初信初访: a person's first petition on a matter; 重复信访: a later one on the same matter. */
export const PETITION_KINDS = ['初信初访', '重复信访'] as const;
export type PetitionKind = (typeof PETITION_KINDS)[number];

export const REVIEW_LEVELS = ['复查', '复核'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

/** A request for 复查 or 复核 after the written reply (信访工作条例 art. 35), with its own deadline and reply. */
export interface Review {
  level: ReviewLevel;
  date: ISODate;
  body: string;
  /** Why a request after the 30-day window was recorded anyway; '' when it came in time. */
  late: string;
  dueDate: ISODate;
  closedDate: ISODate | null;
  result: CaseResult | null;
  replyDate: ISODate | null;
}

export interface Case {
  no: string;
  receivedDate: ISODate;
  channel: Channel;
  source: string;
  docNo: string; // 上级交办文号
  petitioner: Petitioner;
  persons: number;
  region: string; // a Unit of kind 县区 or 学校
  category: string;
  tags: string[];
  summary: string;
  demands: string;
  /** The roster slot a 来访 came in on: the date and the leader who received it. */
  reception: { date: ISODate; leader: string } | null;
  repeatOf: string[];
  status: CaseStatus;
  acceptedDate: ISODate | null;
  rejectReason: string;
  unit: string; // 责任单位
  leader: string; // 包案领导
  dueDate: ISODate | null;
  /** dueDate is the statutory limit counted Monday–Friday into a year not yet entered; counted again once it is. */
  dueProvisional?: boolean;
  extension: { days: number; reason: string; date: ISODate } | null;
  closedDate: ISODate | null;
  result: CaseResult | null;
  replyDate: ISODate | null;
  satisfaction: Satisfaction | null;
  history: HistoryEntry[];
  /** The representatives a group of more than 5 persons named (at most 5). */
  representatives?: string[];
  reviews?: Review[];
  /** 化解 (息诉罢访): the matter is settled, not only the case closed. */
  resolution?: { date: ISODate; note: string } | null;
  /** 终结认定: the finding that ends the matter, with its 文号. */
  termination?: { date: ISODate; docNo: string } | null;
  /** As judged at registration (or given by an imported ledger); absent: judged from the linked cases. */
  petitionKind?: PetitionKind;
  /** The booking (预约接访 / 约访) this visit was registered from, when there was one. */
  visit?: string;
}
