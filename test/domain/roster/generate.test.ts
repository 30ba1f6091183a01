import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import type { Config } from '../../../src/domain/model.js';
import { describeDiff, generateRoster, storeGenerated, type Period } from '../../../src/domain/roster/generate.js';
import { assignSlot, swapLeader } from '../../../src/domain/roster/edit.js';
import { notifyDate, rosterDocModel, rosterJson, upcoming } from '../../../src/domain/roster/view.js';
import { InputError } from '../../../src/errors.js';
import { config, docWording, leader, LEADERS, rule, wording } from './fixture.js';

const cal = new HolidayCalendar([]);
const FIRST_16TH = rule({ type: 'monthDays', days: [1, 16] }, { location: '局机关三楼会议室' });

function generated(cfg: Config, p: Period): Config {
  const g = generateRoster(cfg, p, cal, wording);
  return { ...cfg, roster: storeGenerated(cfg.roster, p, g.slots, '2017-12-20', false).roster };
}

const base = generated(config([FIRST_16TH]), { year: 2018, month: null });

describe('generation refusals', () => {
  it('refuses a year the calendar does not cover, with the how-to', () => {
    expect(() => generateRoster(config([FIRST_16TH]), { year: 2027, month: null }, cal, wording)).toThrow(/xinfang calendar import 通知.txt/);
    // one day entered is not the year
    const one = new HolidayCalendar([{ date: '2027-01-01', off: true, name: '元旦' }]);
    expect(() => generateRoster(config([FIRST_16TH]), { year: 2027, month: null }, one, wording)).toThrow(/2027年的节假日安排尚未录入/);
  });
  it('works once the operator has confirmed the year', () => {
    const cal2027 = new HolidayCalendar([{ date: '2027-01-01', off: true, name: '元旦' }], undefined, { confirmed: [2027] });
    const g = generateRoster(config([FIRST_16TH]), { year: 2027, month: 1 }, cal2027, wording);
    expect(g.slots.map((s) => [s.date, s.shiftedFrom])).toEqual([['2027-01-04', '2027-01-01'], ['2027-01-18', '2027-01-16']]);
  });
  it('refuses without rules or without leaders', () => {
    expect(() => generateRoster(config([]), { year: 2018, month: null }, cal, wording)).toThrow(/xinfang roster rule add/);
    expect(() => generateRoster(config([FIRST_16TH], []), { year: 2018, month: null }, cal, wording)).toThrow(/xinfang leader add/);
  });
});

describe('storing a period', () => {
  it('records the period and keeps slots sorted', () => {
    expect(base.roster.periods).toEqual([{ year: 2018, month: null, generatedAt: '2017-12-20' }]);
    expect(base.roster.slots).toHaveLength(24);
  });

  it.each<[Period]>([[{ year: 2018, month: null }], [{ year: 2018, month: 3 }]])('refuses to regenerate %j without --force', (p) => {
    const g = generateRoster(base, p, cal, wording);
    expect(() => storeGenerated(base.roster, p, g.slots, '2018-01-05', false)).toThrow(InputError);
    expect(() => storeGenerated(base.roster, p, g.slots, '2018-01-05', false)).toThrow(/已经生成过.*--force/);
  });

  it('with --force replaces the period and reports what changed', () => {
    const moved = { ...base, rosterRules: [{ ...FIRST_16TH, location: '信访接待室' }] };
    const p = { year: 2018, month: 3 };
    const g = generateRoster(moved, p, cal, wording);
    const { roster, diff } = storeGenerated(base.roster, p, g.slots, '2018-02-20', true);
    expect(diff.changed).toHaveLength(2);
    expect(describeDiff(diff)).toEqual(['2018-03-01 接访：地点 局机关三楼会议室 → 信访接待室', '2018-03-16 接访：地点 局机关三楼会议室 → 信访接待室']);
    expect(roster.slots).toHaveLength(24);
    expect(roster.periods).toEqual([{ year: 2018, month: null, generatedAt: '2017-12-20' }]); // still inside the year
    const unchanged = storeGenerated(base.roster, p, generateRoster(base, p, cal, wording).slots, '2018-02-20', true);
    expect(describeDiff(unchanged.diff)).toEqual([]);
  });

  it('reports added and removed slots', () => {
    const weekly = { ...base, rosterRules: [rule({ type: 'monthDays', days: [16] })] };
    const g = generateRoster(weekly, { year: 2018, month: 1 }, cal, wording);
    const { diff } = storeGenerated(base.roster, { year: 2018, month: 1 }, g.slots, '2018-01-01', true);
    expect(describeDiff(diff)).toEqual(['2018-01-02 接访：取消（原为张明）', '2018-01-16 接访：领导 王强 → 张明，信访干部 孙丽 → 刘洋，地点 局机关三楼会议室 → 会议室']);
  });

  it('a whole year replaces its months', () => {
    let cfg = generated(config([FIRST_16TH]), { year: 2018, month: 1 });
    cfg = generated(cfg, { year: 2018, month: 2 });
    expect(cfg.roster.periods.map((p) => p.month)).toEqual([1, 2]);
    const g = generateRoster(cfg, { year: 2018, month: null }, cal, wording);
    const { roster } = storeGenerated(cfg.roster, { year: 2018, month: null }, g.slots, '2018-03-01', true);
    expect(roster.periods).toEqual([{ year: 2018, month: null, generatedAt: '2018-03-01' }]);
  });
});

describe('swap and assign', () => {
  it('swaps the leader of one slot and records why', () => {
    const { roster, before, after } = swapLeader(base, { date: '2018-02-22' }, '王强', '外出开会', '2018-02-12', wording);
    expect(before.leader).toBe('赵敏');
    expect(after).toMatchObject({ leader: '王强', note: '2月16日顺延；原定赵敏，因外出开会调换', shiftedFrom: '2018-02-16' });
    expect(roster.changes).toEqual([{ date: '2018-02-22', at: '2018-02-12', what: '接访领导 赵敏 → 王强', reason: '外出开会' }]);
    expect(roster.slots.filter((s) => s.date !== '2018-02-22')).toEqual(base.roster.slots.filter((s) => s.date !== '2018-02-22'));
  });

  it('keeps the planned leader, so a swap does not shift the rotation after it', () => {
    const last = base.roster.slots[base.roster.slots.length - 1];
    const other = LEADERS.find((n) => n !== last.leader)!;
    const { roster, after } = swapLeader(base, { date: last.date }, other, '外出开会', '2018-12-01', wording);
    expect(after).toMatchObject({ leader: other, plannedLeader: last.leader });
    const swapped: Config = { ...base, roster };
    const next = (c: Config) => generateRoster(c, { year: 2019, month: 1 }, cal, wording).slots.map((x) => x.leader);
    expect(next(swapped)).toEqual(next(base));
    // a second change to the same day keeps the rotation's first choice
    const third = LEADERS.find((n) => n !== last.leader && n !== other)!;
    const again = swapLeader(swapped, { date: last.date }, third, '再次调整', '2018-12-02', wording);
    expect(again.after.plannedLeader).toBe(last.leader);
  });

  const away = { ...base, leaders: base.leaders.map((l) => (l.name === '李华' ? { ...l, away: [{ from: '2018-02-20', to: '2018-02-23', reason: '出差' }] } : l)) };
  it.each<[string, () => unknown, RegExp]>([
    ['unknown leader', () => swapLeader(base, { date: '2018-02-22' }, '王五', '开会', '2018-02-12', wording), /没有名为“王五”的领导；用 xinfang leader list/],
    ['no reason', () => swapLeader(base, { date: '2018-02-22' }, '王强', ' ', '2018-02-12', wording), /请用 --reason 说明/],
    ['same leader', () => swapLeader(base, { date: '2018-02-22' }, '赵敏', '开会', '2018-02-12', wording), /已经是赵敏/],
    ['leader away', () => swapLeader(away, { date: '2018-02-22' }, '李华', '开会', '2018-02-12', wording), /李华在2018-02-20至2018-02-23外出（出差）/],
    ['not a reception day', () => swapLeader(base, { date: '2018-02-16' }, '王强', '开会', '2018-02-12', wording), /2018-02-16没有接待安排；用 xinfang roster show --year 2018 --month 2/],
    ['outside the roster', () => swapLeader(base, { date: '2019-03-01' }, '王强', '开会', '2018-02-12', wording), /还没有生成，请先运行 xinfang roster generate --year 2019/],
    ['wrong kind', () => swapLeader(base, { date: '2018-02-22', kind: '下访' }, '王强', '开会', '2018-02-12', wording), /没有符合条件的安排/],
    ['assign nothing', () => assignSlot(base, { date: '2018-02-22' }, {}, undefined, '2018-02-12', wording), /至少指定一项/],
    ['assign unknown staff', () => assignSlot(base, { date: '2018-02-22' }, { staff: ['王五'] }, undefined, '2018-02-12', wording), /没有名为“王五”的信访干部/],
  ])('refuses: %s', (_why, act, message) => {
    expect(act).toThrow(InputError);
    expect(act).toThrow(message);
  });

  it('asks which slot when a date has two', () => {
    const two = generated(config([FIRST_16TH, rule({ type: 'monthDays', days: [16] }, { id: 2, kind: '下访' })]), { year: 2018, month: 1 });
    expect(() => swapLeader(two, { date: '2018-01-16' }, '陈刚', '开会', '2018-01-10', wording)).toThrow(/有2项安排.*请用 --kind 或 --rule/);
    const { after } = swapLeader(two, { date: '2018-01-16', kind: '下访' }, '陈刚', '开会', '2018-01-10', wording);
    expect(after).toMatchObject({ kind: '下访', ruleId: 2, leader: '陈刚' });
  });

  it('assigns a leader to a slot left open and clears the 待指定 note', () => {
    const all = [{ from: '2018-03-16', to: '2018-03-16', reason: '集中学习' }];
    const cfg = generated(config([FIRST_16TH], LEADERS.map((n) => leader(n, '副局长', '', n === '陈刚' ? [] : all))), { year: 2018, month: 3 });
    const open = { ...cfg, leaders: cfg.leaders.map((l) => ({ ...l, away: [] })), roster: { ...cfg.roster, slots: cfg.roster.slots.map((s) => (s.date === '2018-03-16' ? { ...s, leader: '', note: '领导均外出，待指定' } : s)) } };
    const { after, roster } = assignSlot(open, { date: '2018-03-16' }, { leader: '王强', staff: ['刘洋'], location: '局机关三楼会议室', time: '9:00-11:30' }, undefined, '2018-03-10', wording);
    expect(after).toMatchObject({ leader: '王强', staff: ['刘洋'], time: '9:00-11:30', note: '' });
    expect(roster.changes[0]).toEqual({ date: '2018-03-16', at: '2018-03-10', what: '接访领导 待指定 → 王强，信访干部 孙丽 → 刘洋，时间 8:30-12:00 14:30-17:30 → 9:00-11:30', reason: '指定' });
  });
});

describe('views', () => {
  it('roster show --json has exactly the SPEC 7 shape, sorted by date', () => {
    const json = rosterJson(base, { year: 2018, month: 1 });
    expect(json).toEqual({
      slots: [
        {
          date: '2018-01-02', weekday: 2, kind: '接访',
          leader: { name: '张明', title: '党组书记、局长', portfolio: '分管0', phone: '0518-1234567' },
          staff: ['刘洋'], location: '局机关三楼会议室', time: '8:30-12:00 14:30-17:30', shiftedFrom: '2018-01-01', note: '1月1日顺延',
        },
        {
          date: '2018-01-16', weekday: 2, kind: '接访',
          leader: { name: '王强', title: '副局长', portfolio: '分管1', phone: '0518-1234567' },
          staff: ['孙丽'], location: '局机关三楼会议室', time: '8:30-12:00 14:30-17:30', shiftedFrom: null, note: '',
        },
      ],
    });
  });

  it.each([
    ['2018-03-16', '2018-03-14'], // Friday → Wednesday
    ['2018-04-02', '2018-03-30'], // Monday → Saturday before, brought forward to Friday
    ['2018-02-22', '2018-02-14'], // after 春节: the last working day before the holiday
    ['2018-10-08', '2018-09-30'], // 9-30 is a worked Sunday
  ])('notifies the leader of %s on %s', (slot, day) => {
    expect(notifyDate(slot, cal)).toBe(day);
  });

  it('upcoming: the next days and whom to tell today', () => {
    const u = upcoming(base, '2018-03-14', 7, cal);
    expect(u.slots.map((s) => [s.date, s.leader?.name, s.notifyOn])).toEqual([['2018-03-16', '张明', '2018-03-14']]);
    expect(u.notifyToday.map((s) => s.date)).toEqual(['2018-03-16']);
    const friday = upcoming(base, '2018-03-30', 2, cal);
    expect(friday.slots).toEqual([]);
    expect(friday.notifyToday.map((s) => [s.date, s.leader?.name])).toEqual([['2018-04-02', '王强']]);
    expect(upcoming(base, '2018-03-15', 7, cal).notifyToday).toEqual([]);
  });

  it('the published table: title, columns, rows, the rule in words, issuer and date', () => {
    const m = rosterDocModel(base, { year: 2018, month: null }, '2017-12-20', wording, docWording);
    expect(m.title).toBe('2018年示例区教育局领导信访接待日安排表');
    expect(m.fileName).toBe('2018年示例区教育局领导信访接待日安排表.docx');
    expect(m.columns).toEqual(['日期', '星期', '接待领导', '职务', '分管工作', '联系电话', '信访干部', '接待地点', '备注']);
    const phone = base.leaders.find((l) => l.name === '张明')!.phone;
    expect(m.rows[0]).toEqual(['1月2日', '星期二', '张明', '党组书记、局长', '分管0', phone, '刘洋', '局机关三楼会议室', '1月1日顺延']);
    expect(m.rows).toHaveLength(24);
    expect(m.notes).toEqual(['每月1日、16日为领导接待日，遇节假日顺延。接待时间：8:30—12:00、14:30—17:30。']);
    expect([m.issuer, m.date]).toEqual(['示例区教育局办公室', '2017-12-20']);
    expect(rosterDocModel(base, { year: 2018, month: 3 }, '2018-02-20', wording, docWording).title).toBe('2018年3月示例区教育局领导信访接待日安排表');
  });

  it('the 联系电话 column can be hidden by the template', () => {
    const m = rosterDocModel(base, { year: 2018, month: null }, '2017-12-20', wording, { ...docWording, showPhone: false });
    expect(m.columns).not.toContain('联系电话');
    expect(m.rows[0]).toHaveLength(m.columns.length);
  });

  it('a slot on a make-up working day (调休上班) says so in 备注', () => {
    const config = structuredClone(base);
    const first = config.roster.slots.find((s) => s.date.startsWith('2018-02'))!;
    Object.assign(first, { date: '2018-02-11', weekday: 7, note: '' });
    config.roster.slots.sort((a, b) => a.date.localeCompare(b.date));
    const m = rosterDocModel(config, { year: 2018, month: 2 }, '2018-01-20', wording, docWording, (d) => d === '2018-02-11');
    expect(m.rows[0][0]).toBe('2月11日');
    expect(m.rows[0][m.columns.indexOf('备注')]).toBe('2月11日（星期日）调休上班');
    // a working Saturday or Sunday only: a weekday slot is not marked even when the predicate says so
    const plain = rosterDocModel(base, { year: 2018, month: 2 }, '2018-01-20', wording, docWording, () => true);
    expect(plain.rows.every((r) => !r[r.length - 1].includes('调休'))).toBe(true);
  });
});
