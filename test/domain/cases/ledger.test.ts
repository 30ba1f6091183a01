import { InputError } from '../../../src/errors.js';
import {
  LEDGER_HEADERS,
  caseToLedgerRow,
  ledgerRowToCase,
  ledgerStatus,
  ledgerTable,
  mapLedgerHeaders,
  neutralizeCell,
  restoreCell,
  rowFromCells,
  type LedgerRow,
} from '../../../src/domain/cases/ledger.js';
import { applyStep } from '../../../src/domain/cases/workflow.js';
import type { Case } from '../../../src/domain/model.js';
import { caseConfig, makeCase } from '../fixtures/case-fixtures.js';

const TODAY = '2026-06-30';
const ctx = { config: caseConfig(), today: TODAY, calendar: null };

function row(over: Partial<LedgerRow> = {}): LedgerRow {
  const r = Object.fromEntries(LEDGER_HEADERS.map((h) => [h, ''])) as LedgerRow;
  return Object.assign(r, {
    登记日期: '2026-03-02', 渠道: '来信', 来源: '本级受理', 信访人: '王某某', 涉及地区: '海州区', 问题类别: '教育收费', 内容摘要: '反映收费',
  }, over);
}

function handled(): Case {
  let c = makeCase({ docNo: '市信交〔2026〕12号' });
  for (const s of [
    { action: '受理', date: '2026-03-05' },
    { action: '交办', date: '2026-03-06', unit: '基础教育科', leader: '张明' },
    { action: '办结', date: '2026-04-08', result: '解决', replyDate: '2026-04-10' },
    { action: '评价', date: '2026-04-12', satisfaction: '基本满意' },
  ] as const) c = applyStep(c, s, ctx);
  return c;
}

test('the headers are the ledger of issue 4, then the life after the reply', () => {
  expect(LEDGER_HEADERS.join(',')).toBe(
    '编号,登记日期,渠道,来源,交办文号,信访人,联系电话,身份证号,住址,人数,涉及地区,问题类别,内容摘要,诉求,标签,受理日期,责任单位,包案领导,办理期限,办结日期,办理结果,答复日期,满意度,' +
      '代表,复查申请日期,复查机关,复查逾期理由,复查结果,复查答复日期,复核申请日期,复核机关,复核逾期理由,复核结果,复核答复日期,化解日期,化解情况,终结日期,终结文号,信访类型',
  );
});

describe('case → row', () => {
  test('with --show-pii every field as stored', () => {
    expect(caseToLedgerRow(handled(), { showPii: true })).toEqual({
      编号: '2026-0001', 登记日期: '2026-03-02', 渠道: '来访', 来源: '本级受理', 交办文号: '市信交〔2026〕12号', 信访人: '王某某',
      联系电话: '13800138000', 身份证号: '11010519491231002X', 住址: '海州区某小区', 人数: '1', 涉及地区: '海州区', 问题类别: '教育收费',
      内容摘要: '反映某校违规收取资料费', 诉求: '退还费用', 标签: '违规收费', 受理日期: '2026-03-05', 责任单位: '基础教育科', 包案领导: '张明',
      办理期限: '2026-05-04', 办结日期: '2026-04-08', 办理结果: '解决', 答复日期: '2026-04-10', 满意度: '基本满意',
      代表: '', 复查申请日期: '', 复查机关: '', 复查逾期理由: '', 复查结果: '', 复查答复日期: '', 复核申请日期: '', 复核机关: '', 复核逾期理由: '',
      复核结果: '', 复核答复日期: '', 化解日期: '', 化解情况: '', 终结日期: '', 终结文号: '', 信访类型: '',
    });
  });

  test('masked by default', () => {
    const r = caseToLedgerRow(handled(), { showPii: false });
    expect([r.信访人, r.联系电话, r.身份证号, r.住址]).toEqual(['王**', '138****8000', '110105********002X', '海州区***']);
  });

  test('a rejected case carries its reason in 办理结果 and its date in 办结日期', () => {
    const c = applyStep(makeCase(), { action: '不予受理', date: '2026-03-04', reason: '应通过行政复议途径解决' }, ctx);
    const r = caseToLedgerRow(c, { showPii: true });
    expect([r.受理日期, r.办结日期, r.办理结果]).toEqual(['', '2026-03-04', '不予受理：应通过行政复议途径解决']);
  });
});

describe('formula injection', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+8613800138000', "'+8613800138000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=x", "''=x"],
    ["'普通", "'普通"],
    ['普通', '普通'],
  ])('%p → %p and back', (raw, out) => {
    expect(neutralizeCell(raw)).toBe(out);
    expect(restoreCell(out)).toBe(raw);
  });

  test.each(['110105194912310021', '05718888888'])('the ="%s" a CSV export writes comes back as the digits', (digits) => {
    expect(restoreCell(`="${digits}"`)).toBe(digits);
    expect(restoreCell('="12"')).toBe('="12"'); // a short number was never wrapped: a typed formula stays as typed
  });

  test('the table neutralises every cell', () => {
    const c = { ...handled(), summary: '=HYPERLINK("http://x","点我")' };
    const t = ledgerTable([c], { showPii: true });
    expect(t[0]).toEqual([...LEDGER_HEADERS]);
    expect(t[1][LEDGER_HEADERS.indexOf('内容摘要')]).toBe(`'=HYPERLINK("http://x","点我")`);
  });
});

describe('row → case', () => {
  test.each([
    [{}, '登记'],
    [{ 受理日期: '2026-03-05' }, '已受理'],
    [{ 受理日期: '2026-03-05', 责任单位: '基础教育科' }, '办理中'],
    [{ 受理日期: '2026-03-05', 责任单位: '基础教育科', 办结日期: '2026-04-01', 办理结果: '解决' }, '已办结'],
    [{ 受理日期: '2026-03-05', 责任单位: '基础教育科', 办结日期: '2026-04-01', 办理结果: '解决', 满意度: '满意' }, '已评价'],
    [{ 办结日期: '2026-03-04', 办理结果: '不予受理：诉讼途径' }, '不予受理'],
  ])('status from the columns present %#', (over, status) => {
    expect(ledgerStatus(row(over))).toBe(status);
    const r = ledgerRowToCase(row(over), ctx);
    expect(r.problems).toEqual([]);
    expect(r.case.status).toBe(status);
  });

  test('an assigned row without 办理期限 gets the legal one', () => {
    const r = ledgerRowToCase(row({ 受理日期: '2026-03-05', 责任单位: '基础教育科' }), ctx);
    expect(r.case.dueDate).toBe('2026-05-04');
    expect(r.case.history.map((h) => h.action)).toEqual(['登记', '受理', '交办']);
  });

  test.each([
    [{ 信访人: '' }, '信访人姓名不能为空'],
    [{ 身份证号: '110105194912310021' }, '校验位不符'],
    [{ 登记日期: '2026-07-01' }, '晚于今天'],
    [{ 涉及地区: '火星区' }, '涉及地区“火星区”不存在'],
    [{ 问题类别: '住房' }, '问题类别“住房”不存在'],
    [{ 渠道: '传真' }, '渠道“传真”不存在'],
    [{ 责任单位: '基础教育科' }, '有责任单位，还须填写受理日期'],
    [{ 受理日期: '2026-03-01' }, '受理日期 2026-03-01 早于登记日期 2026-03-02'],
    [{ 受理日期: '2026-03-05', 责任单位: '人事科' }, '责任单位“人事科”不存在'],
    [{ 受理日期: '2026-03-05', 责任单位: '基础教育科', 包案领导: '王五' }, '包案领导“王五”不存在'],
    [{ 受理日期: '2026-03-05', 责任单位: '基础教育科', 办结日期: '2026-04-01' }, '有办结日期，还须填写办理结果'],
    [{ 受理日期: '2026-03-05', 责任单位: '基础教育科', 办结日期: '2026-04-01', 办理结果: '好' }, '办理结果“好”无效'],
    [{ 办理结果: '不予受理' }, '不予受理须写明理由'],
    [{ 信访人: '王**', 联系电话: '138****8000' }, '信访人信息是脱敏的（含 *），无法导入；请导入用 --show-pii 导出的台账'],
    [{ 满意度: '满意' }, '有满意度，还须填写受理日期、责任单位、办结日期、办理结果'],
    [{ 编号: '2026-0001', 登记日期: '2025-12-30' }, '编号 2026-0001 的年份 2026 与登记日期 2025-12-30 不符'],
  ])('bad row %#: %p', (over, want) => {
    expect(ledgerRowToCase(row(over), ctx).problems.join('；')).toContain(want);
  });

  test('a number in another format, or of the year of receipt, is fine', () => {
    expect(ledgerRowToCase(row({ 编号: '省2025第12号' }), ctx).problems).toEqual([]);
    expect(ledgerRowToCase(row({ 编号: '2026-0031' }), ctx).problems).toEqual([]);
  });

  test('a former leader may appear on past cases', () => {
    expect(ledgerRowToCase(row({ 受理日期: '2026-03-05', 责任单位: '基础教育科', 包案领导: '赵退' }), ctx).problems).toEqual([]);
  });

  test('every problem of a row is reported', () => {
    expect(ledgerRowToCase(row({ 信访人: '', 问题类别: '住房', 联系电话: '123' }), ctx).problems).toHaveLength(3);
  });

  test('case → row → case keeps every ledger column', () => {
    const c = handled();
    const back = ledgerRowToCase(caseToLedgerRow(c, { showPii: true }), ctx);
    expect(back.problems).toEqual([]);
    expect(caseToLedgerRow(back.case, { showPii: true })).toEqual(caseToLedgerRow(c, { showPii: true }));
  });
});

describe('headers', () => {
  test('columns may come in any order, unknown ones are ignored, a BOM is dropped', () => {
    const m = mapLedgerHeaders(['\uFEFF内容摘要', '备注', '登记日期', '渠道', '来源', '信访人', '涉及地区', '问题类别']);
    const r = rowFromCells(['摘要', 'x', '2026-03-02', '来信', '本级受理', '甲', '海州区', '其它'], m);
    expect(r.内容摘要).toBe('摘要');
    expect(r.登记日期).toBe('2026-03-02');
    expect(r.编号).toBe('');
  });

  test('a missing required header is one clear error', () => {
    expect(() => mapLedgerHeaders(['登记日期', '渠道'])).toThrow(InputError);
    expect(() => mapLedgerHeaders(['登记日期', '渠道'])).toThrow('表头缺少必需的列：来源、信访人、涉及地区、问题类别、内容摘要');
  });
});
