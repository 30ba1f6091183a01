// What every case command needs: the cases repo (read-only, or inside one transaction), the deadline calendar,
// and the missing-field rule (ask on a terminal, otherwise name the flags and stop).
import type { WorkdayCalendar } from '../domain/case-deadlines.js';
import type { Case, Config } from '../domain/model.js';
import { InputError } from '../errors.js';
import { parseYear, yearOf } from '../domain/dates.js';
import { monthOption } from '../domain/month-option.js';
import type { CasesRepo } from '../store/cases-repo.js';
import type { Tx } from '../store/index.js';
import type { Ctx } from './context.js';

/**
 * The holiday calendar deadlines are counted with: working days, or the rest day a calendar-day deadline ends on.
 * A year whose holidays are not entered is counted Monday–Friday and the deadline is marked provisional (暂定).
 */
export async function deadlineCalendar(config: Config): Promise<WorkdayCalendar | null> {
  if (config.settings.deadlineDays !== 'working' && config.settings.lastDayRollover === false) return null;
  const { calendarOfConfig } = await import('../domain/calendar.js');
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

const PICK_HELP = { navigation: '（↑↓ 选择，回车确认）', pager: '（↑↓ 翻看更多，回车确认）' };

/**
 * Fills the values still empty: on a terminal (and without --yes) by asking, with pick lists where there are
 * choices; otherwise a refusal naming every missing flag, at once (never waits for input).
 */
export async function fillMissing(ctx: Ctx, values: Record<string, string | undefined>, asks: FieldAsk[]): Promise<void> {
  const empty = (k: string) => String(values[k] ?? '').trim() === '';
  const missing = asks.filter((a) => !a.optional && empty(a.key));
  if (missing.length === 0) return;
  if (!ctx.interactive) {
    throw new InputError(`缺少 ${missing.map((a) => `${a.flag}（${a.label}）`).join('、')}；请补上这些选项，或在终端中运行以逐项填写`);
  }
  const { default: inquirer } = await import('inquirer');
  for (const a of asks.filter((x) => empty(x.key))) {
    if (a.choices && a.choices.length === 0) throw new InputError(`还没有可选的${a.label}，请先添加（如 xinfang unit add、xinfang leader add）`);
    const validate = (v: string): true | string => {
      if (v.trim() === '') return a.optional ? true : `${a.label}不能为空`;
      return a.check?.(v) ?? true;
    };
    try {
      const answer = a.choices
        ? await inquirer.prompt<{ v: string }>([{ type: 'select', name: 'v', message: a.label, choices: a.choices, loop: false, instructions: PICK_HELP }])
        : await inquirer.prompt<{ v: string }>([{ type: 'input', name: 'v', message: a.optional ? `${a.label}（可不填）` : a.label, validate }]);
      values[a.key] = answer.v;
    } catch (e) {
      if ((e as Error).name === 'ExitPromptError') throw new InputError('已取消，未作任何修改');
      throw e;
    }
  }
}

/** Prints a case as JSON, or a one-line confirmation. */
export function reportCase(ctx: Ctx, c: Case, line: string): void {
  if (ctx.json) ctx.printJson(c);
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
