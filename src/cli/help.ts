// Commander, with help and usage texts in Chinese for the program and every subcommand. Widths count East Asian
// characters as two columns, so the descriptions line up.
import { Command, Help, type Option } from 'commander';
import { displayWidth } from '../render/table.js';

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
}
