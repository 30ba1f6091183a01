// The one registration file: every command group is listed here, in the order the help lists them. A group's module
// (its options and actions, and what they import) is loaded only when the command line names one of its commands, so
// a command pays for loading its own group rather than every command; the help of the whole program, a word that is
// no command and the groups that look at the whole tree (completion, backup) load them all. Heavy modules (docx,
// exceljs, @inquirer/prompts) are imported inside the actions that need them.
import type { Command } from 'commander';
import { addExamples, XCommand } from './help.js';

type Register = (program: Command) => void;

export interface CommandGroup {
  /** The top-level commands the group registers. */
  names: readonly string[];
  load: () => Promise<Register>;
  /** The group's actions look at the whole command tree (a completion script, the words of a past command): it is built whole. */
  whole?: true;
}

export const GROUPS: readonly CommandGroup[] = [
  { names: ['init'], load: async () => (await import('./commands/init.js')).registerInit },
  { names: ['status'], load: async () => (await import('./commands/status.js')).registerStatus },
  { names: ['leader'], load: async () => (await import('./commands/leader.js')).registerLeader },
  { names: ['staff'], load: async () => (await import('./commands/staff.js')).registerStaff },
  { names: ['unit', 'category', 'source'], load: async () => (await import('./commands/lists.js')).registerLists },
  { names: ['calendar'], load: async () => (await import('./commands/calendar.js')).registerCalendar },
  { names: ['roster'], load: async () => (await import('./commands/roster.js')).registerRoster },
  { names: ['visit'], load: async () => (await import('./commands/visit.js')).registerVisit },
  { names: ['reception'], load: async () => (await import('./commands/reception.js')).registerReception },
  { names: ['case'], load: async () => (await import('./commands/case.js')).registerCase },
  { names: ['import', 'export'], load: async () => (await import('./commands/import-export.js')).registerImportExport },
  { names: ['report'], load: async () => (await import('./commands/report.js')).registerReport },
  { names: ['config'], load: async () => (await import('./commands/config.js')).registerConfig },
  { names: ['backup'], load: async () => (await import('./commands/backup.js')).registerBackup, whole: true },
  { names: ['check', 'reindex'], load: async () => (await import('./commands/check.js')).registerCheck },
  { names: ['store'], load: async () => (await import('./commands/store.js')).registerStore },
  { names: ['completion'], load: async () => (await import('./commands/completion.js')).registerCompletion, whole: true },
];

function root(version: string): Command {
  return new XCommand('xinfang')
    .description('信访办工作台：领导信访接待日安排、信访件登记办理、月报与年度信访工作总结')
    .version(version, '-V, --version', '显示版本号')
    .option('--data <目录>', '数据目录（默认：环境变量 XINFANG_DATA，否则 ./data）')
    .option('--json', '以 JSON 输出结果（标准输出只有 JSON）')
    .option('--no-color', '不使用颜色（也可设置 NO_COLOR）')
    .option('-y, --yes', '不提问，缺少的内容直接报错')
    .option('--today <日期>', '把这一天当作“今天”（YYYY-MM-DD，也可设置 XINFANG_TODAY）')
    .option('--store <地址>', '多人共用的 PostgreSQL 台账，如 postgres://用户@服务器/数据库（也可设置 XINFANG_STORE）')
    .option('--operator <姓名>', '记入操作日志的经办人（默认：环境变量 XINFANG_USER；数据库台账另记登录的数据库角色）')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
}

/** The group of the command `argv` names: its first word that is neither a global option nor that option's value. */
function groupOf(program: Command, argv: readonly string[]): CommandGroup | null {
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short]).filter(Boolean));
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '-h' || word === '--help') return null; // the help of the whole program
    if (takesValue.has(word)) i++;
    else if (!word.startsWith('-')) return GROUPS.find((g) => g.names.includes(word) && !g.whole) ?? null;
  }
  return null;
}

/** The program with the group `argv` names, or (no argv, the help, an unknown word) with every group. */
export async function buildProgram(version: string, argv?: readonly string[]): Promise<Command> {
  const program = root(version);
  const one = argv ? groupOf(program, argv) : null;
  // one after another: jest's module registry (the in-process tests) fails on concurrent imports sharing a module
  for (const group of one ? [one] : GROUPS) (await group.load())(program);
  addExamples(program);
  return program;
}
