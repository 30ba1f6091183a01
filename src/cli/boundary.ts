// The one error boundary: every failure becomes one Chinese line on stderr and an exit code (exit codes: docs/design.md).
import { XinfangError } from '../errors.js';
import { PromptCancelled } from './prompts.js';

interface CommanderLike {
  code: string;
  exitCode: number;
  message: string;
}

function isCommanderError(e: unknown): e is CommanderLike {
  return typeof e === 'object' && e !== null && typeof (e as CommanderLike).code === 'string' && (e as CommanderLike).code.startsWith('commander.');
}

// Commander's way of naming close matches: "\n(Did you mean add?)" or "\n(Did you mean one of add, accept?)".
const SUGGESTION = /\n\(Did you mean (?:one of )?(.+)\?\)$/;

/** The close matches commander named in an error message, if any. */
export function suggestionOf(message: string): string[] {
  return SUGGESTION.exec(message)?.[1].split(', ') ?? [];
}

/** The message with its close matches replaced by `names`. */
export function withSuggestion(message: string, names: string[]): string {
  return message.replace(SUGGESTION, `\n(Did you mean ${names.length > 1 ? 'one of ' : ''}${names.join(', ')}?)`);
}

/** Commander's English usage errors, said in Chinese. */
function commanderMessage(e: CommanderLike): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const near = suggestionOf(e.message);
  if (near.length && (e.code === 'commander.unknownCommand' || e.code === 'commander.unknownOption')) {
    const what = e.code === 'commander.unknownCommand' ? '命令' : '选项';
    return `未知${what} ${quoted}，是否要用 ${near.join(' 或 ')}？`;
  }
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

const CONTROL = /[\u0000-\u001f\u007f]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const QUOTED = /“([^”]*)”/g;
const LONG_ASCII = /[\x21-\x7e]{81,}/g;

function clip(s: string, keep: number): string {
  const chars = [...s];
  return chars.length > keep ? `${chars.slice(0, keep).join('')}…（共 ${chars.length} 个字符）` : s;
}

/**
 * A message that echoes what was typed stays one short, harmless line: control characters (a newline, a bell, a
 * terminal colour code) are shown as escapes, and a very long echoed value is shortened.
 */
export function oneLine(message: string): string {
  return message
    .replace(QUOTED, (_, v: string) => `“${clip(v, 40)}”`)
    .replace(LONG_ASCII, (run) => clip(run, 60))
    .replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A reader that goes away early (`xinfang report monthly | head`) is not a failure: the rest of that output is
 * dropped and the command still finishes its work (e.g. writes its .docx), instead of dying with a stack trace.
 */
export function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
}

export interface Outcome {
  exitCode: number;
  message?: string; // one line for stderr, already starting with 错误：
}

export function toOutcome(e: unknown, debug: boolean): Outcome {
  if (e instanceof PromptCancelled) return { exitCode: 130 }; // Ctrl-C at a question: nothing written, nothing to say
  if (isCommanderError(e)) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return { exitCode: 0 };
    if (e.code === 'commander.help') return { exitCode: e.exitCode === 0 ? 0 : 2 };
    return { exitCode: 2, message: `错误：${oneLine(commanderMessage(e))}` };
  }
  if (e instanceof XinfangError) return { exitCode: e.exitCode, message: `错误：${oneLine(e.message)}` };
  const errno = e as NodeJS.ErrnoException;
  if (errno && typeof errno.code === 'string' && errno.syscall) {
    const what = errno.path ? `“${errno.path}”` : '文件';
    return { exitCode: 3, message: `错误：${oneLine(`无法访问${what}（${errno.code}），请检查路径和权限`)}${debug ? `\n${errno.stack}` : ''}` };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return { exitCode: 1, message: `错误：${oneLine(`内部错误：${msg}。设置 XINFANG_DEBUG=1 可查看详情`)}${debug && e instanceof Error ? `\n${e.stack}` : ''}` };
}
