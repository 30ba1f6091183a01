// 复查/复核 within 30 days of the reply they answer, each with its own deadline; 化解 and 终结认定 after the reply.
import { InputError } from '../../../src/errors.js';
import { openReview, reviewWindow } from '../../../src/domain/cases/after-reply.js';
import { currentDeadline } from '../../../src/domain/cases/deadlines.js';
import { applyStep, type StepInput } from '../../../src/domain/cases/workflow.js';
import { openSummary } from '../../../src/store/cases-repo.js';
import type { Case } from '../../../src/domain/model.js';
import { caseConfig, makeCase } from '../fixtures/case-fixtures.js';

const TODAY = '2026-12-31';
const ctx = { config: caseConfig(), today: TODAY, calendar: null };
const run = (c: Case, ...steps: StepInput[]) => steps.reduce((cur, s) => applyStep(cur, s, ctx), c);

function refusal(c: Case, step: StepInput): string {
  try {
    applyStep(c, step, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected the step to be refused');
}

const handling = run(
  makeCase(),
  { action: '受理', date: '2026-03-05' },
  { action: '交办', date: '2026-03-06', unit: '基础教育科', leader: '张明' },
);
// replied on 04-10: the 复查 window runs to 05-10
const replied = run(handling, { action: '办结', date: '2026-04-08', result: '解决', replyDate: '2026-04-10' });
const review = (level: '复查' | '复核', date: string, more: Partial<{ body: string; late: string }> = {}): StepInput => ({ action: level, date, ...more });
const closeOn = (date: string): StepInput => ({ action: '办结', date, result: '部分解决' });

describe('a request for 复查', () => {
  test('within 30 days of the reply: status 复查中 with its own 30-day deadline; the first reply stays', () => {
    const c = run(replied, review('复查', '2026-05-10', { body: '市教育局' }));
    expect(c.status).toBe('复查中');
    expect(c.reviews).toEqual([
      { level: '复查', date: '2026-05-10', body: '市教育局', late: '', dueDate: '2026-06-09', closedDate: null, result: null, replyDate: null },
    ]);
    expect({ result: c.result, replyDate: c.replyDate, closedDate: c.closedDate }).toEqual({ result: '解决', replyDate: '2026-04-10', closedDate: '2026-04-08' });
    expect(c.history.at(-1)).toMatchObject({ action: '复查', note: '申请复查（复查机关：市教育局），复查期限2026-06-09' });
  });

  test('the review deadline is the one `case due` runs against', () => {
    const c = run(replied, review('复查', '2026-05-10'));
    expect(currentDeadline(openSummary(c), ctx.config.settings, null)).toEqual({ stage: '复查', deadline: '2026-06-09', provisional: false });
  });

  test('closed by case close: the opinion goes on the review, the case is 已办结 again', () => {
    const c = run(replied, review('复查', '2026-05-10'), { action: '办结', date: '2026-06-01', result: '不予支持', replyDate: '2026-06-02' });
    expect(c.status).toBe('已办结');
    expect(c.reviews![0]).toMatchObject({ closedDate: '2026-06-01', result: '不予支持', replyDate: '2026-06-02' });
    expect(c.result).toBe('解决');
    expect(openReview(c)).toBeNull();
  });

  test.each([
    ['after the window, without --late', replied, review('复查', '2026-05-11'), '复查申请已超过期限：自书面答复（2026-04-10）起30日，已于 2026-05-10 届满，不予受理；确有正当理由的，请加 --late 理由 记录'],
    ['--late within the window', replied, review('复查', '2026-05-01', { late: '住院' }), '在期限（2026-05-10）内，不是逾期申请'],
    ['before the reply', handling, review('复查', '2026-04-01'), '信访件 2026-0001 尚未办结，不能复查，请先 xinfang case close 2026-0001'],
    ['a second 复查', run(replied, review('复查', '2026-05-01'), closeOn('2026-05-20')), review('复查', '2026-05-25'), '已于 2026-05-01 申请复查，同一事项只能复查一次；对复查意见不服的，可申请复核'],
    ['复核 before any 复查', replied, review('复核', '2026-05-01'), '尚未复查或复查意见尚未答复，不能申请复核'],
    ['while under review', run(replied, review('复查', '2026-05-01')), review('复核', '2026-05-02'), '尚未答复复查意见，不能复核'],
    ['a date in the future', replied, review('复查', '2027-01-01'), '晚于今天（2026-12-31）'],
    ['a date before the reply', run(handling, { action: '办结', date: '2026-04-08', result: '解决', replyDate: '2026-04-10' }), review('复查', '2026-04-09'), '早于书面答复日期 2026-04-10'],
  ] as [string, Case, StepInput, string][])('refused: %s', (_what, c, step, want) => expect(refusal(c, step)).toContain(want));

  test('a late request is recorded with its reason and the day the window lapsed', () => {
    const c = run(replied, review('复查', '2026-05-20', { late: '信访人住院治疗' }));
    expect(c.reviews![0].late).toBe('信访人住院治疗');
    expect(c.history.at(-1)!.note).toContain('逾期申请（期限已于2026-05-10届满）：信访人住院治疗');
  });
});

describe('复核 after the 复查 opinion', () => {
  const reviewed = run(replied, review('复查', '2026-05-01'), { action: '办结', date: '2026-05-20', result: '不予支持', replyDate: '2026-05-21' });

  test('counts its window from the 复查 reply, and has its own deadline', () => {
    expect(reviewWindow(reviewed, '复核')).toEqual({ from: '2026-05-21', lapse: '2026-06-20' });
    const c = run(reviewed, review('复核', '2026-06-20'));
    expect(c.status).toBe('复核中');
    expect(c.reviews![1]).toMatchObject({ level: '复核', dueDate: '2026-07-20' });
  });

  test('a second 复核 is refused: the 复核 opinion is final', () => {
    const c = run(reviewed, review('复核', '2026-06-01'), closeOn('2026-06-15'));
    expect(refusal(c, review('复核', '2026-06-16'))).toContain('复核意见为最终意见');
  });
});

describe('化解 and 终结认定', () => {
  test('化解 keeps the status and records the date', () => {
    const c = run(replied, { action: '化解', date: '2026-05-01', note: '信访人签字息诉' });
    expect(c.status).toBe('已办结');
    expect(c.resolution).toEqual({ date: '2026-05-01', note: '信访人签字息诉' });
  });

  test('终结 needs its 文号', () => {
    expect(refusal(replied, { action: '终结', date: '2026-05-01', docNo: ' ' })).toContain('终结认定文号（--doc-no）不能为空');
    expect(run(replied, { action: '终结', date: '2026-05-01', docNo: '示教终〔2026〕1号' }).termination).toEqual({ date: '2026-05-01', docNo: '示教终〔2026〕1号' });
  });

  test.each([
    ['化解 before the reply', handling, { action: '化解', date: '2026-04-01' }, '尚未办结，不能化解'],
    ['化解 twice', run(replied, { action: '化解', date: '2026-05-01' }), { action: '化解', date: '2026-05-02' }, '已于 2026-05-01 化解'],
    ['终结 after 化解', run(replied, { action: '化解', date: '2026-05-01' }), { action: '终结', date: '2026-05-02', docNo: 'x' }, '无需终结认定'],
    ['复查 after 终结', run(replied, { action: '终结', date: '2026-05-01', docNo: '示教终〔2026〕1号' }), review('复查', '2026-05-02'), '已于 2026-05-01 终结认定（示教终〔2026〕1号），不能再申请复查'],
    ['化解 under review', run(replied, review('复查', '2026-05-01')), { action: '化解', date: '2026-05-02' }, '尚未答复复查意见，不能化解'],
  ] as [string, Case, StepInput, string][])('refused: %s', (_what, c, step, want) => expect(refusal(c, step)).toContain(want));
});
