// The case card .docx (信访接待登记表 + 一案一卡 + 处理过程): golden text of word/document.xml.
import { caseCard } from '../../src/domain/cases/card.js';
import { currentDeadline } from '../../src/domain/cases/deadlines.js';
import { applyStep } from '../../src/domain/cases/workflow.js';
import { chineseDate } from '../../src/domain/common/dates.js';
import { Wording } from '../../src/domain/common/wording.js';
import { caseCardDoc } from '../../src/render/case-card-doc.js';
import { renderOfficialDocx } from '../../src/render/docx/official.js';
import { loadTemplate } from '../../src/render/templates.js';
import { docxText } from '../helpers/docx-text.js';
import { caseConfig, makeCase } from '../domain/fixtures/case-fixtures.js';

const TODAY = '2026-04-01';
const config = caseConfig();
config.leaders[0].title = '党组书记、局长';

function handledCase() {
  const ctx = { config, today: TODAY, calendar: null };
  let c = makeCase({ reception: { date: '2026-03-02', leader: '李强' }, repeatOf: ['2025-0031'] });
  c = applyStep(c, { action: '受理', date: '2026-03-03' }, ctx);
  c = applyStep(c, { action: '交办', date: '2026-03-04', unit: '基础教育科', leader: '张明' }, ctx);
  c = applyStep(c, { action: '进展', date: '2026-03-20', note: '已约谈学校负责人，责令停止收费' }, ctx);
  return c;
}

function card(showPii: boolean) {
  const c = handledCase();
  return caseCard(c, new Wording(loadTemplate('case-card'), 'case-card.json'), {
    today: TODAY,
    deadline: currentDeadline(c, config.settings, null),
    showPii,
    leaders: config.leaders,
    slots: [],
    formatDate: chineseDate,
  });
}

test('the card document, masked by default', async () => {
  const text = await docxText(await renderOfficialDocx(caseCardDoc(card(false))));
  expect(text).toBe(
    [
      '信访接待登记表',
      '（编号：2026-0001）',
      '', // the blank line under the title (GB/T 9704)
      '一、登记情况',
      '登记日期 | 2026年3月2日',
      '信访渠道 | 来访',
      '来源 | 本级受理',
      '交办文号 | —',
      '信访人 | 王**',
      '联系电话 | 138****8000',
      '身份证号 | 110105********002X',
      '住址 | 海州区***',
      '人数 | 1人',
      '涉及地区 | 海州区',
      '问题类别 | 教育收费',
      '标签 | 违规收费',
      '接待领导 | 副局长李强（2026年3月2日领导接待日）',
      '接待人 | —', // no roster slot that day in this fixture
      '重复信访 | 此前信访1次：2025-0031',
      '二、办理情况（一案一卡）',
      '案由 | 反映某校违规收取资料费',
      '诉求 | 退还费用',
      '包案责任人 | 党组书记、局长张明，责任单位：基础教育科',
      '办理期限 | 2026年5月2日',
      '目前进展 | 办理中；办理期限2026年5月2日（剩31天）',
      '处理措施 | 2026年3月20日 已约谈学校负责人，责令停止收费',
      '领导批示 |  /  /', // room to write
      '当事人动态 | 暂无',
      '三、处理过程',
      '日期 | 环节 | 情况',
      '2026年3月2日 | 登记 | 来访',
      '2026年3月3日 | 受理 | 予以受理',
      '2026年3月4日 | 交办 | 交办基础教育科，包案领导张明，办理期限2026年5月2日',
      '2026年3月20日 | 进展 | 已约谈学校负责人，责令停止收费',
      '',
      '信访人（签字）：　　　　　　　　　　年　　月　　日',
      '接待人（签字）：　　　　　　　　　　年　　月　　日',
      '接访领导（签字）：　　　　　　　　　年　　月　　日',
    ].join('\n'),
  );
});

test('--show-pii shows the petitioner in full', async () => {
  const text = await docxText(await renderOfficialDocx(caseCardDoc(card(true))));
  expect(text).toContain('信访人 | 王某某');
  expect(text).toContain('身份证号 | 11010519491231002X');
});
