import { InputError } from '../../../src/errors.js';
import { applyStep, assertStepAllowed, pendingStep, TRANSITIONS, type StepInput } from '../../../src/domain/cases/workflow.js';
import type { Case } from '../../../src/domain/model.js';
import { caseConfig, fakeCalendar, makeCase } from '../fixtures/case-fixtures.js';

const TODAY = '2026-06-30';
const ctx = { config: caseConfig(), today: TODAY, calendar: null };

function run(c: Case, ...steps: StepInput[]): Case {
  return steps.reduce((cur, s) => applyStep(cur, s, ctx), c);
}

function refusal(c: Case, step: StepInput, context = ctx): string {
  try {
    applyStep(c, step, context);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected the step to be refused');
}

const accept: StepInput = { action: '受理', date: '2026-03-05' };
const assign: StepInput = { action: '交办', date: '2026-03-06', unit: '基础教育科', leader: '张明' };
const close: StepInput = { action: '办结', date: '2026-04-08', result: '解决', replyDate: '2026-04-10' };

describe('the whole line 登记 → 已受理 → 办理中 → 已办结 → 已评价', () => {
  const c = run(
    makeCase(),
    accept,
    assign,
    { action: '进展', date: '2026-03-20', note: '已约谈学校负责人' },
    { action: '延期', date: '2026-04-01', days: 30, reason: '情况复杂，需多部门核查' },
    { ...close, date: '2026-04-10' },
    { action: '评价', date: '2026-04-12', satisfaction: '满意' },
  );

  test('fields of every step are set', () => {
    expect(c).toMatchObject({
      status: '已评价',
      acceptedDate: '2026-03-05',
      unit: '基础教育科',
      leader: '张明',
      dueDate: '2026-06-03', // 2026-03-05 + 60 = 05-04, extended by 30
      extension: { days: 30, reason: '情况复杂，需多部门核查', date: '2026-04-01' },
      closedDate: '2026-04-10',
      result: '解决',
      replyDate: '2026-04-10',
      satisfaction: '满意',
    });
  });

  test('every step is in the history, in order, with its date and note', () => {
    expect(c.history.map(({ date, action, note }) => ({ date, action, note }))).toEqual([
      { date: '2026-03-02', action: '登记', note: '来访' },
      { date: '2026-03-05', action: '受理', note: '予以受理' },
      { date: '2026-03-06', action: '交办', note: '交办基础教育科，包案领导张明，办理期限2026-05-04' },
      { date: '2026-03-20', action: '进展', note: '已约谈学校负责人' },
      { date: '2026-04-01', action: '延期', note: '延期30天，办理期限由2026-05-04延至2026-06-03；情况复杂，需多部门核查' },
      { date: '2026-04-10', action: '办结', note: '办结，结果：解决，答复日期2026-04-10' },
      { date: '2026-04-12', action: '评价', note: '信访人评价：满意' },
    ]);
  });

  test('the input case is not changed', () => {
    const before = makeCase();
    const copy = structuredClone(before);
    applyStep(before, accept, ctx);
    expect(before).toEqual(copy);
  });
});

test('reject with a reason', () => {
  const c = run(makeCase(), { action: '不予受理', date: '2026-03-04', reason: '应通过行政复议途径解决' });
  expect(c.status).toBe('不予受理');
  expect(c.rejectReason).toBe('应通过行政复议途径解决');
  expect(c.history.at(-1)).toEqual({
    date: '2026-03-04',
    action: '不予受理',
    note: '应通过行政复议途径解决',
    before: { status: '登记', rejectReason: '' },
  });
});

describe('illegal steps say which step is missing', () => {
  const registered = makeCase();
  const accepted = run(makeCase(), accept);
  const handling = run(makeCase(), accept, assign);
  const closed = run(makeCase(), accept, assign, close);
  const rejected = run(makeCase(), { action: '不予受理', date: '2026-03-04', reason: '诉讼途径' });
  test.each([
    [registered, close, '信访件 2026-0001 尚未受理，不能办结，请先 xinfang case accept 2026-0001'],
    [registered, assign, '尚未受理，不能交办'],
    [accepted, close, '信访件 2026-0001 尚未交办，不能办结，请先 xinfang case assign 2026-0001 --unit 责任单位 --leader 包案领导'],
    [accepted, { action: '延期', date: '2026-03-07', days: 10, reason: 'x' }, '尚未交办，不能延期'],
    [handling, { action: '评价', date: '2026-04-10', satisfaction: '满意' }, '尚未办结，不能评价，请先 xinfang case close 2026-0001'],
    [handling, accept, '信访件 2026-0001 正在办理中，不能再受理'],
    [closed, close, '已办结，不能再办结'],
    [closed, { action: '进展', date: '2026-04-10', note: 'x' }, '已办结，不能再进展'],
    [rejected, accept, '已不予受理，不能再受理'],
    [accepted, { action: '不予受理', date: '2026-03-06', reason: 'x' }, '已受理，不能再不予受理'],
  ] as [Case, StepInput, string][])('%#: %s', (c, step, want) => expect(refusal(c, step)).toContain(want));

  test('the table covers every action', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual(
      ['不予受理', '交办', '办结', '受理', '延期', '评价', '进展', '复查', '复核', '化解', '终结', '改派'].sort(),
    );
    expect(() => assertStepAllowed(handling, '进展')).not.toThrow();
  });
});

describe('step inputs are checked', () => {
  const accepted = run(makeCase(), accept);
  const handling = run(makeCase(), accept, assign);
  test.each([
    [makeCase(), { action: '受理', date: '2026-03-01' }, '受理日期 2026-03-01 早于上一步日期 2026-03-02'],
    [makeCase(), { action: '受理', date: '2026-07-01' }, '晚于今天（2026-06-30）'],
    [makeCase(), { action: '受理', date: '2026-02-30' }, '不是有效日期'],
    [makeCase(), { action: '不予受理', date: '2026-03-04', reason: ' ' }, '不予受理理由（--reason）不能为空'],
    [accepted, { ...assign, unit: '人事科' }, '责任单位“人事科”不存在，可选：'],
    [accepted, { ...assign, leader: '王五' }, '包案领导“王五”不存在，可选：张明、李强'],
    [accepted, { ...assign, due: '2026-05-05' }, '超过法定期限 2026-05-04'],
    [accepted, { ...assign, due: '2026-03-05' }, '早于交办日期 2026-03-06'],
    [handling, { action: '延期', date: '2026-04-01', days: 31, reason: 'x' }, '延期天数 31 超过上限 30 天'],
    [handling, { action: '延期', date: '2026-04-01', days: 0, reason: 'x' }, '应为 1 到'],
    [handling, { action: '延期', date: '2026-05-05', days: 10, reason: 'x' }, '办理期限 2026-05-04 已过'],
    [handling, { action: '进展', date: '2026-04-01', note: '' }, '进展情况（--note）不能为空'],
    [handling, { ...close, result: '已解决' }, '办理结果（--result）“已解决”无效，可选：解决、部分解决、解释疏导、不予支持'],
    [handling, { ...close, replyDate: '2026-03-01' }, '答复日期（--reply-date） 2026-03-01 早于受理日期 2026-03-05'],
  ] as [Case, StepInput, string][])('%#: %s', (c, step, want) => expect(refusal(c, step)).toContain(want));

  test('only one extension', () => {
    const extended = run(handling, { action: '延期', date: '2026-04-01', days: 10, reason: '核查' });
    expect(refusal(extended, { action: '延期', date: '2026-04-02', days: 5, reason: 'x' })).toBe(
      '信访件 2026-0001 已于 2026-04-01 延期 10 天，办理期限只能延长一次',
    );
  });

  test('an explicit due date within the limit is kept; reply date defaults to the close date', () => {
    const c = run(makeCase(), accept, { ...assign, due: '2026-04-30' }, { action: '办结', date: '2026-04-20', result: '部分解决' });
    expect(c.dueDate).toBe('2026-04-30');
    expect(c.replyDate).toBe('2026-04-20');
  });
});

test('working-day mode: due date at 交办 and the extension go through the holiday calendar', () => {
  const wctx = { config: caseConfig({ deadlineDays: 'working', handleDays: 10, maxExtensionDays: 5 }), today: '2026-12-31', calendar: fakeCalendar };
  const c0 = makeCase({ receivedDate: '2026-09-28', history: [{ date: '2026-09-28', action: '登记', note: '' }] });
  const c1 = applyStep(c0, { action: '受理', date: '2026-09-29' }, wctx);
  const c2 = applyStep(c1, { action: '交办', date: '2026-09-29', unit: '计财科', leader: '李强' }, wctx);
  // 10 working days after 09-29: 09-30, 10-08, 10-09, 10-10 (调休), 10-12 … 10-16, 10-19
  expect(c2.dueDate).toBe('2026-10-19');
  const c3 = applyStep(c2, { action: '延期', date: '2026-10-15', days: 5, reason: '核查' }, wctx);
  expect(c3.dueDate).toBe('2026-10-26');
});

test.each([
  [makeCase(), '待受理'],
  [makeCase({ status: '办理中' }), '待办结'],
  [makeCase({ status: '已评价' }), null],
  [makeCase({ status: '不予受理' }), null],
])('pending step %#', (c, want) => expect(pendingStep(c)).toBe(want));
