// The phone calendar of reception days: RFC 5545 lines (CRLF, folded at 75 octets, escaped), stable UIDs, reminders.
import type { SlotView } from '../../src/domain/roster/view.js';
import { rosterIcs } from '../../src/render/ics.js';

const slot = (over: Partial<SlotView>): SlotView => ({
  date: '2027-01-04',
  weekday: 1,
  kind: '接访',
  leader: { name: '张明', title: '党组书记、局长', portfolio: '全面工作', phone: '0518-85551001' },
  staff: ['李华'],
  location: '局机关三楼会议室',
  time: '8:30-12:00 14:30-17:30',
  shiftedFrom: '2027-01-01',
  note: '1月1日顺延；原定王强，因外出开会,调换',
  ...over,
});
const opts = { calendarName: '2027年示例区教育局领导信访接待日', org: '示例区教育局', stamp: '2026-12-20', dayName: { 接访: '领导接待日', 下访: '领导下访日' } };

describe('rosterIcs', () => {
  const text = rosterIcs([slot({}), slot({ kind: '下访', time: '', leader: null, staff: [] }), slot({ date: '2027-01-18', weekday: 1, note: '' })], opts);
  const lines = text.split('\r\n');

  it('is CRLF text with every line at most 75 octets, continuation lines starting with a space', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:接待领导：党组书记、局长张明\\n信访干部：李华\\n接待时间：8:30-12:00、14:30-17:30\\n备注：1月1日顺延；原定王强，因外出开会\\,调换');
  });

  it('times in Beijing time from the first start to the last end; all-day without a time', () => {
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20270104T083000');
    expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20270104T173000');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270104');
    expect(lines).toContain('SUMMARY:领导下访日：待指定');
  });

  it('UIDs are per date and kind, not per leader, so a swap updates the same event', () => {
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:20270104-jiefang-1@xinfang', 'UID:20270104-xiafang-1@xinfang', 'UID:20270118-jiefang-1@xinfang']);
    const swapped = rosterIcs([slot({ leader: { name: '王强', title: '副局长', portfolio: '', phone: '' } })], opts);
    expect(swapped).toContain('UID:20270104-jiefang-1@xinfang');
  });

  it('reminds two days ahead and stamps with the given day', () => {
    expect(lines.filter((l) => l === 'TRIGGER:-P2D')).toHaveLength(3);
    expect(lines.filter((l) => l === 'DTSTAMP:20261220T000000Z')).toHaveLength(3);
  });
});
