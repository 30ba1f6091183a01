// Questions on a terminal (@inquirer/prompts, loaded only by the commands that ask): one field, with a pick list
// where there are choices; and the review of every answer before something is saved. Ctrl-C at any question
// becomes PromptCancelled, which the error boundary turns into a quiet exit 130 (nothing has been written then).
import type { FieldAsk } from './case-session.js';
import { msg } from './messages.js';

/** The clerk pressed Ctrl-C at a question. */
export class PromptCancelled extends Error {}

type Prompts = typeof import('@inquirer/prompts');

async function prompts(): Promise<Prompts> {
  return import('@inquirer/prompts');
}

const PICK_HELP = { navigation: '（↑↓ 选择，回车确认）', pager: '（↑↓ 翻看更多，回车确认）' };

async function asking<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new PromptCancelled(msg('common.cancelled'));
    throw e;
  }
}

/** Asks one field; `current` is offered as the default when a field is asked again. */
export async function askField(a: FieldAsk, current?: string): Promise<string> {
  const { input, select } = await prompts();
  if (a.choices) {
    const choices = a.choices.map((c) => ({ value: c, name: c }));
    return asking(() => select({ message: a.label, choices, loop: false, instructions: PICK_HELP, default: current }));
  }
  const validate = (v: string): true | string => {
    if (v.trim() === '') return a.optional ? true : `${a.label}不能为空`;
    return a.check?.(v) ?? true;
  };
  return asking(() => input({ message: a.optional ? `${a.label}（可不填）` : a.label, validate, default: current || undefined }));
}

/** A yes/no question, yes by default. */
export async function askConfirm(message: string): Promise<boolean> {
  const { confirm } = await prompts();
  return asking(() => confirm({ message, default: true }));
}

const CONFIRM = '\u0000confirm';

/** The label without its hint in brackets: 标签（用逗号或顿号分隔） → 标签. */
const shortLabel = (a: FieldAsk) => a.label.replace(/（[^）]*）/g, '');

/**
 * Shows every answer and lets the clerk confirm, or pick one to answer again (then shows them all again).
 * `after` runs after each change (e.g. asks for representatives when the number of persons grows past five).
 */
export async function reviewAnswers(
  title: string,
  values: Record<string, string | undefined>,
  asks: () => FieldAsk[],
  after: () => Promise<void> = async () => undefined,
): Promise<void> {
  const { select } = await prompts();
  for (;;) {
    const list = asks();
    const width = Math.max(...list.map((a) => [...shortLabel(a)].length));
    const lines = list.map((a) => `  ${shortLabel(a)}${'　'.repeat(width - [...shortLabel(a)].length)}：${values[a.key]?.trim() || '（未填）'}`);
    process.stderr.write(`\n${title}\n${lines.join('\n')}\n\n`);
    const choices = [{ value: CONFIRM, name: '确认无误' }, ...list.map((a) => ({ value: a.key, name: `修改：${shortLabel(a)}` }))];
    const picked = await asking(() => select({ message: '请核对以上内容', choices, loop: false, instructions: PICK_HELP }));
    if (picked === CONFIRM) return;
    const a = list.find((x) => x.key === picked)!;
    values[a.key] = await askField(a, values[a.key]);
    await after();
  }
}
