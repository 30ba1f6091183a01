// 公示 of the reception days in the annual summary: said only when the roster has 接访 days in the report's period,
// with the year's scheduled days; the leaders' days held follow, each leader named title first.
import { readFileSync } from 'node:fs';
import type { RosterPeriod, RosterSlot } from '../../../src/domain/model.js';
import { buildAnnualReport } from '../../../src/domain/reports/annual.js';
import { annualNarrative } from '../../../src/domain/reports/narrative.js';
import { rosterPublished } from '../../../src/domain/reports/roster-published.js';
import { heldDay, makeCase, slot, testConfig } from '../../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../../templates/report-annual.json', import.meta.url), 'utf8'));
const year = (month: number | null): RosterPeriod => ({ year: 2026, month, generatedAt: '2025-12-20' });
// five 接访 dates in 2026 (two leaders on 3月2日: one day), a 下访 day, and a day of the next year
const slots: RosterSlot[] = [
  slot('2026-01-05', '王建国'),
  slot('2026-03-02', '王建国'),
  slot('2026-03-02', '李明'),
  slot('2026-03-10', '李明', '下访'),
  slot('2026-07-01', '李明'),
  slot('2026-11-16', '王建国'),
  slot('2026-12-01', '李明'),
  slot('2027-01-04', '王建国'),
];

describe.each([
  ['a roster for the whole year, the year over', [year(null)], slots, '2026-12-31', { scheduledDays: 5, wholeYear: true }],
  ['the whole year counted while the year lasts', [year(null)], slots, '2026-06-30', { scheduledDays: 5, wholeYear: true }],
  ['month by month', [year(1), year(3), year(7), year(11), year(12)], slots, '2026-12-31', { scheduledDays: 5, wholeYear: false }],
  ['a roster without its periods recorded reads as one for the year', [], slots, '2026-12-31', { scheduledDays: 5, wholeYear: true }],
  ['only 下访 days', [year(null)], [slot('2026-03-10', '李明', '下访')], '2026-12-31', null],
  ['no roster day yet within the period', [year(12)], [slot('2026-12-01', '李明')], '2026-06-30', null],
  ['no roster', [], [], '2026-12-31', null],
])('%s', (_, periods, rosterSlots, to, expected) => {
  test('rosterPublished', () => {
    expect(rosterPublished(periods, rosterSlots, 2026, '2026-01-01', to)).toEqual(expected);
  });
});

describe('the 领导接访 paragraph', () => {
  const visit = makeCase({ no: '2026-V001', receivedDate: '2026-03-02', channel: '来访', persons: 3, source: '本级受理', reception: { date: '2026-03-02', leader: '李明' } });
  const paragraph = (periods: RosterPeriod[], rosterSlots: RosterSlot[], today = '2027-01-05') => {
    const config = testConfig();
    config.roster = { periods, slots: rosterSlots, changes: [] };
    const receptionRecords = [heldDay('2026-01-05', '王建国'), heldDay('2026-03-02', '王建国', '李明')];
    const r = buildAnnualReport({ year: 2026, config, cases: [visit], previousYearCases: null, receptionRecords, today, asOf: today });
    const blocks = annualNarrative(r, template).blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === '领导接访情况');
    return blocks[at + 1].text;
  };
  const held = '局领导共开展信访接待2天，接待来访群众1批3人次。其中，局长王建国接访2天，无群众来访；副局长李明接访1天，接待1批3人次。';

  test.each([
    ['the year roster: published with the year 安排表 and its days', [year(null)], slots, `我局制定并公示了《2026年领导信访接待日安排表》，公开接访领导、时间和地点，全年共安排局领导接访5天。2026年，${held}`],
    ['monthly rosters', [year(1), year(3)], slots, `我局按月制定并公示领导信访接待日安排表，公开接访领导、时间和地点，2026年已公示的安排表共安排局领导接访5天。2026年，${held}`],
    ['no roster: the days held only', [], [], `2026年，${held}`],
  ])('%s', (_, periods, rosterSlots, expected) => {
    expect(paragraph(periods, rosterSlots)).toBe(expected);
  });

  test('a partial year names its period for the days held, the year for the roster', () => {
    expect(paragraph([year(null)], slots, '2026-11-30')).toBe(`我局制定并公示了《2026年领导信访接待日安排表》，公开接访领导、时间和地点，全年共安排局领导接访5天。2026年1—11月，${held}`);
  });

  test('a roster but no day recorded yet: 公示, then that nothing was recorded', () => {
    const config = testConfig();
    config.roster = { periods: [year(null)], slots, changes: [] };
    const r = buildAnnualReport({ year: 2026, config, cases: [], previousYearCases: null, today: '2026-02-01', asOf: '2026-02-01' });
    const text = annualNarrative(r, template).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('我局制定并公示了《2026年领导信访接待日安排表》，公开接访领导、时间和地点，全年共安排局领导接访5天。2026年1月1日至2月1日，局领导信访接待日尚无接访记录。');
  });
});
