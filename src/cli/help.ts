// Commander, with help and usage texts in Chinese for the program and every subcommand. Widths count East Asian
// characters as two columns, so the descriptions line up.
import { Command, Help, type Option } from 'commander';
import { displayWidth } from '../render/table.js';
import { suggestionOf, withSuggestion } from './boundary.js';
import { HELP_EXAMPLES } from './help-examples.js';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

const zhUsage = (s: string) => s.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]');

class ChineseHelp extends Help {
  override styleTitle(str: string): string {
    return TITLES[str] ?? str;
  }

  override displayWidth(str: string): number {
    // eslint-disable-next-line no-control-regex
    return displayWidth(str.replace(/\u001b\[\d*(;\d+)*m/g, ''));
  }

  override subcommandTerm(cmd: Command): string {
    return zhUsage(super.subcommandTerm(cmd));
  }

  override commandUsage(cmd: Command): string {
    return zhUsage(super.commandUsage(cmd));
  }

  override optionDescription(option: Option): string {
    return super
      .optionDescription(option)
      .replace(/\(default: (.*)\)$/, '（默认：$1）')
      .replace(/\(choices: (.*)\)$/, '（可选：$1）');
  }
}

/** 'case add' for the command `xinfang case add`; '' for the program itself. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c && c.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export class XCommand extends Command {
  constructor(name?: string) {
    super(name);
    this.helpOption('-h, --help', '显示帮助');
    // the help command is itself built by createCommand: do not give it one of its own
    if (name !== 'help') {
      this.helpCommand('help [命令]', '显示某个命令的帮助');
      // keep commander's own rule for when to list it (only on commands that have subcommands)
      (this as unknown as { _addImplicitHelpCommand?: boolean })._addImplicitHelpCommand = undefined;
    }
  }

  override createCommand(name?: string): XCommand {
    return new XCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new ChineseHelp(), this.configureHelp());
  }

  /** A near miss of a subcommand is suggested by its full path (`case ad` → case add), so it can be typed as shown. */
  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    if (options?.code === 'commander.unknownCommand') {
      const prefix = commandPath(this);
      const names = suggestionOf(message).map((n) => (prefix ? `${prefix} ${n}` : n));
      if (names.length) message = withSuggestion(message, names);
    }
    return super.error(message, options);
  }

  /**
   * `xinfang help case add` shows the help of `case add` (commander's own help command looks at one word only).
   * Overrides a commander method marked private: checked by test/cli/help.test.ts.
   */
  _dispatchHelpCommand(): unknown {
    let cmd: Command = this;
    for (const word of this.args.slice(1)) {
      const next = cmd.commands.find((c) => c.name() === word || c.aliases().includes(word));
      if (!next) {
        cmd.args = [word];
        return (cmd as unknown as { unknownCommand(): never }).unknownCommand();
      }
      cmd = next;
    }
    return cmd.help();
  }
}

/** One example as help lines: indented two, and past 80 columns continued at an option with a shell " \\". */
export function exampleLines(example: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '  ';
  for (const part of example.split(/ (?=--)/)) {
    const next = line.trim() ? `${line} ${part}` : `${line}${part}`;
    if (line.trim() && displayWidth(`${next} \\`) > width) {
      lines.push(`${line} \\`);
      line = `      ${part}`;
    } else line = next;
  }
  return [...lines, line];
}

/** Ends each command's help with its examples (例：) from help-examples.ts. */
export function addExamples(program: Command): void {
  const visit = (cmd: Command) => {
    const examples = HELP_EXAMPLES[commandPath(cmd)];
    if (examples?.length) cmd.addHelpText('after', `\n例：\n${examples.flatMap((e) => exampleLines(e)).join('\n')}`);
    cmd.commands.forEach(visit);
  };
  visit(program);
}
