// Bad-input sweep, group 2: the holiday calendar, the roster and its rules, the reports, appointments and the
// reception day.
import type { CommandSpec } from '../bad-input.js';
import { BAD_DATE, BAD_JSON, BAD_NOTICE, force, type Group, noArgs, TODAY } from './shared.js';

const year = (malformed: string) => ({ at: '--year', kind: 'strict' as const, malformed });
const month = (malformed = '13') => ({ at: '--month', kind: 'strict' as const, malformed });
const out = (at = '--out') => ({ at, kind: 'out' as const });
const slotOptions = [
  { at: '--kind', kind: 'strict' as const, malformed: '上访' },
  { at: '--rule', kind: 'strict' as const, malformed: '0' },
];

const ROSTER: CommandSpec[] = [
  { cmd: ['calendar', 'status'], slots: [year('26')] },
  {
    cmd: ['calendar', 'set'],
    pos: ['2026-07-06', 'off'],
    opts: { '--name': '调休' },
    slots: [
      { at: 0, kind: 'strict', malformed: '2026-02-30' },
      { at: 1, kind: 'strict', malformed: 'holiday' },
      { at: '--name', kind: 'text' },
    ],
  },
  { cmd: ['calendar', 'unset'], pos: ['2026-07-07'], slots: [{ at: 0, kind: 'strict', malformed: '2026-07-08' }] },
  { cmd: ['calendar', 'import'], pos: [BAD_JSON], slots: [{ at: 0, kind: 'in', malformed: BAD_JSON }] },
  {
    cmd: ['calendar', 'import'],
    pos: [BAD_NOTICE],
    slots: [
      { at: 0, kind: 'in', malformed: BAD_NOTICE },
      { at: '--dry-run', kind: 'bool' },
      { at: '--allow-other', kind: 'bool' },
    ],
  },
  { cmd: ['calendar', 'confirm'], opts: { '--year': '2027' }, slots: [year('27')] },

  { cmd: ['roster', 'rule', 'add'], slots: [{ at: '--days', kind: 'strict', malformed: '1,32' }] },
  { cmd: ['roster', 'rule', 'add'], slots: [{ at: '--weekly', kind: 'strict', malformed: '8' }] },
  {
    cmd: ['roster', 'rule', 'add'],
    opts: { '--nth': '2', '--weekday': '1' },
    slots: [
      { at: '--nth', kind: 'strict', malformed: '0' },
      { at: '--weekday', kind: 'strict', malformed: '8' },
    ],
  },
  { cmd: ['roster', 'rule', 'add'], slots: [{ at: '--per-leader', kind: 'strict', malformed: '11' }] },
  { cmd: ['roster', 'rule', 'add'], slots: [{ at: '--workdays', kind: 'bool' }] },
  {
    cmd: ['roster', 'rule', 'add'],
    opts: { '--weekly': '3' },
    slots: [
      { at: '--kind', kind: 'strict', malformed: '上访' },
      { at: '--shift', kind: 'strict', malformed: 'later' },
      { at: '--location', kind: 'text' },
      { at: '--time', kind: 'strict', malformed: '12:00-8:00' },
    ],
  },
  { cmd: ['roster', 'rule', 'list'], slots: [noArgs] },
  { cmd: ['roster', 'rule', 'remove'], pos: ['1'], slots: [{ at: 0, kind: 'ref', malformed: '99' }] },

  { cmd: ['roster', 'generate'], opts: { '--year': '2026', '--month': '8' }, ext: '.docx', slots: [year('2101'), month(), out(), force] },
  { cmd: ['roster', 'show'], slots: [year('1989'), month('0')] },
  { cmd: ['roster', 'doc'], opts: { '--year': '2026', '--month': '7' }, ext: '.docx', slots: [year('2025'), month('7.5'), out(), force] },
  {
    cmd: ['roster', 'swap'],
    pos: ['2026-07-16'],
    opts: { '--leader': '张明', '--reason': '外出开会' },
    slots: [
      { at: 0, kind: 'strict', malformed: '2026-07-15' }, // not a reception day
      { at: '--leader', kind: 'ref', malformed: '赵六' },
      { at: '--reason', kind: 'text' },
      ...slotOptions,
    ],
  },
  {
    cmd: ['roster', 'assign'],
    pos: ['2026-07-16'],
    opts: { '--location': '二楼接待室' },
    slots: [
      { at: 0, kind: 'strict', malformed: '2026/07/16' },
      { at: '--leader', kind: 'ref', malformed: '赵六' },
      { at: '--staff', kind: 'ref', malformed: '李华,赵六', expect: { empty: 'ok' } }, // empty: nobody assists that day
      { at: '--location', kind: 'text' },
      { at: '--time', kind: 'strict', malformed: '25:00-26:00' },
      { at: '--reason', kind: 'optText' },
      ...slotOptions,
    ],
  },
  { cmd: ['roster', 'export'], opts: { '--year': '2026', '--month': '7' }, ext: '.ics', slots: [year('2026.0'), month('-1'), out('--ics'), force] },
  { cmd: ['roster', 'upcoming'], slots: [{ at: '--days', kind: 'strict', malformed: '0' }] },

  {
    cmd: ['report', 'monthly'],
    opts: { '--month': '2026-06' },
    ext: '.docx',
    slots: [{ at: '--month', kind: 'strict', malformed: '2026-6-1' }, { at: '--year', kind: 'strict', malformed: '2025' }, out(), { at: '--csv', kind: 'bool' }, { at: '--xlsx', kind: 'bool' }, force],
  },

  // appointments, notices and the day's record (Y2026-001 on 07-01 with 张明, Y2026-002 on 07-16 with 王强)
  {
    cmd: ['visit', 'book'],
    opts: { '--date': '2026-07-16', '--name': '赵某某', '--phone': '13900000000', '--summary': '反映学位问题' },
    slots: [
      { at: '--date', kind: 'strict', malformed: '2026-07-02' }, // not a reception day
      { at: '--leader', kind: 'ref', malformed: '张明' }, // does not receive on 07-16
      { at: '--name', kind: 'text' },
      { at: '--phone', kind: 'strict', malformed: '1390000000' },
      { at: '--summary', kind: 'para' },
      { at: '--persons', kind: 'optStrict', malformed: '0' },
      { at: '--representatives', kind: 'optText', expect: { markup: 1 } }, // one person: no representatives to name
      { at: '--kind', kind: 'strict', malformed: '上访' },
    ],
  },
  {
    cmd: ['visit', 'book'],
    opts: { '--date': '2026-07-02', '--kind': '约访', '--leader': '王强', '--name': '钱某', '--phone': '0518-85551001', '--summary': '教师待遇' },
    slots: [
      { at: '--date', kind: 'strict', malformed: '2026-06-29' }, // in the past
      { at: '--location', kind: 'text' },
      { at: '--time', kind: 'strict', malformed: '9:00-8:00' },
    ],
  },
  { cmd: ['visit', 'list'], slots: [{ at: '--date', kind: 'strict', malformed: BAD_DATE }] },
  { cmd: ['visit', 'list'], opts: { '--month': '7', '--year': '2026' }, slots: [month('2026-7-1'), year('26')] },
  {
    cmd: ['visit', 'cancel'],
    pos: ['Y2026-001'],
    opts: { '--reason': '问题已解决' },
    slots: [{ at: 0, kind: 'ref', malformed: 'Y2026-099' }, { at: '--reason', kind: 'text' }],
  },
  {
    cmd: ['visit', 'move'],
    pos: ['Y2026-001'],
    opts: { '--date': '2026-07-16', '--reason': '当天外出' },
    slots: [
      { at: 0, kind: 'ref', malformed: 'Y2025-001' },
      { at: '--date', kind: 'strict', malformed: '2027-01-04' }, // another year
      { at: '--reason', kind: 'text' },
      { at: '--leader', kind: 'ref', malformed: '张明' },
    ],
  },
  {
    cmd: ['visit', 'notify'],
    opts: { '--date': '2026-07-01' },
    ext: '.docx',
    slots: [
      { at: '--date', kind: 'strict', malformed: '2026-07-02' }, // no bookings that day
      out(), // a folder: one notice per petitioner is written into it
      { at: '--sms', kind: 'bool' },
      force,
    ],
  },
  { cmd: ['visit', 'notify'], opts: { '--date': '2026-07-01' }, ext: '.csv', slots: [out('--sms-csv')] },
  { cmd: ['roster', 'notified'], opts: { '--date': '2026-07-01' }, slots: [{ at: '--date', kind: 'strict', malformed: '2026-07-02' }] },
  { cmd: ['reception', 'log'], opts: { '--date': '2026-07-01' }, slots: [{ at: '--date', kind: 'strict', malformed: BAD_DATE }] },
  {
    cmd: ['reception', 'close'],
    opts: { '--date': '2026-06-16' },
    slots: [
      { at: '--date', kind: 'strict', malformed: '2026-06-01' }, // closed already
      { at: '--note', kind: 'optPara' },
      { at: '--cancelled', kind: 'bool' },
    ],
  },
  {
    cmd: ['reception', 'close'],
    opts: { '--date': '2026-06-16', '--cancelled': true, '--reason': '防汛' },
    slots: [{ at: '--reason', kind: 'text' }],
  },
  { cmd: ['report', 'annual'], opts: { '--year': '2026' }, ext: '.docx', slots: [year('二〇二六'), out(), { at: '--csv', kind: 'bool' }, { at: '--xlsx', kind: 'bool' }, force] },
];

export const ROSTER_GROUP: Group = {
  today: TODAY,
  setup: [
    ['init', '--org', '示例区教育局'],
    ['leader', 'add', '--name', '张明', '--title', '局长'],
    ['leader', 'add', '--name', '王强', '--title', '副局长'],
    ['staff', 'add', '--name', '李华'],
    ['staff', 'add', '--name', '周敏'],
    ['roster', 'rule', 'add', '--days', '1,16'],
    ['roster', 'generate', '--year', '2026', '--month', '6'], // 06-01 张明, 06-16 王强
    ['roster', 'generate', '--year', '2026', '--month', '7'], // 07-01 张明, 07-16 王强
    ['reception', 'close', '--date', '2026-06-01'],
    ['visit', 'book', '--date', '2026-07-01', '--name', '刘某', '--phone', '13800138000', '--summary', '学位问题'],
    ['visit', 'book', '--date', '2026-07-16', '--name', '陈某', '--phone', '13800138001', '--summary', '收费问题'],
    ['calendar', 'set', '2026-07-07', 'off', '--name', '调休'],
  ],
  specs: ROSTER,
};
