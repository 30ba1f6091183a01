// Registration (登记): the raw fields of a new case checked all at once, the reception slot it came in on, and the
// new Case record.
import {
  Problems,
  checkCategory,
  checkChannel,
  checkIdNumber,
  checkPastDate,
  checkPersons,
  checkPhone,
  checkRegion,
  checkSource,
  checkTags,
  personsWarning,
  requireText,
  TEXT_LIMITS,
} from './validate.js';
import { checkRepresentatives, needsRepresentatives } from './representatives.js';
import { cleanParagraph, cleanText } from '../common/text.js';
import type { Case, Channel, Config, ISODate, Roster } from '../model.js';

/** What the operator types (flags, prompts) or a ledger row holds: all text, all optional until checked. */
export interface CaseInput {
  date?: string;
  channel?: string;
  source?: string;
  docNo?: string;
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  persons?: string | number;
  region?: string;
  category?: string;
  summary?: string;
  demands?: string;
  tags?: string | string[];
  /** Names of the representatives of a group of more than five. */
  representatives?: string | string[];
}

/** The fields a registration cannot do without (the date defaults to today at the command line). */
export const REQUIRED_CASE_FIELDS = ['date', 'channel', 'source', 'name', 'region', 'category', 'summary'] as const;
export type RequiredCaseField = (typeof REQUIRED_CASE_FIELDS)[number];

export function missingCaseFields(input: CaseInput): RequiredCaseField[] {
  return REQUIRED_CASE_FIELDS.filter((f) => String(input[f] ?? '').trim() === '');
}

export type CaseFields = Pick<
  Case,
  'receivedDate' | 'channel' | 'source' | 'docNo' | 'petitioner' | 'persons' | 'region' | 'category' | 'tags' | 'summary' | 'demands'
  | 'representatives'
>;

export interface CheckedCase {
  fields: CaseFields;
  problems: string[];
  warnings: string[];
}

/** Checks every field and reports every problem; `fields` is only meaningful when `problems` is empty. */
export function checkCaseInput(input: CaseInput, config: Config, today: ISODate): CheckedCase {
  const p = new Problems();
  const persons = p.check(() => checkPersons(input.persons), 1);
  const fields: CaseFields = {
    receivedDate: p.check(() => checkPastDate(input.date ?? '', today, '登记日期'), today),
    channel: p.check(() => checkChannel(input.channel ?? ''), '来信' as Channel),
    source: p.check(() => checkSource(config, input.source ?? ''), ''),
    docNo: p.check(() => cleanText(input.docNo ?? '', '交办文号', TEXT_LIMITS.docNo, true), ''),
    petitioner: {
      name: p.check(() => cleanText(input.name, '信访人姓名', TEXT_LIMITS.name), ''),
      phone: p.check(() => checkPhone(input.phone ?? ''), ''),
      idNumber: p.check(() => checkIdNumber(input.idNumber ?? '', today), ''),
      address: p.check(() => cleanParagraph(input.address, '住址', TEXT_LIMITS.address), ''),
    },
    persons,
    region: p.check(() => checkRegion(config, input.region ?? ''), ''),
    category: p.check(() => checkCategory(config, input.category ?? ''), ''),
    tags: p.check(() => checkTags(input.tags), []),
    summary: p.check(() => requireText(input.summary, '内容摘要', TEXT_LIMITS.summary), ''),
    demands: p.check(() => cleanParagraph(input.demands, '诉求', TEXT_LIMITS.demands), ''),
  };
  const representatives = p.check(() => checkRepresentatives(input.representatives, persons), []);
  if (representatives.length) fields.representatives = representatives;
  const warn = needsRepresentatives(persons, representatives) ? personsWarning(persons) : null;
  return { fields, problems: p.list, warnings: warn ? [warn] : [] };
}

/** The leader receiving on that date, for a 来访 that arrived on a roster day (接访 preferred over 下访). */
export function receptionFor(roster: Roster, channel: Channel, date: ISODate): { date: ISODate; leader: string } | null {
  if (channel !== '来访') return null;
  const slots = roster.slots.filter((s) => s.date === date && s.leader);
  const slot = slots.find((s) => s.kind === '接访') ?? slots[0];
  return slot ? { date, leader: slot.leader } : null;
}

/** A fresh case in status 登记 with its first history entry. */
export function newCase(
  no: string,
  fields: CaseFields,
  links: { reception: Case['reception']; repeatOf: string[] },
): Case {
  const note = links.reception ? `${fields.channel}，接待领导${links.reception.leader}` : fields.channel;
  return {
    no,
    ...fields,
    reception: links.reception,
    repeatOf: links.repeatOf,
    status: '登记',
    acceptedDate: null,
    rejectReason: '',
    unit: '',
    leader: '',
    dueDate: null,
    extension: null,
    closedDate: null,
    result: null,
    replyDate: null,
    satisfaction: null,
    history: [{ date: fields.receivedDate, action: '登记', note }],
  };
}
