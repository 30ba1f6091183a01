// `case edit`: corrects registration fields with the same checks as `case add`, always with a reason, and says
// in the history who changed what from what to what (petitioner data masked there, as everywhere it is shown).
import { InputError } from '../../errors.js';
import { maskAddress, maskIdNumber, maskName, maskPhone } from './repeat.js';
import { checkCaseInput, receptionFor, type CaseFields, type CaseInput } from './register.js';
import { requireText, TEXT_LIMITS } from './validate.js';
import { stepsInForce } from './workflow.js';
import { yearOf } from '../common/dates.js';
import type { Case, Config, HistoryEntry, ISODate } from '../model.js';
import { msg } from '../messages/index.js';

/** The fields `case edit` corrects: the input key, its words, and how its value shows in the history. */
export const EDIT_FIELDS: { key: keyof CaseInput & string; label: string; show?: (v: string) => string }[] = [
  { key: 'date', label: '登记日期' },
  { key: 'channel', label: '渠道' },
  { key: 'source', label: '来源' },
  { key: 'docNo', label: '交办文号' },
  { key: 'name', label: '信访人姓名', show: maskName },
  { key: 'phone', label: '联系电话', show: maskPhone },
  { key: 'idNumber', label: '身份证号', show: maskIdNumber },
  { key: 'address', label: '住址', show: maskAddress },
  { key: 'persons', label: '人数' },
  { key: 'representatives', label: '代表', show: (v) => v.split('、').map(maskName).join('、') },
  { key: 'region', label: '涉及地区' },
  { key: 'category', label: '问题类别' },
  { key: 'summary', label: '内容摘要' },
  { key: 'demands', label: '诉求' },
  { key: 'tags', label: '标签' },
];

/** The registration of a case as the text a clerk would type (the inverse of checkCaseInput). */
export function caseAsInput(c: Case): Required<CaseInput> {
  return {
    date: c.receivedDate,
    channel: c.channel,
    source: c.source,
    docNo: c.docNo,
    name: c.petitioner.name,
    phone: c.petitioner.phone,
    idNumber: c.petitioner.idNumber,
    address: c.petitioner.address,
    persons: String(c.persons),
    representatives: (c.representatives ?? []).join('、'),
    region: c.region,
    category: c.category,
    summary: c.summary,
    demands: c.demands,
    tags: c.tags.join('、'),
  };
}

/** The configuration with the names this case already uses counted as active: an unchanged field is not re-judged. */
function acceptingCurrent(config: Config, c: Case): Config {
  const keep = <T extends { name: string; active: boolean }>(list: T[], name: string) => list.map((e) => (e.name === name ? { ...e, active: true } : e));
  return { ...config, units: keep(config.units, c.region), categories: keep(config.categories, c.category), sources: keep(config.sources, c.source) };
}

export interface EditContext {
  config: Config;
  today: ISODate;
  by?: string;
}

const text = (v: unknown) => String(v ?? '').trim();

export function editCase(c: Case, changes: CaseInput, reasonRaw: string | undefined, ctx: EditContext): { case: Case; warnings: string[] } {
  const given = EDIT_FIELDS.filter((f) => changes[f.key] !== undefined);
  if (given.length === 0) {
    throw new InputError(msg('cases.editNothingGiven', { fields: EDIT_FIELDS.map((f) => `--${kebab(f.key)}（${f.label}）`).join('、') }));
  }
  const reason = requireText(reasonRaw, '更正原因（--reason）', TEXT_LIMITS.reason);
  const before = caseAsInput(c);
  const merged: CaseInput = { ...before, ...Object.fromEntries(given.map((f) => [f.key, changes[f.key]])) };
  const checked = checkCaseInput(merged, acceptingCurrent(ctx.config, c), ctx.today);
  if (checked.problems.length) throw new InputError(checked.problems.join('；'));
  const f: CaseFields = checked.fields;
  checkReceivedDate(c, f.receivedDate);

  const after = caseAsInput({ ...c, ...f, representatives: f.representatives ?? [] });
  const parts = EDIT_FIELDS.filter((x) => text(before[x.key]) !== text(after[x.key])).map((x) => {
    const show = (v: unknown) => (text(v) ? (x.show ?? String)(text(v)) : '（空）');
    return `${x.label}：${show(before[x.key])}→${show(after[x.key])}`;
  });
  if (parts.length === 0) throw new InputError(msg('cases.editNoChange', { no: c.no }));

  const next: Case = { ...structuredClone(c), ...f };
  if (f.representatives === undefined) delete next.representatives;
  // a different person or matter is judged again from the linked cases
  if (['name', 'phone', 'idNumber', 'category', 'region'].some((k) => text(before[k as keyof CaseInput]) !== text(after[k as keyof CaseInput]))) delete next.petitionKind;
  if (f.receivedDate !== c.receivedDate || f.channel !== c.channel) {
    next.reception = receptionFor(ctx.config.roster, f.channel, f.receivedDate);
    if (next.history[0]?.action === '登记') next.history[0] = { ...next.history[0], date: f.receivedDate };
  }
  const entry: HistoryEntry = { date: ctx.today, action: '更正', note: `${parts.join('；')}；原因：${reason}` };
  if (ctx.by) entry.by = ctx.by;
  next.history.push(entry);
  return { case: next, warnings: checked.warnings };
}

/** The received date moves only within its year (numbers and files are per year) and not past the next step. */
function checkReceivedDate(c: Case, d: ISODate): void {
  if (d === c.receivedDate) return;
  if (yearOf(d) !== yearOf(c.receivedDate)) {
    throw new InputError(msg('cases.editReceivedOtherYear', { was: c.receivedDate, date: d }));
  }
  const nextStep = stepsInForce(c).find((h) => h.action !== '登记');
  if (nextStep && d > nextStep.date) {
    throw new InputError(msg('cases.editReceivedAfterStep', { date: d, action: nextStep.action, stepDate: nextStep.date }));
  }
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
}
