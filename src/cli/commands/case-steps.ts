// xinfang case accept|reject|assign|progress|extend|close|rate|reassign|review|resolve|terminate — the workflow
// steps, one table row each.
// Every step takes --date (default today); what a step needs and has not been given is asked on a terminal.
import type { Command } from 'commander';
import { latestReply } from '../../domain/cases/after-reply.js';
import { applyStep, assertStepAllowed, type StepAction, type StepInput } from '../../domain/cases/workflow.js';
import { CASE_RESULTS, REVIEW_LEVELS, SATISFACTIONS, type Case, type Config, type ReviewLevel } from '../../domain/model.js';
import { oneOf } from '../../domain/common/text.js';
import { activeNames } from '../../domain/org/org.js';
import { act } from '../action.js';
import { changeCases, deadlineCalendar, fillMissing, operator, readCases, reportCase, type FieldAsk } from '../case-session.js';
import type { Ctx } from '../context.js';

type Values = Record<string, string | undefined>;

interface StepCommand {
  name: string;
  action: StepAction;
  description: string;
  /** [flags, description] */
  options: [string, string][];
  asks: (config: Config) => FieldAsk[];
  input: (v: Values, date: string) => StepInput;
  done: (c: Case) => string;
}


const STEP_COMMANDS: StepCommand[] = [
  {
    name: 'accept',
    action: '受理',
    description: '受理信访件（收到后15日内）',
    options: [['--note <说明>', '说明']],
    asks: () => [],
    input: (v, date) => ({ action: '受理', date, note: v.note }),
    done: (c) => `信访件 ${c.no} 已受理（${c.acceptedDate}）；下一步：xinfang case assign ${c.no} --unit 责任单位 --leader 包案领导`,
  },
  {
    name: 'reject',
    action: '不予受理',
    description: '不予受理（写明理由，如应通过诉讼、仲裁、行政复议等途径解决）',
    options: [['--reason <理由>', '不予受理的理由']],
    asks: () => [{ key: 'reason', flag: '--reason', label: '不予受理的理由' }],
    input: (v, date) => ({ action: '不予受理', date, reason: v.reason ?? '' }),
    done: (c) => `信访件 ${c.no} 不予受理：${c.rejectReason}；请书面告知信访人`,
  },
  {
    name: 'assign',
    action: '交办',
    description: '交办责任单位并确定包案领导和办理期限',
    options: [
      ['--unit <单位>', '责任单位'],
      ['--leader <姓名>', '包案领导'],
      ['--due <日期>', '办理期限 YYYY-MM-DD（默认受理后60日）'],
      ['--note <说明>', '交办要求'],
    ],
    asks: (cfg) => [
      { key: 'unit', flag: '--unit', label: '责任单位', choices: activeNames(cfg.units) },
      { key: 'leader', flag: '--leader', label: '包案领导', choices: activeNames(cfg.leaders) },
    ],
    input: (v, date) => ({ action: '交办', date, unit: v.unit ?? '', leader: v.leader ?? '', due: v.due, note: v.note }),
    done: (c) => `信访件 ${c.no} 已交办${c.unit}，包案领导${c.leader}，办理期限 ${c.dueDate}`,
  },
  {
    name: 'progress',
    action: '进展',
    description: '记录办理进展',
    options: [['--note <进展>', '进展情况']],
    asks: () => [{ key: 'note', flag: '--note', label: '进展情况' }],
    input: (v, date) => ({ action: '进展', date, note: v.note ?? '' }),
    done: (c) => `已记录信访件 ${c.no} 的进展（${c.history[c.history.length - 1].date}）`,
  },
  {
    name: 'extend',
    action: '延期',
    description: '延长办理期限（只能一次，不超过30日）',
    options: [
      ['--days <天数>', '延长的天数'],
      ['--reason <理由>', '延期理由'],
    ],
    asks: () => [
      { key: 'days', flag: '--days', label: '延长的天数' },
      { key: 'reason', flag: '--reason', label: '延期理由' },
    ],
    input: (v, date) => ({ action: '延期', date, days: v.days ?? '', reason: v.reason ?? '' }),
    done: (c) => `信访件 ${c.no} 已延期 ${c.extension?.days} 天，办理期限延至 ${c.dueDate}`,
  },
  {
    name: 'close',
    action: '办结',
    description: '办结（办理结果与答复日期）',
    options: [
      ['--result <结果>', `办理结果：${CASE_RESULTS.join('、')}`],
      ['--reply-date <日期>', '书面答复日期（默认为办结日期）'],
      ['--note <说明>', '办结说明'],
    ],
    asks: () => [{ key: 'result', flag: '--result', label: '办理结果', choices: [...CASE_RESULTS] }],
    input: (v, date) => ({ action: '办结', date, result: v.result ?? '', replyDate: v.replyDate, note: v.note }),
    done: (c) => {
      // after a 复查/复核 the message names the review's opinion, not the first reply
      const { review, result, replyDate } = latestReply(c);
      return `信访件 ${c.no} ${review ? `${review.level}` : ''}已办结（${result}），答复日期 ${replyDate}；可用 xinfang case rate ${c.no} --satisfaction 满意 记录评价`;
    },
  },
  {
    name: 'rate',
    action: '评价',
    description: '记录信访人对办理结果的评价',
    options: [
      ['--satisfaction <评价>', `满意度：${SATISFACTIONS.join('、')}`],
      ['--note <说明>', '说明'],
    ],
    asks: () => [{ key: 'satisfaction', flag: '--satisfaction', label: '满意度', choices: [...SATISFACTIONS] }],
    input: (v, date) => ({ action: '评价', date, satisfaction: v.satisfaction ?? '', note: v.note }),
    done: (c) => `已记录信访件 ${c.no} 的评价：${c.satisfaction}`,
  },
  {
    name: 'reassign',
    action: '改派',
    description: '改派：改变办理中信访件的责任单位、包案领导或办理期限（须写明原因）',
    options: [
      ['--unit <单位>', '新的责任单位'],
      ['--leader <姓名>', '新的包案领导'],
      ['--due <日期>', '新的办理期限 YYYY-MM-DD'],
      ['--reason <原因>', '改派原因'],
    ],
    asks: () => [{ key: 'reason', flag: '--reason', label: '改派原因' }],
    input: (v, date) => ({ action: '改派', date, unit: v.unit, leader: v.leader, due: v.due, reason: v.reason ?? '' }),
    done: (c) => `信访件 ${c.no} 已改派：${c.unit}，包案领导${c.leader}，办理期限 ${c.dueDate}`,
  },
  {
    name: 'review',
    action: '复查',
    description: '记录复查或复核申请（书面答复之日起30日内；逾期的须 --late 写明理由），另计30日期限',
    options: [
      ['--level <级别>', `申请级别：${REVIEW_LEVELS.join('、')}`],
      ['--body <机关>', '复查（复核）机关'],
      ['--late <理由>', '逾期申请仍予登记的理由'],
    ],
    asks: () => [{ key: 'level', flag: '--level', label: '申请级别', choices: [...REVIEW_LEVELS] }],
    input: (v, date) => ({ action: oneOf<ReviewLevel>(v.level, REVIEW_LEVELS, '申请级别（--level）'), date, body: v.body, late: v.late }),
    done: (c) => {
      const r = c.reviews!.at(-1)!;
      return `信访件 ${c.no} 已登记${r.level}申请（${r.date}），${r.level}期限 ${r.dueDate}；答复后用 xinfang case close ${c.no} 办结`;
    },
  },
  {
    name: 'resolve',
    action: '化解',
    description: '记录化解（息诉罢访）：办结不等于化解',
    options: [['--note <情况>', '化解情况']],
    asks: () => [],
    input: (v, date) => ({ action: '化解', date, note: v.note }),
    done: (c) => `信访件 ${c.no} 已记录化解（息诉罢访，${c.resolution!.date}）`,
  },
  {
    name: 'terminate',
    action: '终结',
    description: '记录终结认定（须有终结认定文号）',
    options: [
      ['--doc-no <文号>', '终结认定文号'],
      ['--note <说明>', '说明'],
    ],
    asks: () => [{ key: 'docNo', flag: '--doc-no', label: '终结认定文号' }],
    input: (v, date) => ({ action: '终结', date, docNo: v.docNo ?? '', note: v.note }),
    done: (c) => `信访件 ${c.no} 已记录终结认定（${c.termination!.docNo}，${c.termination!.date}）`,
  },
];

async function runStep(ctx: Ctx, step: StepCommand, no: string, o: Values): Promise<void> {
  const today = ctx.today;
  const { repo, config } = await readCases(ctx);
  // an illegal step is refused before anything is asked
  assertStepAllowed(repo.getCase(no), step.action);
  const values = { ...o };
  await fillMissing(ctx, values, step.asks(config));
  const input = step.input(values, o.date ?? today);
  // 复查 and 复核 share one command: the level picks the row of the workflow table
  if (input.action !== step.action) assertStepAllowed(repo.getCase(no), input.action);
  const calendar = await deadlineCalendar(config);
  const by = operator(ctx);
  const c = await changeCases(ctx, (repo, tx) => {
    const updated = repo.updateCase(no, (cur) => applyStep(cur, input, { config: tx.config, today, calendar, by }));
    tx.note(`信访件${input.action}`, [`case:${updated.no}`]);
    return updated;
  });
  reportCase(ctx, c, step.done(c));
}

export function registerCaseSteps(group: Command): void {
  for (const step of STEP_COMMANDS) {
    const cmd = group.command(`${step.name} <编号>`).description(step.description);
    for (const [flags, desc] of step.options) cmd.option(flags, desc);
    cmd.option('--date <日期>', '这一步的日期 YYYY-MM-DD，默认今天');
    cmd.action(act((ctx, o, [no]) => runStep(ctx, step, no, o)));
  }
}
