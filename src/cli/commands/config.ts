// xinfang config show|set — the settings an office may change after init (deadline mode, case numbers, issuer …).
import type { Command } from 'commander';
import { changeSetting, listSettings, SETTINGS } from '../../domain/org/settings.js';
import { act } from '../action.js';
import { readCases } from '../case-session.js';

export function registerConfig(program: Command): void {
  const config = program.command('config').description('设置：期限计算方式、受理与办理期限、编号格式、单位名称与发文机关');

  config
    .command('show')
    .description('查看全部设置')
    .action(
      act(async (ctx) => {
        const list = listSettings(await ctx.config());
        if (ctx.json) return ctx.printJson(list);
        await ctx.table(['设置', '说明', '当前值'], list.map((s) => [s.key, s.label, s.value]));
      }),
    );

  config
    .command('set <设置> <值>')
    .description(`修改一项设置：${Object.keys(SETTINGS).join('、')}；store（数据目录改用 PostgreSQL 台账，folder 改回）`)
    .action(
      act(async (ctx, _o, [key, value]) => {
        if (key === 'store') {
          const { pointFolder } = await import('../store-pointer.js');
          const out = await pointFolder(ctx, value);
          if (ctx.json) return ctx.printJson(out);
          ctx.done(`已修改 ${out.label}：${out.value}`);
          if (out.before && out.value !== out.before) ctx.warn(`数据目录中的台账是改用数据库之前的状态；要取回数据库中的台账，请运行 xinfang store copy --from '${out.before}' --to 新目录`);
          return;
        }
        const { repo } = await readCases(ctx);
        const hasCases = repo.years().length > 0;
        const out = await ctx.mutate((tx) => {
          const changed = changeSetting(tx.config, key, value, hasCases);
          tx.note('修改设置', [`setting:${key}`]);
          return changed;
        });
        if (ctx.json) ctx.printJson(out);
        ctx.done(`已修改 ${out.label}：${out.value}`);
      }),
    );
}
