// Case numbers from settings.caseNumberFormat, e.g. '{year}-{seq:4}' → 2026-0001; numbers run gap-free per year.
import { InputError } from '../../errors.js';
import { msg } from '../messages/index.js';

const TOKEN_RE = /\{(year|yy|seq)(?::(\d))?\}/g;

export function checkCaseNumberFormat(format: string): string {
  const tokens = [...format.matchAll(TOKEN_RE)].map((m) => m[1]);
  if (tokens.filter((t) => t === 'seq').length !== 1 || !tokens.some((t) => t === 'year' || t === 'yy')) {
    throw new InputError(msg('cases.numberFormatIncomplete', { format }));
  }
  const rest = format.replace(TOKEN_RE, '');
  if (/[{}]/.test(rest)) throw new InputError(msg('cases.numberFormatUnknown', { format }));
  return format;
}

export function formatCaseNumber(format: string, year: number, seq: number): string {
  return format.replace(TOKEN_RE, (_m, token: string, width?: string) => {
    if (token === 'year') return String(year);
    if (token === 'yy') return String(year % 100).padStart(2, '0');
    return String(seq).padStart(width ? Number(width) : 1, '0');
  });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads year and sequence back out of a number written in `format`; null when it does not fit. */
export function parseCaseNumber(no: string, format: string): { year: number; seq: number } | null {
  let re = '';
  const names: string[] = [];
  let last = 0;
  for (const m of format.matchAll(TOKEN_RE)) {
    re += escapeRe(format.slice(last, m.index));
    names.push(m[1]);
    re += m[1] === 'year' ? '(\\d{4})' : m[1] === 'yy' ? '(\\d{2})' : '(\\d+)';
    last = m.index! + m[0].length;
  }
  re += escapeRe(format.slice(last));
  const hit = new RegExp(`^${re}$`).exec(no.trim());
  if (!hit) return null;
  let year = 0;
  let seq = 0;
  names.forEach((name, i) => {
    const v = Number(hit[i + 1]);
    if (name === 'year') year = v;
    else if (name === 'yy') year = 2000 + v;
    else seq = v;
  });
  return { year, seq };
}
