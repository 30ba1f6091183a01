// xinfang reindex — recounts what each year's index keeps beside its numbers (cases per source, how many are 办结,
// the cases that may be 积案 later and the repeats of their matter) from the cases. Reports read past years only
// through these (同比, the five-year trend, 积案); a store written before one existed is still answered, by reading
// the year, until this is run once (a repeat in a later year is found only then).
import type { Command } from 'commander';
import { act } from '../action.js';
import { changeCases } from '../case-session.js';

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('重新统计各年索引中的件数（按来源、已办结）与可能成为积案的信访件：升级后运行一次，年度总结的同比、近年对比和积案只读各年索引')
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
