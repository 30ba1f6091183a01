import { HolidayCalendar } from '../../../src/domain/calendar/holiday-calendar.js';
import type { Config } from '../../../src/domain/model.js';
import { generateRoster, storeGenerated } from '../../../src/domain/roster/generate.js';
import { Rotation, spreadPerLeader } from '../../../src/domain/roster/rotation.js';
import { config, counts, leader, LEADERS, rule, wording } from './fixture.js';

const cal = new HolidayCalendar([]);
const FIRST_16TH = rule({ type: 'monthDays', days: [1, 16] });

function spreadOf(m: Map<string, number>, names: string[]): number {
  const values = names.map((n) => m.get(n) ?? 0);
  return Math.max(...values) - Math.min(...values);
}

describe('Rotation', () => {
  const people = ['甲', '乙', '丙', '丁'].map((name) => ({ name, active: name !== '丙' }));
  it.each<[string | undefined, string[]]>([
    [undefined, ['甲', '乙', '丁', '甲', '乙']],
    ['乙', ['丁', '甲', '乙', '丁', '甲']],
    ['丁', ['甲', '乙', '丁', '甲', '乙']],
    ['已调走', ['甲', '乙', '丁', '甲', '乙']],
  ])('after %s: %j (inactive 丙 never serves)', (last, expected) => {
    const r = new Rotation(people, last);
    expect(Array.from({ length: 5 }, () => r.take()?.name)).toEqual(expected);
  });

  it('skips whoever may not serve and keeps the others in order', () => {
    const r = new Rotation(people, undefined);
    expect(r.take((p) => p.name !== '甲')?.name).toBe('乙');
    expect(r.take()?.name).toBe('丁');
    expect(r.take()?.name).toBe('甲');
    expect(r.take(() => false)).toBeNull();
    expect(r.take()?.name).toBe('乙');
  });
});

describe('rotation over the leaders', () => {
  it('goes round in the configured order, on the shifted dates', () => {
    const g = generateRoster(config([FIRST_16TH]), { year: 2018, month: null }, cal, wording);
    expect(g.slots).toHaveLength(24);
    expect(g.slots.slice(0, 6).map((s) => [s.date, s.leader, s.staff[0]])).toEqual([
      ['2018-01-02', '张明', '刘洋'],
      ['2018-01-16', '王强', '孙丽'],
      ['2018-02-01', '李华', '刘洋'],
      ['2018-02-22', '赵敏', '孙丽'],
      ['2018-03-01', '陈刚', '刘洋'],
      ['2018-03-16', '张明', '孙丽'],
    ]);
    expect(g.slots[0]).toMatchObject({ shiftedFrom: '2018-01-01', note: '1月1日顺延', weekday: 2, kind: '接访', location: '会议室' });
    expect(g.warnings).toEqual([]);
  });

  it.each([
    ['1st and 16th', FIRST_16TH, 24],
    ['every Tuesday', rule({ type: 'weekly', weekday: 2 }), 52],
    ['first Monday', rule({ type: 'nthWeekday', nth: 1, weekday: 1 }), 12],
    ['every working day', rule({ type: 'workdays' }), 250],
  ])('balances a whole year (%s): counts differ by at most one', (_name, r, total) => {
    const g = generateRoster(config([r]), { year: 2018, month: null }, cal, wording);
    expect(g.slots).toHaveLength(total);
    expect(spreadOf(counts(g.slots.map((s) => s.leader)), LEADERS)).toBeLessThanOrEqual(1);
    expect(spreadOf(counts(g.slots.map((s) => s.staff[0])), ['刘洋', '孙丽'])).toBeLessThanOrEqual(1);
  });

  it('skips a leader who is away, and the others stay balanced', () => {
    const leaders = LEADERS.map((n) => leader(n, '副局长', '', n === '李华' ? [{ from: '2018-03-01', to: '2018-06-30', reason: '学习' }] : []));
    const g = generateRoster(config([rule({ type: 'workdays' })], leaders), { year: 2018, month: null }, cal, wording);
    const away = g.slots.filter((s) => s.leader === '李华');
    expect(away.every((s) => s.date < '2018-03-01' || s.date > '2018-06-30')).toBe(true);
    const c = counts(g.slots.map((s) => s.leader));
    expect(spreadOf(c, ['张明', '王强', '赵敏', '陈刚'])).toBeLessThanOrEqual(1);
    expect(c.get('李华')).toBeLessThan(c.get('张明')!);
  });

  it('leaves a slot to be assigned when every leader is away, and says so', () => {
    const all = [{ from: '2018-03-16', to: '2018-03-16', reason: '集中学习' }];
    const leaders = LEADERS.map((n) => leader(n, '副局长', '', all));
    const g = generateRoster(config([FIRST_16TH], leaders), { year: 2018, month: 3 }, cal, wording);
    expect(g.slots.map((s) => [s.date, s.leader, s.note])).toEqual([
      ['2018-03-01', '张明', ''],
      ['2018-03-16', '', '领导均外出，待指定'],
    ]);
    expect(g.warnings).toEqual(['2018-03-16：领导均外出或不在任，接访领导待指定（xinfang roster assign 2018-03-16 --leader 姓名）']);
  });

  it('never puts an inactive leader on duty', () => {
    const leaders = LEADERS.map((n) => ({ ...leader(n, '副局长'), active: n !== '王强' }));
    const g = generateRoster(config([FIRST_16TH], leaders), { year: 2018, month: null }, cal, wording);
    expect(g.slots.some((s) => s.leader === '王强')).toBe(false);
    expect(spreadOf(counts(g.slots.map((s) => s.leader)), ['张明', '李华', '赵敏', '陈刚'])).toBe(0);
  });
});

describe('continuing from the stored roster', () => {
  function generateInto(cfg: Config, year: number, month: number | null): Config {
    const g = generateRoster(cfg, { year, month }, cal, wording);
    return { ...cfg, roster: storeGenerated(cfg.roster, { year, month }, g.slots, '2017-12-20', false).roster };
  }

  it('carries the rotation across a year boundary', () => {
    const after2017 = generateInto(config([FIRST_16TH]), 2017, null);
    const last2017 = after2017.roster.slots[after2017.roster.slots.length - 1];
    expect([last2017.date, last2017.leader, last2017.staff[0]]).toEqual(['2017-12-18', '赵敏', '孙丽']); // 24th slot: (24-1) mod 5 = 3
    const g = generateRoster(after2017, { year: 2018, month: null }, cal, wording);
    expect([g.slots[0].date, g.slots[0].leader, g.slots[0].staff[0]]).toEqual(['2018-01-02', '陈刚', '刘洋']);
    const both = [...after2017.roster.slots, ...g.slots];
    expect(spreadOf(counts(both.map((s) => s.leader)), LEADERS)).toBeLessThanOrEqual(1);
  });

  it('month by month gives the same roster as the whole year at once', () => {
    let cfg = config([FIRST_16TH, rule({ type: 'weekly', weekday: 5 }, { id: 2 })]);
    for (let m = 1; m <= 12; m++) cfg = generateInto(cfg, 2018, m);
    const whole = generateRoster(config(cfg.rosterRules), { year: 2018, month: null }, cal, wording);
    expect(cfg.roster.slots).toEqual(whole.slots);
  });

  it('rotates each rule on its own; two rules that meet on one day do not share a leader or staff member', () => {
    // 2018-01-01 is a holiday: the 1st's reception moves to 01-02, the first Monday's 下访 too — they used to put
    // 张明 and 刘洋 on both. The second rule now takes the next leader and staff member in its rotation, and says so.
    const g = generateRoster(config([FIRST_16TH, rule({ type: 'nthWeekday', nth: 1, weekday: 1 }, { id: 2, kind: '下访' })]), { year: 2018, month: 1 }, cal, wording);
    expect(g.slots.map((s) => [s.date, s.kind, s.ruleId, s.leader, s.staff.join()])).toEqual([
      ['2018-01-02', '接访', 1, '张明', '刘洋'],
      ['2018-01-02', '下访', 2, '王强', '孙丽'],
      ['2018-01-16', '接访', 1, '王强', '孙丽'],
    ]);
    expect(g.resolved).toEqual([
      '2018-01-02：张明当天已在规则1（接访），规则2（下访）按轮换改由王强',
      '2018-01-02：信访干部刘洋当天已在规则1（接访），规则2（下访）按轮换改由孙丽',
    ]);
    const feb = generateRoster(
      { ...config([FIRST_16TH, rule({ type: 'nthWeekday', nth: 1, weekday: 1 }, { id: 2, kind: '下访' })]), roster: { periods: [], slots: g.slots, changes: [] } },
      { year: 2018, month: 2 },
      cal,
      wording,
    );
    expect(feb.slots.find((s) => s.ruleId === 2)?.leader).toBe('李华'); // rule 2 continues after the leader it took
  });

  it('a second slot of the same kind on a day another rule fills is reported, and gets another leader', () => {
    const g = generateRoster(config([FIRST_16TH, rule({ type: 'workdays' }, { id: 2 })]), { year: 2018, month: 1 }, cal, wording);
    const jan16 = g.slots.filter((s) => s.date === '2018-01-16');
    expect(jan16.map((s) => s.ruleId)).toEqual([1, 2]);
    expect(new Set(jan16.map((s) => s.leader)).size).toBe(2);
    expect(g.resolved).toContain('2018-01-16：接访已由规则1安排（王强），规则2当天另有一项接访');
  });

  it('with too few leaders the day is doubled up rather than left unassigned, and that is said', () => {
    const two = config([FIRST_16TH, rule({ type: 'nthWeekday', nth: 1, weekday: 1 }, { id: 2, kind: '下访' })]);
    two.leaders = two.leaders.slice(0, 1);
    const g = generateRoster(two, { year: 2018, month: 1 }, cal, wording);
    expect(g.slots.filter((s) => s.date === '2018-01-02').map((s) => s.leader)).toEqual(['张明', '张明']);
    expect(g.resolved).toContain('2018-01-02：领导人数不够，张明当天同时在规则1（接访）和规则2（下访）');
  });
});

describe('each leader N days a month', () => {
  it('gives everyone exactly N working days, spread over the month', () => {
    const s = spreadPerLeader(config([]).leaders, 3, 2018, 3, cal);
    expect(s.short).toEqual([]);
    expect(s.days).toHaveLength(15);
    const workdays = cal.workdaysInRange('2018-03-01', '2018-03-31');
    for (const name of LEADERS) {
      const idx = s.days.filter((d) => d.leader.name === name).map((d) => workdays.indexOf(d.date));
      expect(idx).toHaveLength(3);
      expect(idx.every((i) => i >= 0)).toBe(true);
      expect(Math.min(idx[1] - idx[0], idx[2] - idx[1])).toBeGreaterThanOrEqual(5); // about a week apart
    }
    expect(new Set(s.days.map((d) => d.date)).size).toBe(15); // 15 leader-days on 22 working days: no day twice
  });

  it('moves an away leader to the nearest free working day, and reports a leader away all month', () => {
    const leaders = LEADERS.map((n) =>
      leader(n, '副局长', '', n === '王强' ? [{ from: '2018-03-01', to: '2018-03-20', reason: '出差' }] : n === '陈刚' ? [{ from: '2018-03-01', to: '2018-03-31', reason: '病假' }] : []),
    );
    const s = spreadPerLeader(leaders, 2, 2018, 3, cal);
    const wang = s.days.filter((d) => d.leader.name === '王强').map((d) => d.date);
    expect(wang).toHaveLength(2);
    expect(wang.every((d) => d > '2018-03-20')).toBe(true);
    expect(s.days.some((d) => d.leader.name === '陈刚')).toBe(false);
    expect(s.short).toEqual([{ leader: '陈刚', missing: 2 }]);
    const g = generateRoster(config([rule({ type: 'perLeader', count: 2 }, { kind: '下访' })], leaders), { year: 2018, month: 3 }, cal, wording);
    expect(g.warnings).toEqual(['2018年3月：陈刚外出，少安排2天（下访）']);
  });

  it('2018 February (17 working days, 春节): every leader 2 下访, all on working days', () => {
    const g = generateRoster(config([rule({ type: 'perLeader', count: 2 }, { kind: '下访' })]), { year: 2018, month: 2 }, cal, wording);
    expect(g.slots).toHaveLength(10);
    expect(g.slots.every((s) => cal.isWorkday(s.date) && s.kind === '下访' && s.shiftedFrom === null)).toBe(true);
    expect([...counts(g.slots.map((s) => s.leader)).values()]).toEqual([2, 2, 2, 2, 2]);
  });
});
