import { InputError } from '../../../src/errors.js';
import {
  checkChannel,
  checkIdNumber,
  checkLeader,
  checkPastDate,
  checkPersons,
  checkPhone,
  checkRegion,
  checkStepDate,
  checkTags,
  checkUnit,
  checkCategory,
  checkSource,
  idCheckChar,
  personsWarning,
} from '../../../src/domain/cases/validate.js';
import { checkCaseInput, missingCaseFields, receptionFor } from '../../../src/domain/cases/register.js';
import { caseConfig } from '../fixtures/case-fixtures.js';

const TODAY = '2026-03-10';

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('ID number (GB 11643)', () => {
  test.each([
    ['11010519491231002X', '11010519491231002X'],
    ['11010519491231002x', '11010519491231002X'],
    [' 320701198001010012 ', '320701198001010012'],
    ['320706200002291233', '320706200002291233'], // 29 Feb of a leap year
    ['', ''],
  ])('%p is accepted as %p', (raw, want) => {
    expect(checkIdNumber(raw, TODAY)).toBe(want);
  });

  test.each([
    ['110105194912310021', '校验位不符'],
    ['320701198001010013', '校验位不符'],
    ['11010519491231002', '应为18位'],
    ['1101051949123100AX', '应为18位'],
    ['110105194913310020', '出生日期 19491331'],
    ['320706200102291230', '出生日期 20010229'], // 2001 is not a leap year
    ['320706203001011230', '出生日期 20300101'], // born in the future
  ])('%p is refused: %p', (raw, part) => {
    expect(message(() => checkIdNumber(raw, TODAY))).toContain(part);
  });

  test('the check character follows the weights', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('32070119800101001')).toBe('2');
  });
});

describe('phone', () => {
  test.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['19912345678', '19912345678'],
    ['0518-85551001', '0518-85551001'],
    ['051885551001', '051885551001'],
    ['010-12345678', '010-12345678'],
    ['0518-85551001-802', '0518-85551001-802'],
    ['', ''],
  ])('%p → %p', (raw, want) => expect(checkPhone(raw)).toBe(want));

  test.each(['12800138000', '1380013800', '138001380001', '85551001', '0518-555', 'abc'])('%p is refused', (raw) => {
    expect(message(() => checkPhone(raw))).toContain('联系电话');
  });
});

describe('dates', () => {
  test.each([
    ['2026-03-10', null],
    ['2026-01-01', null],
    ['2026-03-11', '晚于今天'],
    ['2026-02-30', '不是有效日期'],
    ['2026/03/01', '不是有效日期'],
  ])('%p', (raw, err) => {
    if (err) expect(message(() => checkPastDate(raw, TODAY, '登记日期'))).toContain(err);
    else expect(checkPastDate(raw, TODAY, '登记日期')).toBe(raw);
  });

  test('a step date may not come before the previous step', () => {
    expect(message(() => checkStepDate('2026-03-01', TODAY, '2026-03-02', '受理日期', '上一步'))).toContain('早于上一步日期 2026-03-02');
    expect(checkStepDate('2026-03-02', TODAY, '2026-03-02', '受理日期', '上一步')).toBe('2026-03-02');
  });
});

describe('names must exist; the error lists the valid ones', () => {
  const cfg = caseConfig();
  test.each([
    [() => checkCategory(cfg, '教育收费'), '教育收费'],
    [() => checkSource(cfg, '市信访局'), '市信访局'],
    [() => checkUnit(cfg, '基础教育科'), '基础教育科'],
    [() => checkUnit(cfg, '海州区'), '海州区'],
    [() => checkRegion(cfg, '市第一中学'), '市第一中学'],
    [() => checkLeader(cfg, ' 张明 '), '张明'],
    [() => checkChannel('来访'), '来访'],
    [() => checkChannel('网'), '网上'],
    [() => checkChannel('电'), '来电'],
  ])('accepted %#', (fn, want) => expect(fn()).toBe(want));

  test.each([
    [() => checkCategory(cfg, '住房'), '问题类别“住房”不存在，可选：办学管理、教育收费、教师待遇、其它'],
    [() => checkUnit(cfg, '人事科'), '责任单位“人事科”不存在，可选：基础教育科、计财科、海州区、连云区、市第一中学'],
    [() => checkRegion(cfg, '基础教育科'), '涉及地区“基础教育科”不存在，可选：海州区、连云区、市第一中学'],
    [() => checkRegion(cfg, '旧区'), '涉及地区“旧区”已停用'],
    [() => checkLeader(cfg, '王五'), '包案领导“王五”不存在，可选：张明、李强'],
    [() => checkLeader(cfg, '赵退'), '包案领导“赵退”已停用'],
    [() => checkSource(cfg, ''), '来源不能为空，可选：本级受理、市信访局'],
    [() => checkChannel('传真'), '渠道“传真”不存在，可选：来信、来访、网上、来电'],
  ])('refused %#', (fn, want) => expect(message(fn)).toContain(want));
});

describe('persons and tags', () => {
  test.each([
    ['', 1],
    ['1', 1],
    [3, 3],
    ['12', 12],
  ])('%p people', (raw, want) => expect(checkPersons(raw)).toBe(want));
  test.each(['0', '-1', '2.5', '两'])('%p is refused', (raw) => expect(message(() => checkPersons(raw))).toContain('人数'));
  test('more than five people must name representatives', () => {
    expect(personsWarning(5)).toBeNull();
    expect(personsWarning(6)).toContain('推选代表');
  });
  test('tags split on Chinese and Latin separators, without repeats', () => {
    expect(checkTags('违规收费，资料费、违规收费 补课')).toEqual(['违规收费', '资料费', '补课']);
  });
});

describe('registration input', () => {
  const cfg = caseConfig();
  const good = {
    date: '2026-03-02', channel: '来访', source: '本级受理', name: '王某某', phone: '13800138000',
    idNumber: '11010519491231002X', address: '海州区某小区', persons: '1', region: '海州区', category: '教育收费',
    summary: '反映某校违规收取资料费', demands: '退还费用', tags: '违规收费',
  };

  test('good input gives the fields and no problems', () => {
    const r = checkCaseInput(good, cfg, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.fields).toMatchObject({ receivedDate: '2026-03-02', channel: '来访', persons: 1, tags: ['违规收费'] });
    expect(r.fields.petitioner).toEqual({ name: '王某某', phone: '13800138000', idNumber: '11010519491231002X', address: '海州区某小区' });
  });

  test('every problem is reported at once', () => {
    const r = checkCaseInput({ ...good, idNumber: '110105194912310021', date: '2026-04-01', category: '住房' }, cfg, TODAY);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toContain('登记日期 2026-04-01 晚于今天');
    expect(r.problems[1]).toContain('身份证号');
    expect(r.problems[2]).toContain('问题类别“住房”不存在');
  });

  test('missing required fields are named', () => {
    expect(missingCaseFields({ ...good, channel: '', summary: ' ' })).toEqual(['channel', 'summary']);
    expect(missingCaseFields(good)).toEqual([]);
  });

  test('six people warn about representatives', () => {
    expect(checkCaseInput({ ...good, persons: '6' }, cfg, TODAY).warnings[0]).toContain('6 人');
  });

  test.each([
    ['来访', '2026-03-02', { date: '2026-03-02', leader: '李强' }],
    ['来信', '2026-03-02', null],
    ['来访', '2026-03-03', null],
  ] as const)('a %s on %s is linked to the roster slot', (channel, date, want) => {
    expect(receptionFor(cfg.roster, channel, date)).toEqual(want);
  });
});
