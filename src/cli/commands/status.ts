// xinfang status — what the ledger holds, at a glance, and where it is (a data folder or a database).
import type { Command } from 'commander';
import { act } from '../action.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('查看台账概况（数据目录或数据库）：单位、领导、干部、单位、规则、排班')
    .action(
      act(async (ctx) => {
        const store = await ctx.store();
        const c = store.config();
        // the store names its own place: a folder pointing to a database (config set store) opens the database
        const where = store.kind === 'postgres' ? { label: '数据库', key: 'database' } : { label: '数据目录', key: 'dataDir' };
        const active = <T extends { active: boolean }>(xs: T[]) => xs.filter((x) => x.active);
        const years = [...new Set(c.roster.slots.map((s) => s.date.slice(0, 4)))];
        const summary = {
          [where.key]: store.dir,
          org: c.org,
          leaders: active(c.leaders).map((l) => l.name),
          staff: active(c.staff).map((s) => s.name),
          units: { 科室: 0, 县区: 0, 学校: 0, ...Object.fromEntries(['科室', '县区', '学校'].map((k) => [k, active(c.units).filter((u) => u.kind === k).length])) },
          categories: active(c.categories).map((x) => x.name),
          sources: active(c.sources).map((s) => `${s.name}（${s.group}）`),
          rosterRules: c.rosterRules.length,
          rosterSlots: c.roster.slots.length,
          rosterYears: years,
          calendarEntries: c.calendar.length,
        };
        if (ctx.json) return ctx.printJson(summary);
        ctx.print(
          [
            `单位：${c.org.name}（发文机关：${c.org.issuer}）`,
            `${where.label}：${store.dir}`,
            `领导（轮值顺序）：${summary.leaders.join('、') || '无'}`,
            `信访干部：${summary.staff.join('、') || '无'}`,
            `单位：科室 ${summary.units.科室} 个，县区 ${summary.units.县区} 个，学校 ${summary.units.学校} 所`,
            `问题类别：${summary.categories.join('、')}`,
            `来源：${summary.sources.join('、')}`,
            `接待日规则：${summary.rosterRules} 条；已排接待日 ${summary.rosterSlots} 天${years.length ? `（${years.join('、')}年）` : ''}`,
            `节假日自定条目：${summary.calendarEntries} 条`,
          ].join('\n'),
        );
      }),
    );
}
