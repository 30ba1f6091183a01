// The official letters: golden text of each kind's document, who sees the real name, when a case may have each
// kind, and the 文号 numbered per kind and year.
import { InputError } from '../../src/errors.js';
import { currentDeadline } from '../../src/domain/cases/deadlines.js';
import { applyStep, type StepInput } from '../../src/domain/cases/workflow.js';
import { chineseDate } from '../../src/domain/common/dates.js';
import { LETTER_KINDS, type LetterContext, type LetterKindName } from '../../src/domain/cases/letters/letter-kind.js';
import { buildLetter, letterHistoryNote, reprintNumber } from '../../src/domain/cases/letters/letter-model.js';
import { checkLetterNumberFormat, takeLetterNumber } from '../../src/domain/cases/letters/letter-number.js';
import { LETTERS, letterKind } from '../../src/domain/cases/letters/letters.js';
import type { Case } from '../../src/domain/model.js';
import { Wording } from '../../src/domain/common/wording.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { letterDoc } from '../../src/render/letter-doc.js';
import { loadTemplate } from '../../src/render/templates.js';
import { caseConfig, makeCase } from '../domain/fixtures/case-fixtures.js';
import { docxText } from '../helpers/docx-text.js';
import { expectGoldenText } from '../helpers/golden.js';

const config = caseConfig();
config.leaders[0].title = '副局长';
const run = (c: Case, today: string, ...steps: StepInput[]) => steps.reduce((cur, s) => applyStep(cur, s, { config, today, calendar: null }), c);
const accept: StepInput = { action: '受理', date: '2026-03-05' };
const assign: StepInput = { action: '交办', date: '2026-03-06', unit: '基础教育科', leader: '张明' };

/** Each kind with a case in the state it needs and the letter's date. */
const CASES: Record<LetterKindName, { c: Case; date: string }> = {
  受理告知书: { c: run(makeCase(), '2026-03-05', accept), date: '2026-03-05' },
  不予受理告知书: { c: run(makeCase(), '2026-03-04', { action: '不予受理', date: '2026-03-04', reason: '所反映事项已进入行政复议程序' }), date: '2026-03-04' },
  延期告知书: { c: run(makeCase(), '2026-04-20', accept, assign, { action: '延期', date: '2026-04-20', days: 30, reason: '需会同人社部门核实' }), date: '2026-04-20' },
  交办单: { c: run(makeCase(), '2026-03-06', accept, assign), date: '2026-03-06' },
  督办单: { c: run(makeCase(), '2026-05-10', accept, assign, { action: '进展', date: '2026-03-20', note: '已约谈学校负责人' }), date: '2026-05-10' },
  答复意见书: { c: run(makeCase(), '2026-04-10', accept, assign, { action: '办结', date: '2026-04-08', result: '部分解决', replyDate: '2026-04-10' }), date: '2026-04-10' },
};

function context(c: Case, date: string, showPii = false): LetterContext {
  return { config, date, deadline: currentDeadline(c, config.settings, null), dueSoonDays: 7, showPii, formatDate: chineseDate };
}

const wording = (k: LetterKindName) => new Wording(loadTemplate(`letters/${k}`), `letters/${k}.json`);

describe.each(LETTER_KINDS)('%s', (kind) => {
  test('golden text of the document', async () => {
    const { c, date } = CASES[kind];
    const model = buildLetter(c, LETTERS[kind], wording(kind), context(c, date), `示教${wording(kind).text('code')}〔2026〕3号`);
    expectGoldenText(`letters/${kind}.txt`, await docxText(await renderOfficialDocx(letterDoc(model))));
  });
});

test('letters to the petitioner name them; letters to the unit mask them unless asked', () => {
  const name = (k: LetterKindName, showPii = false) => {
    const { c, date } = CASES[k];
    const m = buildLetter(c, LETTERS[k], wording(k), context(c, date, showPii), 'x');
    return [m.addressee, ...m.paragraphs, ...m.table.map((r) => r[1])].join('');
  };
  expect(name('受理告知书')).toContain('王某某：');
  expect(name('答复意见书')).toContain('王某某');
  expect(name('交办单')).toContain('王**');
  expect(name('交办单')).not.toContain('王某某');
  expect(name('交办单', true)).toContain('王某某');
});

describe('a letter the case is not ready for names the missing step', () => {
  const registered = makeCase();
  const handling = CASES.交办单.c;
  test.each([
    ['受理告知书', registered, '2026-03-04', '尚未受理，不能出具受理告知书，请先 xinfang case accept 2026-0001'],
    ['不予受理告知书', handling, '2026-03-06', '不是不予受理的信访件'],
    ['延期告知书', handling, '2026-03-06', '尚未延期，不能出具延期告知书'],
    ['交办单', CASES.受理告知书.c, '2026-03-05', '尚未交办，不能出具交办单'],
    ['督办单', handling, '2026-03-06', '未超期也未临期'],
    ['督办单', CASES.答复意见书.c, '2026-04-10', '没有在办的期限，无需督办'],
    ['答复意见书', handling, '2026-03-06', '尚未办结，不能出具答复意见书'],
  ] as [LetterKindName, Case, string, string][])('%s: %#', (k, c, date, want) => {
    let message = '';
    try {
      buildLetter(c, LETTERS[k], wording(k), context(c, date), 'x');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      message = (e as Error).message;
    }
    expect(message).toContain(want);
  });

  test('an unknown kind lists the kinds', () => {
    expect(() => letterKind('通知书')).toThrow('文书种类“通知书”无效，可选：受理告知书、不予受理告知书、延期告知书、交办单、督办单、答复意见书');
  });
});

describe('文号', () => {
  test('numbered per kind and per year, in the configured format', () => {
    const cfg = caseConfig();
    cfg.letters = { numberFormat: '{org}{code}〔{year}〕{seq}号', orgCode: '示教', seq: {} };
    expect(takeLetterNumber(cfg, '受理告知书', '信受', 2026)).toBe('示教信受〔2026〕1号');
    expect(takeLetterNumber(cfg, '受理告知书', '信受', 2026)).toBe('示教信受〔2026〕2号');
    expect(takeLetterNumber(cfg, '督办单', '信督', 2026)).toBe('示教信督〔2026〕1号');
    expect(takeLetterNumber(cfg, '受理告知书', '信受', 2027)).toBe('示教信受〔2027〕1号');
    expect(cfg.letters.seq).toEqual({ '2026/受理告知书': 2, '2026/督办单': 1, '2027/受理告知书': 1 });
  });

  test('without settings: no 机关代字, the default format', () => {
    const cfg = caseConfig();
    expect(takeLetterNumber(cfg, '交办单', '信交', 2026)).toBe('信交〔2026〕1号');
  });

  test.each([
    ['{org}{code}{seq}号', '须含 {year} 和 {seq}'],
    ['{org}〔{year}〕{n}号', '{n} 无法识别'],
    ['', '不能为空'],
  ])('format %p refused', (f, want) => expect(() => checkLetterNumberFormat(f)).toThrow(want));
});

describe('答复意见书 after a review: the review opinion and the next step open', () => {
  const closed = CASES.答复意见书.c;
  const afterReview = run(closed, '2026-04-25', { action: '复查', date: '2026-04-15', body: '示例市人民政府' }, { action: '办结', date: '2026-04-25', result: '不予支持' });
  const afterRecheck = run(afterReview, '2026-05-20', { action: '复核', date: '2026-05-05' }, { action: '办结', date: '2026-05-20', result: '解释疏导' });
  const text = (c: Case, date: string) => buildLetter(c, LETTERS.答复意见书, wording('答复意见书'), context(c, date), 'x').paragraphs.join('\n');
  test.each([
    ['the first reply', closed, '2026-04-10', ['本机关已于2026年3月5日受理，现答复如下：', '符合政策规定的部分已予以解决', '提出复查请求'], ['复核']],
    ['after 复查', afterReview, '2026-04-25', ['本机关已于2026年4月10日作出答复。你（们）不服，于2026年4月15日提出复查请求。经复查，现提出复查意见如下：', '不予支持', '30日内向示例市人民政府的上一级行政机关提出复核请求'], ['日内向示例区教育局的上一级行政机关提出复查请求', '符合政策规定的部分']],
    ['after 复核', afterRecheck, '2026-05-20', ['于2026年5月5日提出复核请求。经复核', '相关政策已向你（们）解释', '不再受理'], ['日内向', '不予支持']],
  ])('%s', (_, c, date, present, absent) => {
    const t = text(c, date);
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
    expect(t).not.toMatch(/经调查核实，[^\n]*经调查核实/);
  });
  test('复核 without a named 复查 body goes to the body above the one that reviewed', () => {
    const unnamed = run(closed, '2026-04-25', { action: '复查', date: '2026-04-15' }, { action: '办结', date: '2026-04-25', result: '解决' });
    expect(text(unnamed, '2026-04-25')).toContain('30日内向复查机关的上一级行政机关提出复核请求');
  });
});

describe('a reprint keeps its 文号; a new letter is numbered', () => {
  const accepted = CASES.受理告知书.c;
  const issued = (c: Case, kind: LetterKindName, docNo: string, date: string): Case => ({
    ...c, history: [...c.history, { date, action: '文书', note: letterHistoryNote(kind, docNo) }],
  });
  const step = (c: Case, action: string): Case => ({ ...c, history: [...c.history, { date: '2026-03-08', action, note: '' }] });
  const withAcceptance = issued(accepted, '受理告知书', '信受〔2026〕1号', '2026-03-05');
  const overdue = CASES.督办单.c;
  const supervised = issued(overdue, '督办单', '信督〔2026〕4号', '2026-05-10');
  test.each([
    ['never issued', accepted, '受理告知书', '2026-03-05', null],
    ['issued before, nothing since', withAcceptance, '受理告知书', '2026-03-09', '信受〔2026〕1号'],
    ['another kind issued since', issued(withAcceptance, '交办单', '信交〔2026〕2号', '2026-03-06'), '受理告知书', '2026-03-09', '信受〔2026〕1号'],
    ['assigned since: the 受理告知书 says nothing new', run(withAcceptance, '2026-03-06', assign), '受理告知书', '2026-03-09', '信受〔2026〕1号'],
    ['交办单, a progress note since', step(issued(accepted, '交办单', '信交〔2026〕2号', '2026-03-06'), '进展'), '交办单', '2026-03-09', '信交〔2026〕2号'],
    ['交办单, reassigned since (改派): a new letter', step(issued(accepted, '交办单', '信交〔2026〕2号', '2026-03-06'), '改派'), '交办单', '2026-03-09', null],
    ['受理告知书, corrected since (更正): a new letter', step(withAcceptance, '更正'), '受理告知书', '2026-03-09', null],
    ['another kind never issued', withAcceptance, '不予受理告知书', '2026-03-09', null],
    ['督办单 again the same day', supervised, '督办单', '2026-05-10', '信督〔2026〕4号'],
    ['督办单 on a later day: a new supervision', supervised, '督办单', '2026-05-20', null],
  ] as const)('%s', (_, c, kind, date, expected) => {
    expect(reprintNumber(c, LETTERS[kind], date)).toBe(expected);
  });

  test('after a step that changes what the letter says (办结 then 复查 closed), the 答复意见书 is a new letter', () => {
    const replied = issued(CASES.答复意见书.c, '答复意见书', '信复〔2026〕1号', '2026-04-10');
    expect(reprintNumber(replied, LETTERS.答复意见书, '2026-04-12')).toBe('信复〔2026〕1号');
    const reviewed = run(replied, '2026-04-25', { action: '复查', date: '2026-04-15' }, { action: '办结', date: '2026-04-25', result: '不予支持' });
    expect(reprintNumber(reviewed, LETTERS.答复意见书, '2026-04-25')).toBeNull();
  });

  test('a letter entry taken back (undone) is not reprinted from', () => {
    const undone: Case = { ...withAcceptance, history: withAcceptance.history.map((h) => (h.action === '文书' ? { ...h, undone: true } : h)) };
    expect(reprintNumber(undone, LETTERS.受理告知书, '2026-03-09')).toBeNull();
  });
});
