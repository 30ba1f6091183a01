// xinfang calendar status|set|unset|import|confirm — the holiday calendar: chinese-days plus the operator's own entries.
// The handlers (and the package data) load only when a calendar command runs: --help and other commands stay fast.
import type { Command } from 'commander';
import { act } from '../action.js';

const load = () => import('./calendar-actions.js');

export function registerCalendar(program: Command): void {
  const calendar = program.command('calendar').description('节假日日历：查看、设置、导入（国务院放假安排和本单位的调整）');

  calendar
    .command('status')
    .description('查看某年是否已有节假日安排、来源、每个放假日和调休上班日')
    .option('--year <年份>', '年份（默认今年）')
    .action(act(async (ctx, o, args) => (await load()).status(ctx, o, args)));

  calendar
    .command('set <日期> <休|班>')
    .description('设置某天放假（休 / off）或上班（班 / work），优先于数据包，例如 calendar set 2027-01-01 休 --name 元旦')
    .option('--name <名称>', '名称，如 元旦、春节、调休上班')
    .action(act(async (ctx, o, args) => (await load()).set(ctx, o, args)));

  calendar
    .command('unset <日期>')
    .description('删除某天的自定条目（恢复数据包的安排）')
    .action(act(async (ctx, o, args) => (await load()).unset(ctx, o, args)));

  calendar
    .command('import <文件>')
    .description('导入国务院办公厅放假通知（文本，UTF-8 或 GB18030），或 .json 列表 [{"date","off","name"}]、.ics 日历；先列出识别结果')
    .option('--dry-run', '只列出识别结果，不写入')
    .option('--allow-other', '.ics 中非法定节假日的事件（如妇女节）也导入')
    .action(act(async (ctx, o, args) => (await load()).importFile(ctx, o, args)));

  calendar
    .command('confirm')
    .description('确认某年的节假日安排已完整（即使有法定节假日没有录入放假日），可用于排班和计算期限')
    .option('--year <年份>', '年份，例如 2027')
    .action(act(async (ctx, o, args) => (await load()).confirm(ctx, o, args)));
}
