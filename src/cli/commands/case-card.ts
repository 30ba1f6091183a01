// xinfang case card NO — the case card as .docx (信访接待登记表 + 一案一卡 + 处理过程), official layout.
import type { Command } from 'commander';
import { runningDueDate } from '../../domain/cases/after-reply.js';
import { caseCard } from '../../domain/cases/card.js';
import { currentDeadline } from '../../domain/cases/deadlines.js';
import { chineseDate } from '../../domain/common/dates.js';
import { Wording } from '../../domain/common/wording.js';
import { act } from '../action.js';
import { deadlineCalendar, readCases } from '../case-session.js';
import type { Ctx } from '../context.js';
import { outputPath, writeOutput } from '../output-file.js';

async function writeCard(ctx: Ctx, no: string, o: Record<string, string | boolean | undefined>): Promise<void> {
  const { repo, config } = await readCases(ctx);
  const c = repo.getCase(no);
  const { loadTemplate } = await import('../../render/templates.js');
  const w = new Wording(loadTemplate('case-card'), 'case-card.json');
  const file = outputPath(o.out as string | undefined, w.text('fileName', { no: c.no }), Boolean(o.force));
  const card = caseCard(c, w, {
    today: ctx.today,
    deadline: currentDeadline({ ...c, dueDate: runningDueDate(c) }, config.settings, await deadlineCalendar(config)),
    showPii: Boolean(o.showPii),
    leaders: config.leaders,
    slots: config.roster.slots,
    formatDate: chineseDate,
  });
  const { caseCardDoc } = await import('../../render/case-card-doc.js');
  const { renderOfficialDocx } = await import('../../render/docx/official.js');
  writeOutput(file, await renderOfficialDocx(caseCardDoc(card, config.org.issuer || config.org.name)));
  if (ctx.json) ctx.printJson({ no: c.no, file });
  ctx.done(`已生成 ${file}${o.showPii ? '' : '（信访人信息已脱敏，加 --show-pii 显示完整信息）'}`);
}

export function registerCaseCard(group: Command): void {
  group
    .command('card <编号>')
    .description('生成信访接待登记表（含一案一卡和处理过程）.docx')
    .option('--out <文件>', '输出文件（默认 out/信访接待登记表-编号.docx）')
    .option('--force', '覆盖已存在的文件')
    .option('--show-pii', '显示信访人完整的姓名、电话、身份证号、住址（默认脱敏）')
    .action(act((ctx, o, [no]) => writeCard(ctx, no, o)));
}
