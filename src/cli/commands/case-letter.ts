// xinfang case letter NO --kind KIND — one official letter of a case as .docx (受理告知书, 不予受理告知书, 延期告知书,
// 交办单, 督办单, 答复意见书), numbered per kind and year and recorded in the case's history.
import type { Command } from 'commander';
import { checkPastDate } from '../../domain/cases/validate.js';
import { LETTER_KINDS } from '../../domain/cases/letters/letter-kind.js';
import { letterKind } from '../../domain/cases/letters/letters.js';
import { InputError } from '../../errors.js';
import { act } from '../action.js';
import { deadlineCalendar, fillMissing, readCases } from '../case-session.js';
import type { Ctx } from '../context.js';
import { issueLetters } from '../letter-session.js';
import { msg } from '../messages.js';

type Values = Record<string, string | boolean | undefined>;

/** 临期 for a 督办单: as in `case due`. */
export const DUE_SOON_DAYS = 7;

async function writeLetter(ctx: Ctx, no: string, o: Values): Promise<void> {
  const values = { kind: o.kind as string | undefined };
  await fillMissing(ctx, values, [{ key: 'kind', flag: '--kind', label: '文书种类', choices: [...LETTER_KINDS] }]);
  const kind = letterKind(values.kind);
  const { repo, config } = await readCases(ctx);
  const c = repo.getCase(no);
  const date = o.date !== undefined ? checkPastDate(String(o.date), ctx.today, '成文日期（--date）') : ctx.today;
  if (date < c.receivedDate) throw new InputError(msg('cases.letterDateBeforeReceived', { date, receivedDate: c.receivedDate }));
  const [letter] = await issueLetters(ctx, [c], [{ no: c.no, kind }], config, {
    date,
    showPii: Boolean(o.showPii),
    dueSoonDays: DUE_SOON_DAYS,
    calendar: await deadlineCalendar(config),
    out: { file: o.out as string | undefined },
    force: Boolean(o.force),
  });
  if (ctx.json) ctx.printJson(letter);
  const masked = kind.to === 'unit' && !o.showPii ? '（信访人信息已脱敏，加 --show-pii 显示完整信息）' : '';
  ctx.done(`已生成${letter.kind}（${letter.docNo}）：${letter.file}${masked}`);
}

export function registerCaseLetter(group: Command): void {
  group
    .command('letter <编号>')
    .description('生成信访文书 .docx（按种类和年份编文号，记入处理过程）')
    .option('--kind <种类>', `文书种类：${LETTER_KINDS.join('、')}`)
    .option('--date <日期>', '成文日期 YYYY-MM-DD，默认今天')
    .option('--out <文件>', '输出文件（默认 out/种类-编号.docx）')
    .option('--force', '覆盖已存在的文件')
    .option('--show-pii', '交办单、督办单中显示信访人完整信息（默认脱敏；告知书、答复意见书写给信访人本人，总是实名）')
    .action(act((ctx, o, [no]) => writeLetter(ctx, no, o)));
}
