import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/errors.js';
import { buildAnnualReport } from '../../../src/domain/reports/annual.js';
import { annualNarrative, type Narrative } from '../../../src/domain/reports/narrative.js';
import { expectGoldenText } from '../../helpers/golden.js';
import { heldDay, makeCase, mayorCases, seed5Cases, slot, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-annual.json', import.meta.url), 'utf8'));
const paragraphs = (n: Narrative) => n.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const lines = (n: Narrative) => [n.title, ...n.blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level)} ${b.text}` : b.kind === 'placeholder' ? `[${b.text}]` : b.text))].join('\n');

/** Only seed 5's 180 cases from 省教育厅/市信访局, the previous year with 150 of them. */
function seed5Only() {
  const config = testConfig();
  config.sources = config.sources.filter((s) => s.group === '上级转办');
  const previous = Array.from({ length: 150 }, (_, i) => makeCase({ no: `2025-${i}`, receivedDate: '2025-04-01' }));
  return buildAnnualReport({ year: 2026, config, cases: seed5Cases(), previousYearCases: previous });
}

describe('the seed 5 sentences', () => {
  const n = annualNarrative(seed5Only(), template);

  test('total, split by kind of region, every region with ties grouped, closure, year on year', () => {
    expect(paragraphs(n)[1]).toBe(
      '2026年，省教育厅、市信访局共转来信访件180件。' +
        '其中，涉及县（市、区）的172件，占总量的95.56%；涉及市直属学校的8件，占总量的4.44%。' +
        '群众（师生）来信来访反映问题的县（市、区）为：北岭县24件（占13.33%）；南川县23件（占12.78%）；东湖县20件（占11.11%）；' +
        '西城区18件（占10%）；青山县15件（占8.33%）；白水县14件（占7.78%）；石门县12件（占6.67%）；云台县10件（占5.56%）；' +
        '河东区、松林县、柳溪县各8件（各占4.44%）；梅岭县7件（占3.89%）；凤凰市5件（占2.78%）。' +
        '涉及的市直属学校为：市第一中学5件（占2.78%）；市实验学校3件（占1.67%）。' +
        '目前已办结173件，还有7件正在办理中，办结率96.11%。' +
        '从全年信访总量看，与上年相比增加30件（增长20%）。',
    );
  });

  test('problems by category in the same style, 其它 last', () => {
    expect(paragraphs(n)[2]).toBe(
      '2026年，群众（师生）来信来访反映的问题为：办学管理48件（占26.67%）；教育收费42件（占23.33%）；教师待遇36件（占20%）；' +
        '师德师风20件（占11.11%）；廉政建设、办学条件各8件（各占4.44%）；招生考试7件（占3.89%）；其它问题11件（占6.11%）。',
    );
  });

  test('headings follow the seed: 情况分析 → 平台转来 → 总体情况 / 反映问题情况, then the sections the clerk writes', () => {
    expect(n.title).toBe('2026年北岭市教育局信访工作总结');
    expect(n.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.kind === 'heading' ? b.level : ''}${b.text}`)).toEqual([
      '12026年信访情况分析',
      '2省、市信访工作平台转来信访件情况',
      '3群众（师生）来信来访总体情况',
      '3群众（师生）来信来访反映问题情况',
      '2领导接访情况',
      // the figure sections the template lists (figureSections), after the ones before them
      '2初信初访和重复信访情况',
      '2集体访情况',
      '2按期办结和超期情况',
      '2群众满意度情况',
      '2信访积案化解情况',
      '2近年信访情况对比',
      '12026年所做的主要工作',
      '1存在的问题',
      '12027年工作打算',
    ]);
    expect(n.blocks.filter((b) => b.kind === 'placeholder')).toHaveLength(3);
  });
});

test('the whole narrative with several source groups, hot topics and receptions (golden)', () => {
  const config = testConfig();
  config.roster.slots = [slot('2026-01-05', '王建国'), slot('2026-01-19', '李明')];
  const visit = makeCase({ no: '2026-V001', receivedDate: '2026-01-05', channel: '来访', persons: 3, source: '本级受理', reception: { date: '2026-01-05', leader: '王建国' } });
  const refused = makeCase({ no: '2026-V002', receivedDate: '2026-02-05', source: '本级受理', status: '不予受理', acceptedDate: null });
  const previous = Array.from({ length: 410 }, (_, i) => makeCase({ no: `2025-${i}`, receivedDate: '2025-04-01', source: i < 200 ? '省教育厅' : '市长信箱' }));
  const receptionRecords = [heldDay('2026-01-05', '王建国'), heldDay('2026-01-19', '李明')];
  const r = buildAnnualReport({ year: 2026, config, cases: [...seed5Cases(), ...mayorCases(), visit, refused], previousYearCases: previous, receptionRecords });
  const n = annualNarrative(r, template);
  const mayor = paragraphs(n).find((p) => p.startsWith('2026年，市政府的网站——市长信箱共转来信访件224件。'))!;
  expect(mayor).toContain('目前已办结215件，还有9件正在办理中，办结率95.98%。从全年信访总量看，与上年相比增加14件（增长6.67%）。');
  expect(paragraphs(n)).toContain(
    '2026年，群众（师生）来信来访反映的问题为：办学管理、教育收费、教师待遇、师德师风、廉政建设、办学条件、招生考试各32件（各占14.29%）。' +
      '市长信箱信访件反映比较集中、突出的问题有：违规补课、师德师风、某中学搬迁、招生就读（学区划分）、中招择校、教师招聘（选调）、名师名校长评选等。',
  );
  expect(paragraphs(n)).toContain('2026年，我局共收到各类信访件406件，目前已办结388件，不予受理1件，还有17件正在办理中，办结率95.57%。从全年信访总量看，与上年相比减少4件（下降0.98%）。');
  expect(paragraphs(n).join('')).toContain('目前已办结0件，不予受理1件，还有1件正在办理中，办结率0%。');
  expect(paragraphs(n)).toContain(
    '我局制定并公示了《2026年领导信访接待日安排表》，公开接访领导、时间和地点，全年共安排局领导接访2天。' +
      '2026年，局领导共开展信访接待2天，接待来访群众1批3人次。其中，局长王建国接访1天，接待1批3人次；副局长李明接访1天，无群众来访。',
  );
  expectGoldenText('report-annual-narrative.txt', `${lines(n)}\n`);
});

describe('sensible text without data', () => {
  test('a year with no cases, no receptions, no previous year', () => {
    const n = annualNarrative(buildAnnualReport({ year: 2030, config: testConfig(), cases: [], previousYearCases: null }), template);
    const text = lines(n);
    expect(paragraphs(n)).toContain('2030年，我局未收到信访件。');
    expect(paragraphs(n)).toContain('2030年，局领导信访接待日尚无接访记录。'); // no roster: nothing said of 公示
    expect(text).not.toMatch(/NaN|undefined|null|与上年/);
  });

  test('a year with no cases after a year with some says how much fewer', () => {
    const r = buildAnnualReport({ year: 2030, config: testConfig(), cases: [], previousYearCases: [makeCase({ receivedDate: '2029-01-02' })] });
    expect(paragraphs(annualNarrative(r, template))).toContain('2030年，我局未收到信访件。从全年信访总量看，与上年相比减少1件（下降100%）。');
  });

  test('all closed, a flat year, a source group with no cases', () => {
    const closed = (d: string) => makeCase({ receivedDate: d, status: '已办结', closedDate: d });
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases: [closed('2026-02-01')], previousYearCases: [closed('2025-02-01')] });
    const text = paragraphs(annualNarrative(r, template)).join('\n');
    expect(text).toContain('目前已全部办结，办结率100%。从全年信访总量看，与上年持平。');
    expect(text).toContain('2026年，市政府的网站——市长信箱未转来信访件。');
  });
});

describe('the wording comes from the template', () => {
  const r = seed5Only();

  test('an office can change a sentence, per source group too', () => {
    const edited = structuredClone(template);
    edited.group.closure = '已办结{closed}件（办结率{closureRate}），在办{inProgress}件。';
    edited.groups['上级转办'].intro = '全年上级转来{total}件。';
    const text = paragraphs(annualNarrative(r, edited)).join('');
    expect(text).toContain('全年上级转来180件。');
    expect(text).toContain('已办结173件（办结率96.11%），在办7件。');
  });

  test('an unknown placeholder or a missing sentence is a clear InputError', () => {
    const bad = structuredClone(template);
    bad.group.closure = '已办结{办结数}件';
    expect(() => annualNarrative(r, bad)).toThrow(InputError);
    expect(() => annualNarrative(r, bad)).toThrow(/group\.closure.*\{办结数\}/);
    const missing = structuredClone(template);
    delete missing.item;
    expect(() => annualNarrative(r, missing)).toThrow(/缺少文字项“item”/);
    const sections = structuredClone(template);
    sections.sections = [{ heading: 1 }];
    expect(() => annualNarrative(r, sections)).toThrow(/sections/);
  });
});

describe('the closure sentences name every case not closed, each clause only when there are some', () => {
  const closed = () => makeCase({ status: '已办结', closedDate: '2026-03-20', result: '解决' });
  const open = () => makeCase({});
  const refused = () => makeCase({ status: '不予受理', acceptedDate: null });
  const waiting = () => makeCase({ status: '登记', acceptedDate: null });
  test.each([
    ['all accepted', [closed(), open()], '目前已办结1件，还有1件正在办理中，办结率50%。'],
    ['refused and waiting', [closed(), open(), refused(), waiting()], '目前已办结1件，不予受理1件，待受理1件，还有1件正在办理中，办结率25%。'],
    ['waiting only', [closed(), waiting()], '目前已办结1件，待受理1件，办结率50%。'],
    ['all closed', [closed(), closed()], '目前已全部办结，办结率100%。'],
  ])('%s', (_, cases, sentence) => {
    const r = buildAnnualReport({ year: 2026, config: testConfig(), cases, today: '2027-01-05' });
    const text = annualNarrative(r, template).blocks.map((b) => b.text).join('\n');
    expect(text).toContain(sentence);
  });
});
