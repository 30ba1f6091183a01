// Corrections: 改派 with a reason, `case undo` taking back the last step (recorded, not erased), `case edit` with
// the checks of registration and old → new in the history.
import { InputError } from '../../../src/errors.js';
import { editCase } from '../../../src/domain/cases/edit.js';
import { lastUndoableStep, undoLastStep } from '../../../src/domain/cases/undo.js';
import { applyStep, type StepInput } from '../../../src/domain/cases/workflow.js';
import type { Case } from '../../../src/domain/model.js';
import { caseConfig, makeCase } from '../fixtures/case-fixtures.js';

const TODAY = '2026-06-30';
const ctx = { config: caseConfig(), today: TODAY, calendar: null, by: '李文书' };
const run = (c: Case, ...steps: StepInput[]) => steps.reduce((cur, s) => applyStep(cur, s, ctx), c);
const handling = run(makeCase(), { action: '受理', date: '2026-03-05' }, { action: '交办', date: '2026-03-06', unit: '基础教育科', leader: '张明' });
const closed = run(handling, { action: '办结', date: '2026-04-08', result: '解决', replyDate: '2026-04-10' });

function refused(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('改派', () => {
  test('a new unit and leader, old → new and the reason in the history, with who did it', () => {
    const c = run(handling, { action: '改派', date: '2026-03-10', unit: '计财科', leader: '李强', reason: '交办单位有误' });
    expect({ unit: c.unit, leader: c.leader, status: c.status }).toEqual({ unit: '计财科', leader: '李强', status: '办理中' });
    expect(c.history.at(-1)).toMatchObject({
      date: '2026-03-10',
      action: '改派',
      note: '改派：责任单位由基础教育科改为计财科，包案领导由张明改为李强；原因：交办单位有误',
      by: '李文书',
      before: { unit: '基础教育科', leader: '张明' },
    });
  });

  test.each([
    [handling, { unit: '计财科', reason: ' ' }, '改派原因（--reason）不能为空'],
    [handling, { reason: '错了' }, '须至少指定 --unit'],
    [handling, { unit: '基础教育科', reason: 'x' }, '责任单位已是基础教育科，无需改派'],
    [handling, { unit: '人事科', reason: 'x' }, '责任单位“人事科”不存在'],
    [handling, { due: '2026-05-05', reason: 'x' }, '超过法定期限 2026-05-04'],
    [run(makeCase(), { action: '受理', date: '2026-03-05' }), { unit: '计财科', reason: 'x' }, '尚未交办，不能改派'],
    [closed, { unit: '计财科', reason: 'x' }, '已办结，不能再改派'],
  ] as [Case, Partial<StepInput & { action: '改派' }>, string][])('%#: refused %p', (c, more, want) => {
    expect(refused(() => applyStep(c, { action: '改派', date: '2026-03-10', reason: '', ...more } as StepInput, ctx))).toContain(want);
  });
});

describe('case undo', () => {
  test('a close by mistake goes back to 办理中; the step stays, marked, and a 撤销 entry says why', () => {
    const c = undoLastStep(closed, '误办结', { today: TODAY, by: '李文书' });
    expect({ status: c.status, closedDate: c.closedDate, result: c.result, replyDate: c.replyDate }).toEqual({
      status: '办理中', closedDate: null, result: null, replyDate: null,
    });
    expect(c.history.at(-2)).toMatchObject({ action: '办结', undone: true });
    expect(c.history.at(-1)).toEqual({ date: TODAY, action: '撤销', note: '撤销2026-04-08的办结（办结，结果：解决，答复日期2026-04-10）；原因：误办结', by: '李文书' });
  });

  test('steps come back one at a time, the newest first; a progress note is not a step', () => {
    const noted = run(handling, { action: '进展', date: '2026-03-20', note: '已约谈' });
    expect(lastUndoableStep(noted)?.action).toBe('交办');
    const c = undoLastStep(noted, '交错了', { today: TODAY });
    expect({ status: c.status, unit: c.unit, leader: c.leader, dueDate: c.dueDate }).toEqual({ status: '已受理', unit: '', leader: '', dueDate: null });
    const back = undoLastStep(c, '未到受理条件', { today: TODAY });
    expect({ status: back.status, acceptedDate: back.acceptedDate }).toEqual({ status: '登记', acceptedDate: null });
    expect(refused(() => undoLastStep(back, 'x', { today: TODAY }))).toContain('没有可撤销的办理步骤');
  });

  test('a step after an undo may be dated before the undo (the undone step no longer counts)', () => {
    const c = run(undoLastStep(closed, '误办结', { today: TODAY }), { action: '办结', date: '2026-04-07', result: '部分解决' });
    expect(c.closedDate).toBe('2026-04-07');
  });

  test('a review taken back reopens nothing and drops the review', () => {
    const asked = run(closed, { action: '复查', date: '2026-05-01' });
    const c = undoLastStep(asked, '登记错了', { today: TODAY });
    expect({ status: c.status, reviews: c.reviews }).toEqual({ status: '已办结', reviews: [] });
  });

  test.each([
    ['an empty reason', closed, ' ', '撤销原因（--reason）不能为空'],
    ['an imported step without its earlier state', { ...closed, history: closed.history.map(({ before: _b, ...h }) => h) }, 'x', '没有保存此前的状态，无法撤销'],
  ] as [string, Case, string, string][])('refused: %s', (_w, c, reason, want) => {
    expect(refused(() => undoLastStep(c, reason, { today: TODAY }))).toContain(want);
  });
});

describe('case edit', () => {
  const ectx = { config: caseConfig(), today: TODAY, by: '李文书' };

  test('fields corrected with the checks of registration; petitioner data masked in the history', () => {
    const { case: c } = editCase(handling, { phone: '13900139000', summary: '反映某校违规收取教辅费' }, '电话记错', ectx);
    expect({ phone: c.petitioner.phone, summary: c.summary }).toEqual({ phone: '13900139000', summary: '反映某校违规收取教辅费' });
    expect(c.history.at(-1)).toEqual({
      date: TODAY,
      action: '更正',
      note: '联系电话：138****8000→139****9000；内容摘要：反映某校违规收取资料费→反映某校违规收取教辅费；原因：电话记错',
      by: '李文书',
    });
  });

  test('the received date moves within its year, the 登记 entry with it', () => {
    const { case: c } = editCase(handling, { date: '2026-03-01' }, '日期记错', ectx);
    expect(c.receivedDate).toBe('2026-03-01');
    expect(c.history[0]).toMatchObject({ action: '登记', date: '2026-03-01' });
  });

  test('more than five persons with their representatives', () => {
    const { case: c } = editCase(handling, { persons: '8', representatives: '王一、王二' }, '人数记错', ectx);
    expect({ persons: c.persons, representatives: c.representatives }).toEqual({ persons: 8, representatives: ['王一', '王二'] });
  });

  test('an unchanged field naming an entry no longer active is not judged again', () => {
    const old = { ...handling, region: '旧区' };
    expect(editCase(old, { summary: '新的摘要' }, '补充', ectx).case.region).toBe('旧区');
  });

  test.each([
    [{}, '补充', '请指定要更正的内容'],
    [{ summary: 'x' }, ' ', '更正原因（--reason）不能为空'],
    [{ date: '2025-12-31' }, 'x', '登记日期只能在同一年内更正'],
    [{ date: '2026-03-06' }, 'x', '登记日期 2026-03-06 晚于受理日期 2026-03-05'],
    [{ date: '2026-07-01' }, 'x', '晚于今天'],
    [{ phone: '12345' }, 'x', '联系电话“12345”格式不对'],
    [{ category: '不存在' }, 'x', '问题类别“不存在”不存在'],
    [{ region: '旧区' }, 'x', '旧区'],
    [{ summary: '反映某校违规收取资料费' }, 'x', '无需更正'],
    [{ representatives: '王一' }, 'x', '不超过 5 人，无需推选代表'],
    [{ persons: '9', representatives: '甲、乙、丙、丁、戊、己' }, 'x', '代表不超过 5 人'],
  ] as [Record<string, string>, string, string][])('%#: refused %p', (changes, reason, want) => {
    expect(refused(() => editCase(handling, changes, reason, ectx))).toContain(want);
  });
});
