// xinfang check [--repair] — re-derives the indexes from the month files; says where they disagree; repairs.
// xinfang reindex is the same rebuild under the name it had before check existed.
import type { Command } from 'commander';
import { StoreError } from '../../errors.js';
import { act } from '../action.js';
import type { Ctx } from '../context.js';
import { msg } from '../messages.js';

async function checkOrRepair(ctx: Ctx, repair: boolean): Promise<void> {
  const store = await ctx.store();
  const { checkStore, repairStore } = await import('../../store/repair.js');
  const ex = repair ? repairStore(store, { command: ctx.command, today: ctx.today }) : checkStore(store);
  if (ctx.json) ctx.printJson({ cases: ex.cases, problems: ex.findings, blockers: ex.blockers, repaired: repair && !ex.blockers.length });
  for (const f of ex.findings) ctx.detail(`${f.rel}：${f.text}`);
  for (const b of ex.blockers) ctx.detail(`${b.rel}：${b.text}`);
  if (ex.blockers.length) throw new StoreError(msg('common.checkBlocked', { count: ex.blockers.length }));
  if (!ex.findings.length) return ctx.done(`检查完毕：${ex.cases} 件信访件，各索引与月份文件一致`);
  if (repair) return ctx.done(`已修复 ${ex.findings.length} 处问题（修复前的状态已备份，可用 xinfang backup restore 撤销）`);
  throw new StoreError(msg('common.checkFound', { count: ex.findings.length }));
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('检查数据：由各月份文件重新推算索引（年度索引及其件数、积案清单，未办结清单、信访人索引），列出不一致之处')
    .option('--repair', '修复：重建不一致的索引、恢复损坏的月份文件（一次完成，修复前自动备份）')
    .action(
      act(async (ctx, o) => {
        await checkOrRepair(ctx, Boolean(o.repair));
      }),
    );
  program
    .command('reindex')
    .description('重新统计各年索引（件数、可能成为积案的信访件等）：与 xinfang check --repair 相同')
    .action(
      act(async (ctx, _o, args) => {
        ctx.requireNoArgs(args);
        await checkOrRepair(ctx, true);
      }),
    );
}
