// xinfang check [--repair] — re-derives the indexes from the month files; says where they disagree; repairs.
import type { Command } from 'commander';
import { StoreError } from '../../errors.js';
import { act } from '../action.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('检查数据：由各月份文件重新推算索引（年度索引、未办结清单、信访人索引），列出不一致之处')
    .option('--repair', '修复：重建不一致的索引、恢复损坏的月份文件（一次完成，修复前自动备份）')
    .action(
      act(async (ctx, o) => {
        const store = await ctx.store();
        const { checkStore, repairStore } = await import('../../store/repair.js');
        const ex = o.repair ? repairStore(store, { command: ctx.command, today: ctx.today }) : checkStore(store);
        if (ctx.json) ctx.printJson({ cases: ex.cases, problems: ex.findings, blockers: ex.blockers, repaired: Boolean(o.repair) && !ex.blockers.length });
        for (const f of ex.findings) ctx.detail(`${f.rel}：${f.text}`);
        for (const b of ex.blockers) ctx.detail(`${b.rel}：${b.text}`);
        if (ex.blockers.length) throw new StoreError(`有 ${ex.blockers.length} 处问题无法自动修复（见上），未做任何改动`);
        if (!ex.findings.length) return ctx.done(`检查完毕：${ex.cases} 件信访件，各索引与月份文件一致`);
        if (o.repair) return ctx.done(`已修复 ${ex.findings.length} 处问题（修复前的状态已备份，可用 xinfang backup restore 撤销）`);
        throw new StoreError(`发现 ${ex.findings.length} 处不一致（见上）；运行 xinfang check --repair 修复`);
      }),
    );
}
