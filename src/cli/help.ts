// Commander, with help and usage texts in Chinese for the program and every subcommand.
import { Command, Help } from 'commander';

const TITLES: [RegExp, string][] = [
  [/^Usage:/gm, '用法：'],
  [/^Arguments:/gm, '参数：'],
  [/^Options:/gm, '选项：'],
  [/^Commands:/gm, '命令：'],
  [/^Global Options:/gm, '全局选项：'],
  [/\[options\]/g, '[选项]'],
  [/\[command\]/g, '[命令]'],
  [/\(default: /g, '（默认：'],
  [/\(choices: /g, '（可选：'],
];

class ChineseHelp extends Help {
  override formatHelp(cmd: Command, helper: Help): string {
    let text = super.formatHelp(cmd, helper);
    for (const [re, zh] of TITLES) text = text.replace(re, zh);
    return text;
  }
}

export class XCommand extends Command {
  constructor(name?: string) {
    super(name);
    this.helpOption('-h, --help', '显示帮助');
    // the help command is itself built by createCommand: do not give it one of its own
    if (name !== 'help') this.helpCommand('help [命令]', '显示某个命令的帮助');
  }

  override createCommand(name?: string): XCommand {
    return new XCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new ChineseHelp(), this.configureHelp());
  }
}
