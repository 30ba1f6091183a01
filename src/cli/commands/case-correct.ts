// xinfang case edit|undo — corrections, always with a reason and recorded in the case's history (改派 is a step:
// case-steps.ts). `case edit` takes the registration flags of `case add`, so the two never drift apart.
import { Option, type Command } from 'commander';
import { EDIT_FIELDS, editCase } from '../../domain/cases/edit.js';
import type { CaseInput } from '../../domain/cases/register.js';
import { lastUndoableStep, undoLastStep } from '../../domain/cases/undo.js';
import { InputError } from '../../errors.js';
import { act } from '../action.js';
import { changeCases, fillMissing, operator, readCases, reportCase } from '../case-session.js';
import type { Ctx } from '../context.js';
import { msg } from '../messages.js';

type Values = Record<string, string | undefined>;

const REASON = { key: 'reason', flag: '--reason', label: '更正原因' };

function editableFlags(): string {
  return EDIT_FIELDS.map((f) => `--${f.key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`).join('、');
}

async function runEdit(ctx: Ctx, no: string, extra: string[], o: Values): Promise<void> {
  if (extra.length) throw new InputError(msg('cases.correctUnknownArgs', { args: extra.join(' '), flags: editableFlags() }));
  const { repo } = await readCases(ctx);
  const cur = repo.getCase(no);
  const changes: CaseInput = Object.fromEntries(EDIT_FIELDS.filter((f) => o[f.key] !== undefined).map((f) => [f.key, o[f.key]]));
  const values = { ...o };
  if (Object.keys(changes).length) await fillMissing(ctx, values, [REASON]);
  const today = ctx.today;
  const by = operator(ctx);
  editCase(cur, changes, values.reason, { config: await ctx.config(), today, by }); // refused before the store is locked
  const { c, warnings } = await changeCases(ctx, (repo, tx) => {
    let warned: string[] = [];
    const updated = repo.updateCase(no, (x) => {
      const r = editCase(x, changes, values.reason, { config: tx.config, today, by });
      warned = r.warnings;
      return r.case;
    });
    tx.note('更正信访件', [`case:${updated.no}`]);
    return { c: updated, warnings: warned };
  });
  for (const w of warnings) ctx.warn(w);
  reportCase(ctx, c, `已更正信访件 ${c.no}：${c.history[c.history.length - 1].note}`);
}

async function runUndo(ctx: Ctx, no: string, o: Values): Promise<void> {
  const { repo } = await readCases(ctx);
  const step = lastUndoableStep(repo.getCase(no));
  const values = { ...o };
  if (step) await fillMissing(ctx, values, [{ ...REASON, label: `撤销“${step.action}”（${step.date}）的原因` }]);
  const today = ctx.today;
  const by = operator(ctx);
  const c = await changeCases(ctx, (repo, tx) => {
    const updated = repo.updateCase(no, (x) => undoLastStep(x, values.reason, { today, by }));
    tx.note('撤销办理步骤', [`case:${updated.no}`]);
    return updated;
  });
  reportCase(ctx, c, `已撤销信访件 ${c.no} 的“${step?.action}”（${step?.date}），当前状态：${c.status}`);
}

/** The registration options of `case add`, reworded where a default does not apply to a correction. */
function registrationOptions(group: Command): Option[] {
  const add = group.commands.find((c) => c.name() === 'add');
  const keys = new Set<string>(EDIT_FIELDS.map((f) => f.key));
  return (add?.options ?? [])
    .filter((opt) => keys.has(opt.attributeName()))
    .map((opt) => new Option(opt.flags, (opt.description ?? '').replace(/，?默认今天|（默认 1；[^）]*）/g, '')));
}

export function registerCaseCorrections(group: Command): void {
  const edit = group
    .command('edit <编号>')
    .description('更正登记内容（与 case add 相同的校验；须写明原因，记入处理过程）')
    // an unknown field is refused by runEdit with the list of fields (exit 1), not by commander as a usage error
    .allowUnknownOption()
    .allowExcessArguments()
    .option('--reason <原因>', '更正原因');
  for (const opt of registrationOptions(group)) edit.addOption(opt);
  edit.action((...params: unknown[]) => {
    const extra = (params[params.length - 1] as Command).args.slice(1);
    return act((ctx, o, [no]) => runEdit(ctx, no, extra, o))(...params);
  });

  group
    .command('undo <编号>')
    .description('撤销最后一个办理步骤（如误办结），撤销记录保留在处理过程中')
    .option('--reason <原因>', '撤销原因')
    .action(act((ctx, o, [no]) => runUndo(ctx, no, o)));
}
