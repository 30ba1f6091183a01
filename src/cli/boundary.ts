// The one error boundary: every failure becomes one Chinese line on stderr and an exit code (SPEC 11).
import { XinfangError } from '../errors.js';

interface CommanderLike {
  code: string;
  exitCode: number;
  message: string;
}

function isCommanderError(e: unknown): e is CommanderLike {
  return typeof e === 'object' && e !== null && typeof (e as CommanderLike).code === 'string' && (e as CommanderLike).code.startsWith('commander.');
}

/** Commander's English usage errors, said in Chinese. */
function commanderMessage(e: CommanderLike): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.missingMandatoryOptionValue':
      return `缺少必填选项 ${quoted}`;
    case 'commander.optionMissingArgument':
      return `选项 ${quoted} 需要一个值`;
    case 'commander.missingArgument':
      return `缺少参数 ${quoted}`;
    case 'commander.unknownOption':
      return `未知选项 ${quoted}，用 --help 查看可用选项`;
    case 'commander.unknownCommand':
      return `未知命令 ${quoted}，用 xinfang --help 查看可用命令`;
    case 'commander.excessArguments':
      return `多余的参数，用 --help 查看用法`;
    case 'commander.conflictingOption':
      return `选项冲突：${e.message.replace(/^error: /, '')}`;
    default:
      return e.message.replace(/^error: /, '');
  }
}

export interface Outcome {
  exitCode: number;
  message?: string; // one line for stderr, already starting with 错误：
}

export function toOutcome(e: unknown, debug: boolean): Outcome {
  if (isCommanderError(e)) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return { exitCode: 0 };
    if (e.code === 'commander.help') return { exitCode: e.exitCode === 0 ? 0 : 2 };
    return { exitCode: 2, message: `错误：${commanderMessage(e)}` };
  }
  if (e instanceof XinfangError) return { exitCode: e.exitCode, message: `错误：${e.message}` };
  const errno = e as NodeJS.ErrnoException;
  if (errno && typeof errno.code === 'string' && errno.syscall) {
    return { exitCode: 3, message: `错误：无法访问 ${errno.path ?? '文件'}（${errno.code}），请检查路径和权限${debug ? `\n${errno.stack}` : ''}` };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return { exitCode: 1, message: `错误：内部错误：${msg}。设置 XINFANG_DEBUG=1 可查看详情${debug && e instanceof Error ? `\n${e.stack}` : ''}` };
}
