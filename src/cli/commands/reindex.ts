// xinfang reindex — recounts what each year's index keeps beside its numbers (cases per source, how many are 办结)
// from the year's cases. Reports read past years only through these counts (同比, the five-year trend); a store
// written before a count existed is still answered right, by reading the year, until this is run once.
import type { Command } from 'commander';
import { act } from '../action.js';
import { changeCases } from '../case-session.js';

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('重新统计各年索引中的件数（按来源、已办结）：升级后运行一次，年度总结的同比和近年对比只读各年索引')
    .action(
      act(async (ctx, _o, args) => {
        ctx.requireNoArgs(args);
        const years = await changeCases(ctx, (repo) => repo.recountYears());
        if (ctx.json) return ctx.printJson(years);
        if (years.length === 0) return ctx.done('还没有信访件，无需重新统计');
        await ctx.table(
          ['年份', '收到件数', '已办结', '索引'],
          years.map((y) => [`${y.year}年`, y.received, y.closed, y.changed ? '已更新' : '无需更新']),
        );
        const changed = years.filter((y) => y.changed).length;
        ctx.done(changed ? `已重新统计 ${changed} 个年度的索引` : '各年度索引的件数均正确，未作修改');
      }),
    );
}
