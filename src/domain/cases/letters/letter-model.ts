// One letter as a model: title, 文号, addressee, paragraphs and an optional table of items, signature. Wording comes
// from templates/letters/<kind>.json; the renderer (src/render/letter-doc.ts) lays it out as a GB/T 9704 document.
import { InputError } from '../../../errors.js';
import { maskCase } from '../repeat.js';
import type { Case, ISODate } from '../../model.js';
import { fill, type Values, type Wording } from '../../common/wording.js';
import type { LetterContext, LetterKind, LetterKindName } from './letter-kind.js';
import { msg } from '../../messages/index.js';

export interface LetterModel {
  kind: LetterKindName;
  title: string;
  docNo: string;
  addressee: string;
  paragraphs: string[];
  /** [item, content] rows (交办单, 督办单); [] for a plain letter. */
  table: [string, string][];
  tableColumns: [string, string];
  after: string[];
  issuer: string;
  date: ISODate;
}

/** The values every letter may use. */
function commonValues(c: Case, kind: LetterKind, ctx: LetterContext): Values {
  const shown = kind.to === 'petitioner' || ctx.showPii ? c : maskCase(c);
  const f = ctx.formatDate;
  return {
    no: c.no,
    name: shown.petitioner.name,
    phone: shown.petitioner.phone || '—',
    address: shown.petitioner.address || '—',
    persons: c.persons,
    representatives: shown.representatives?.join('、') || '—',
    channel: c.channel,
    source: c.source,
    receivedDate: f(c.receivedDate),
    summary: c.summary,
    demands: c.demands || '—',
    region: c.region,
    category: c.category,
    unit: c.unit,
    leader: c.leader,
    org: ctx.config.org.name,
    issuer: ctx.config.org.issuer || ctx.config.org.name,
    date: f(ctx.date),
  };
}

function filled(w: Wording, path: string, values: Values): string[] {
  return w.list(path).map((p, i) => fill(p, values, `${w.file} 的 ${path}[${i}]`));
}

/** The template's [item, content] pairs, e.g. [["信访件编号", "{no}"], …]. */
function pairs(w: Wording, values: Values): [string, string][] {
  const t = (w.template as Record<string, unknown>).table;
  if (t === undefined) return [];
  if (!Array.isArray(t) || !t.every((r) => Array.isArray(r) && r.length === 2 && r.every((x) => typeof x === 'string'))) {
    throw new InputError(msg('cases.letterTemplateTable', { file: w.file }));
  }
  return (t as [string, string][]).map(([k, v], i) => [k, fill(v, values, `${w.file} 的 table[${i}]`)]);
}

/** Checks the case may have the letter, then builds it. `docNo` is the letter's number (taken by the caller). */
export function buildLetter(c: Case, kind: LetterKind, w: Wording, ctx: LetterContext, docNo: string): LetterModel {
  kind.check(c, ctx);
  const values: Values = { ...commonValues(c, kind, ctx), ...kind.values(c, ctx, w), docNo };
  const cols = w.list('tableColumns');
  return {
    kind: kind.kind,
    title: w.text('title', values),
    docNo,
    addressee: w.text('addressee', values),
    paragraphs: filled(w, kind.paragraphs?.(c) ?? 'paragraphs', values),
    table: pairs(w, values),
    tableColumns: [cols[0] ?? '项目', cols[1] ?? '内容'],
    after: filled(w, 'after', values),
    issuer: values.issuer as string,
    date: ctx.date,
  };
}

/** The line the case's history keeps for a letter. */
export function letterHistoryNote(kind: LetterKindName, docNo: string): string {
  return `出具${kind}（${docNo}）`;
}

/**
 * The 文号 a letter of this kind already has when issuing it again is a reprint: the last one in the case's history,
 * when no step since has given it something new to say (its kind's renewedBy; and, for a kind issued anew each day
 * such as the 督办单, it was issued the same day). null: a new letter, to be numbered.
 */
export function reprintNumber(c: Case, kind: LetterKind, date: ISODate): string | null {
  const prefix = `出具${kind.kind}（`;
  for (let i = c.history.length - 1; i >= 0; i--) {
    const h = c.history[i];
    if (h.undone) continue;
    if (h.action === '文书' && h.note.startsWith(prefix) && h.note.endsWith('）')) {
      if (kind.newEachDay && h.date !== date) return null;
      const docNo = h.note.slice(prefix.length, -1);
      return docNo || null;
    }
    if (kind.renewedBy.includes(h.action)) return null;
  }
  return null;
}
