// The published 领导信访接待日安排表: golden text of word/document.xml, and the layout promises of SPEC 10.
// After a reviewed, intended change of the text: UPDATE_GOLDEN=1 jest test/render/roster-docx, then review the diff.
import { HolidayCalendar } from '../../src/domain/calendar/holiday-calendar.js';
import { generateRoster, storeGenerated } from '../../src/domain/roster/generate.js';
import { rosterDocModel } from '../../src/domain/roster/view.js';
import { renderRosterDocx } from '../../src/render/roster-docx.js';
import { config, docWording, leader, rule, wording } from '../domain/roster/fixture.js';
import { docxParts, docxText, docxXml } from '../helpers/docx-text.js';
import { expectGoldenText } from '../helpers/golden.js';

const cal = new HolidayCalendar([]);

async function roster2018(): Promise<Buffer> {
  const leaders = [
    leader('张明', '党组书记、局长', '全面工作'),
    leader('王强', '党组成员、副局长', '基础教育、招生考试'),
    leader('李娟', '党组成员、副局长', '人事师资、教师待遇'),
    leader('赵刚', '纪检组长', '党风廉政建设'),
    leader('陈静', '工会主席', '工会、离退休干部'),
  ];
  let cfg = config([rule({ type: 'monthDays', days: [1, 16] }, { location: '局机关三楼会议室' })], leaders);
  const p = { year: 2018, month: null };
  cfg = { ...cfg, roster: storeGenerated(cfg.roster, p, generateRoster(cfg, p, cal, wording).slots, '2017-12-20', false).roster };
  return renderRosterDocx(rosterDocModel(cfg, p, '2017-12-20', wording, docWording));
}

describe('the roster .docx', () => {
  let buf: Buffer;
  let xml: string;
  beforeAll(async () => {
    buf = await roster2018();
    xml = await docxXml(buf);
  });

  test('text matches the reviewed golden file', async () => {
    expectGoldenText('roster-2018.txt', (await docxText(buf)) + '\n');
  });

  test('landscape A4, header row repeated, rows kept whole', () => {
    expect(xml).toContain('w:orient="landscape"');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThanOrEqual(25);
  });

  test('page numbers in the footers, outer side', async () => {
    const footers = Object.values(await docxParts(buf, /^word\/footer\d+\.xml$/)).join('\n');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('w:val="right"');
    expect(footers).toContain('w:val="left"');
  });
});

test('the duty and 下访 tables line up with the reception-day table: same column widths and size, a line between', async () => {
  const leaders = [leader('张明', '党组书记、局长', '全面工作'), leader('王强', '党组成员、副局长', '基础教育、招生考试、党风廉政建设')];
  let cfg = config(
    [
      rule({ type: 'monthDays', days: [1, 16] }, { location: '局机关三楼会议室' }),
      rule({ type: 'workdays' }, { id: 2 }),
      rule({ type: 'nthWeekday', nth: 1, weekday: 1 }, { id: 3, kind: '下访' }),
    ],
    leaders,
  );
  const p = { year: 2018, month: 3 };
  cfg = { ...cfg, roster: storeGenerated(cfg.roster, p, generateRoster(cfg, p, cal, wording).slots, '2018-02-20', false).roster };
  const doc = await docxXml(await renderRosterDocx(rosterDocModel(cfg, p, '2018-02-20', wording, docWording)));
  const grids = [...doc.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => m[1]);
  expect(grids).toHaveLength(3);
  expect(new Set(grids).size).toBe(1);
  const sizes = [...doc.matchAll(/<w:tbl>[\s\S]*?<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]);
  expect(new Set(sizes).size).toBe(1);
  const text = await docxText(await renderRosterDocx(rosterDocModel(cfg, p, '2018-02-20', wording, docWording)));
  expect(text).toMatch(/\n\n每日在岗领导安排\n/);
  expect(text).toMatch(/\n\n领导下访安排\n/);
});
