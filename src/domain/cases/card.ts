// The case card (一案一卡 with the 信访接待登记表 fields): one model, shown in the terminal by `case show` and
// written as .docx by `case card`. Wording comes from templates/case-card.json.
import { daysLeftText, markProvisional, type DueStage } from './deadlines.js';
import { maskPetitioner } from './repeat.js';
import { diffDays } from '../common/dates.js';
import type { Case, ISODate, Leader, RosterSlot } from '../model.js';
import type { Wording } from '../common/wording.js';

export interface CaseCardModel {
  no: string;
  title: string;
  subtitle: string;
  headings: { form: string; card: string; history: string };
  pairColumns: [string, string];
  historyColumns: [string, string, string];
  form: [string, string][];
  card: [string, string][];
  history: [string, string, string][];
  /** Signature lines with a date to fill in ("信访人（签字）：　　年　月　日"). */
  signLines: string[];
}

export interface CardOptions {
  today: ISODate;
  /** The deadline the case runs against now (currentDeadline), or null. */
  deadline: { stage: DueStage; deadline: ISODate; provisional?: boolean } | null;
  showPii: boolean;
  leaders: Leader[];
  /** The roster's slots: the 信访干部 on duty on the day of the visit are the 接待人. */
  slots: readonly RosterSlot[];
  /** ISO for the terminal, 2026年3月2日 for documents. */
  formatDate: (d: ISODate) => string;
}

function progressText(c: Case, w: Wording, o: CardOptions): string {
  const f = o.formatDate;
  const left = o.deadline ? daysLeftText(diffDays(o.today, o.deadline.deadline)) : '';
  const deadline = o.deadline ? markProvisional(f(o.deadline.deadline), o.deadline.provisional === true) : '';
  switch (c.status) {
    case '登记':
      return w.text('values.registered', { deadline, left });
    case '已受理':
      return w.text('values.accepted', { deadline, left });
    case '办理中':
      return w.text('values.handling', { deadline, left });
    case '不予受理':
      return w.text('values.rejected', { reason: c.rejectReason });
    case '已办结':
    case '已评价':
      return w.text(c.satisfaction ? 'values.rated' : 'values.closed', {
        result: c.result ?? '',
        replyDate: c.replyDate ? f(c.replyDate) : '',
        satisfaction: c.satisfaction ?? '',
      });
    case '复查中':
    case '复核中':
      return w.text('values.reviewing', { level: c.status.slice(0, 2), deadline, left });
  }
}

/** What happened after the reply: each review and its opinion, 化解, 终结认定 ('' when nothing). */
function afterReplyText(c: Case, w: Wording, f: (d: ISODate) => string): string {
  const lines = (c.reviews ?? []).map((r) =>
    r.replyDate
      ? w.text('values.reviewDone', { level: r.level, date: f(r.date), result: r.result ?? '', replyDate: f(r.replyDate) })
      : w.text('values.reviewAsked', { level: r.level, date: f(r.date), due: f(r.dueDate) }),
  );
  if (c.resolution) lines.push(w.text('values.resolved', { date: f(c.resolution.date) }));
  if (c.termination) lines.push(w.text('values.terminated', { date: f(c.termination.date), docNo: c.termination.docNo }));
  return lines.join('\n');
}

/** Corrections name who made them; a step taken back says so. */
const NAMED_ACTIONS: ReadonlySet<string> = new Set(['更正', '撤销', '改派']);

export function caseCard(c: Case, w: Wording, o: CardOptions): CaseCardModel {
  const f = o.formatDate;
  const empty = w.text('empty');
  const or = (s: string) => (s.trim() ? s : empty);
  const p = o.showPii ? c.petitioner : maskPetitioner(c.petitioner);
  const label = (path: string) => w.text(path);
  const titleOf = (name: string) => o.leaders.find((l) => l.name === name)?.title ?? '';
  const title = titleOf(c.leader);

  const form: [string, string][] = [
    [label('form.receivedDate'), f(c.receivedDate)],
    [label('form.channel'), c.channel],
    [label('form.source'), c.source],
    [label('form.docNo'), or(c.docNo)],
    [label('form.name'), or(p.name)],
    [label('form.phone'), or(p.phone)],
    [label('form.idNumber'), or(p.idNumber)],
    [label('form.address'), or(p.address)],
    [label('form.persons'), w.text('values.persons', { persons: c.persons })],
    ...(c.representatives?.length ? [[label('form.representatives'), c.representatives.join('、')] as [string, string]] : []),
    [label('form.region'), c.region],
    [label('form.category'), c.category],
    [label('form.tags'), or(c.tags.join('、'))],
    [label('form.reception'), c.reception ? w.text('values.reception', { leader: c.reception.leader, title: titleOf(c.reception.leader), date: f(c.reception.date) }) : empty],
    [label('form.receiver'), staffOnDuty(o.slots, c.reception?.date ?? c.receivedDate).join('、') || empty],
    [
      label('form.repeatOf'),
      c.repeatOf.length ? w.text('values.repeatOf', { count: c.repeatOf.length, list: c.repeatOf.join('、') }) : w.text('values.notRepeat'),
    ],
  ];

  const measures = c.history.filter((h) => h.action === '进展').map((h) => `${f(h.date)} ${h.note}`);
  // a due date stored while provisional is shown as counted now (exact once its year is entered)
  const running = c.dueProvisional && o.deadline?.stage === '办理' ? o.deadline : null;
  const dueText = c.dueDate ? markProvisional(f(running ? running.deadline : c.dueDate), running?.provisional === true) : '';
  const due = c.dueDate
    ? c.extension
      ? w.text('values.extended', { due: dueText, days: c.extension.days, reason: c.extension.reason })
      : dueText
    : empty;
  const card: [string, string][] = [
    [label('card.summary'), c.summary],
    [label('card.demands'), or(c.demands)],
    [label('card.leader'), c.leader ? w.text('values.leader', { leader: c.leader, title, unit: c.unit }) : w.text('values.notAssigned')],
    [label('card.dueDate'), due],
    [label('card.progress'), [progressText(c, w, o), afterReplyText(c, w, f)].filter(Boolean).join('\n')],
    [label('card.measures'), measures.length ? measures.join('\n') : w.text('values.noNews')],
    [label('card.instructions'), w.text('values.instructions')],
    [label('card.petitioner'), c.satisfaction ? w.text('values.satisfaction', { satisfaction: c.satisfaction }) : w.text('values.noNews')],
  ];

  return {
    no: c.no,
    title: w.text('title'),
    subtitle: w.text('subtitle', { no: c.no }),
    headings: { form: w.text('formHeading'), card: w.text('cardHeading'), history: w.text('historyHeading') },
    pairColumns: [w.text('pairColumns.0'), w.text('pairColumns.1')],
    historyColumns: [w.text('historyColumns.0'), w.text('historyColumns.1'), w.text('historyColumns.2')],
    form,
    card,
    history: c.history.map((h) => [
      f(h.date),
      h.undone ? w.text('values.undone', { action: h.action }) : h.action,
      h.note.replace(/\d{4}-\d{2}-\d{2}/g, f) + (h.by && NAMED_ACTIONS.has(h.action) ? w.text('values.by', { by: h.by }) : ''),
    ]),
    signLines: w.list('signLines'),
  };
}

/** The 信访干部 of the roster on that day (none when it was not a reception day). */
export function staffOnDuty(slots: readonly RosterSlot[], date: ISODate): string[] {
  return [...new Set(slots.filter((s) => s.date === date).flatMap((s) => s.staff))];
}
