// The one registration file: every command group is added here. Command files stay light; heavy
// modules (docx, exceljs, @inquirer/prompts) are imported inside the actions that need them.
import type { Command } from 'commander';
import { addExamples, XCommand } from './help.js';
import { registerBackup } from './commands/backup.js';
import { registerCalendar } from './commands/calendar.js';
import { registerCompletion } from './commands/completion.js';
import { registerConfig } from './commands/config.js';
import { registerCase } from './commands/case.js';
import { registerCheck } from './commands/check.js';
import { registerImportExport } from './commands/import-export.js';
import { registerInit } from './commands/init.js';
import { registerLeader } from './commands/leader.js';
import { registerLists } from './commands/lists.js';
import { registerReception } from './commands/reception.js';
import { registerReport } from './commands/report.js';
import { registerRoster } from './commands/roster.js';
import { registerStaff } from './commands/staff.js';
import { registerStatus } from './commands/status.js';
import { registerStore } from './commands/store.js';
import { registerVisit } from './commands/visit.js';

export function buildProgram(version: string): Command {
  const program = new XCommand('xinfang');
  program
    .description('信访办工作台：领导信访接待日安排、信访件登记办理、月报与年度信访工作总结')
    .version(version, '-V, --version', '显示版本号')
    .option('--data <目录>', '数据目录（默认：环境变量 XINFANG_DATA，否则 ./data）')
    .option('--json', '以 JSON 输出结果（标准输出只有 JSON）')
    .option('--no-color', '不使用颜色（也可设置 NO_COLOR）')
    .option('-y, --yes', '不提问，缺少的内容直接报错')
    .option('--today <日期>', '把这一天当作“今天”（YYYY-MM-DD，也可设置 XINFANG_TODAY）')
    .option('--store <地址>', '多人共用的 PostgreSQL 台账，如 postgres://用户@服务器/数据库（也可设置 XINFANG_STORE）')
    .option('--operator <姓名>', '记入操作日志的经办人（默认：XINFANG_USER 或系统账户；数据库台账另记数据库角色）')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

  registerInit(program);
  registerStatus(program);
  registerLeader(program);
  registerStaff(program);
  registerLists(program);
  registerCalendar(program);
  registerRoster(program);
  registerVisit(program);
  registerReception(program);
  registerCase(program);
  registerImportExport(program);
  registerReport(program);
  registerConfig(program);
  registerBackup(program);
  registerCheck(program);
  registerStore(program);
  registerCompletion(program);
  addExamples(program);
  return program;
}
