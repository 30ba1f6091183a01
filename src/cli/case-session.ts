// What every case command needs: the cases repo (read-only, or inside one transaction), the deadline calendar,
// and the missing-field rule (ask on a terminal, otherwise name the flags and stop).
import os from 'node:os';
import type { WorkdayCalendar } from '../domain/cases/deadlines.js';
import { maskCase } from '../domain/cases/repeat.js';
import type { Case, Config } from '../domain/model.js';
import { InputError } from '../errors.js';
import { parseYear, yearOf } from '../domain/common/dates.js';
import { monthOption } from '../domain/common/month-option.js';
import type { CasesRepo } from '../store/cases-repo.js';
import type { Tx } from '../store/index.js';
import type { Ctx } from './context.js';
import { msg } from './messages.js';

/**
 * The holiday calendar deadlines are counted with: working days, or the rest day a calendar-day deadline ends on.
 * A year whose holidays are not entered is counted Monday–Friday and the deadline is marked provisional (暂定).
 */
export async function deadlineCalendar(config: Config): Promise<WorkdayCalendar | null> {
  if (config.settings.deadlineDays !== 'working' && config.settings.lastDayRollover === false) return null;
  const { calendarOfConfig } = await import('../domain/calendar/holiday-calendar.js');
  return calendarOfConfig(config, { provisional: true });
}

export async function readCases(ctx: Ctx): Promise<{ repo: CasesRepo; config: Config }> {
  const store = await ctx.store();
  const config = store.config();
  const { CasesRepo } = await import('../store/cases-repo.js');
  return { repo: new CasesRepo(store, store.dir, config.settings.caseNumberFormat), config };
}

/** Runs `fn` in one store transaction with a repo writing through it; nothing is written if fn throws. */
export async function changeCases<R>(ctx: Ctx, fn: (repo: CasesRepo, tx: Tx) => R): Promise<R> {
  const store = await ctx.store();
  const { CasesRepo } = await import('../store/cases-repo.js');
  return ctx.mutate((tx) => {
    const repo = new CasesRepo(tx, store.dir, tx.config.settings.caseNumberFormat, tx);
    const result = fn(repo, tx);
    repo.flush();
    return result;
  });
}

/** One value the command needs: its flag, a label, and for pick lists the choices. */
export interface FieldAsk {
  key: string;
  flag: string;
  label: string;
  choices?: string[];
  /** Returns an error message for a bad answer, or null. */
  check?: (value: string) => string | null;
  optional?: boolean;
}

export function checkWith(fn: (v: string) => unknown): (v: string) => string | null {
  return (v) => {
    try {
      fn(v);
      return null;
    } catch (e) {
      if (e instanceof InputError) return e.message;
      throw e;
    }
  };
}

/**
 * Fills the values still empty: on a terminal (and without --yes) by asking, with pick lists where there are
 * choices; otherwise a refusal naming every missing flag, at once (never waits for input). Returns whether it asked.
 */
export async function fillMissing(ctx: Ctx, values: Record<string, string | undefined>, asks: FieldAsk[]): Promise<boolean> {
  const empty = (k: string) => String(values[k] ?? '').trim() === '';
  const missing = asks.filter((a) => !a.optional && empty(a.key));
  if (missing.length === 0) return false;
  if (!ctx.interactive) {
    throw new InputError(msg('cases.sessionMissingOptions', { options: missing.map((a) => `${a.flag}（${a.label}）`).join('、') }));
  }
  const { askField } = await import('./prompts.js');
  for (const a of asks.filter((x) => empty(x.key))) {
    if (a.choices && a.choices.length === 0) throw new InputError(msg('cases.sessionNoChoices', { label: a.label }));
    values[a.key] = await askField(a);
  }
  return true;
}

/** Who is at the keyboard, for a case's history: the journal's operator (--operator, XINFANG_USER), else the system account. */
export function operator(ctx: Ctx): string {
  const named = ctx.operator;
  if (named) return named;
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/** Prints a case as JSON (petitioner data masked, as in every output), or a one-line confirmation. */
export function reportCase(ctx: Ctx, c: Case, line: string): void {
  if (ctx.json) ctx.printJson(maskCase(c));
  ctx.done(line);
}

/** The cases of `--month` or else `--year` (default: the year of today), with the period in words (2026年3月 / 2026年). */
export function casesOfPeriod(repo: CasesRepo, o: { month?: unknown; year?: unknown }, today: string): { cases: Case[]; period: string } {
  if (o.month !== undefined) {
    const m = monthOption(o.month, o.year, today).iso;
    return { cases: repo.casesOfMonth(m), period: `${m.slice(0, 4)}年${Number(m.slice(5))}月` };
  }
  const y = o.year !== undefined ? parseYear(String(o.year), '--year') : yearOf(today);
  return { cases: repo.casesOfYear(y), period: `${y}年` };
}
