// The commands of the bad-input sweep (issue 6 item 4), in three groups, each with the store its cases start from.
// A slot is a flag or an argument and the kind of value it takes (see bad-input.ts); the cases are generated.
// bad-input-coverage.test.ts checks that every option and argument of every command is listed here.
import fs from 'node:fs';
import path from 'node:path';
import type { CommandSpec, Slot } from './bad-input.js';
import { afterReplySpecs } from './bad-input-specs-after-reply.js';
import { tempDir } from './cli.js';

export interface Group {
  today: string;
  /** Commands that build the store every case starts from. */
  setup: string[][];
  specs: CommandSpec[];
}

const TODAY = '2026-06-30';
const BAD_DATE = '2026-02-30';
const force = { at: '--force', kind: 'bool' as const };
/** A command that takes no arguments, given one: a usage error. */
const noArgs = { at: 0, kind: 'ref' as const, malformed: '1', expect: { empty: 2, malformed: 2, overlong: 2, hostile: 2 } as const };

// input files that are there but are not what they claim to be
const FILES = tempDir('xinfang-bad-files-');
const BAD_JSON = path.join(FILES, '放假安排.json');
fs.writeFileSync(BAD_JSON, '{"date": "2026-10-01", off: 是}');
// a State Council notice whose weekday does not match its date (2027-02-05 is a Friday)
const BAD_NOTICE = path.join(FILES, '放假通知.txt');
fs.writeFileSync(BAD_NOTICE, '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日（周四）至12日（周五）放假调休，共8天。\n');
const BAD_CSV = path.join(FILES, '台账.csv');
fs.writeFileSync(BAD_CSV, '编号,登记日期,信访人\n"2026-0001,2026-06-01,王某某\n');

// ---- init, status and the global options, the organisation lists, backups ----

const name = (at: string | number) => ({ at, kind: 'ref' as const, malformed: '不存在的人' });

const ORG: CommandSpec[] = [
  // init writes a new folder: --data (given after, so it wins) points at one that does not exist yet
  {
    cmd: ['init'],
    opts: { '--org': '另一个教育局', '--data': '新数据' },
    slots: [
      { at: '--org', kind: 'text' },
      { at: '--issuer', kind: 'optText', expect: { malformed: 1 } }, // left out: the org name; given as blanks: refused
    ],
  },
  {
    cmd: ['status'],
    slots: [
      // a data folder that is not one: a store problem
      { at: '--data', kind: 'in', values: { malformed: '没有这个目录', hostile: '../../etc' }, expect: { empty: 3, malformed: 3, overlong: 3, hostile: 3 } },
      { at: '--today', kind: 'strict', malformed: BAD_DATE },
      { at: '--json', kind: 'bool' },
      { at: '--no-color', kind: 'bool' },
      { at: '--yes', kind: 'bool' },
    ],
  },
  {
    cmd: ['leader', 'add'],
    opts: { '--name': '赵刚' },
    slots: [
      { at: '--name', kind: 'text' },
      { at: '--title', kind: 'optText' },
      { at: '--portfolio', kind: 'optText' },
      { at: '--phone', kind: 'optStrict', malformed: '12345abc' },
      { at: '--order', kind: 'strict', malformed: '9' },
    ],
  },
  { cmd: ['leader', 'list'], slots: [{ at: '--all', kind: 'bool' }] },
  {
    cmd: ['leader', 'update'],
    pos: ['王强'],
    opts: { '--title': '副局长' },
    slots: [name(0), { at: '--title', kind: 'optText' }, { at: '--portfolio', kind: 'optText' }, { at: '--phone', kind: 'optStrict', malformed: '0518-855' }],
  },
  { cmd: ['leader', 'move'], pos: ['王强'], opts: { '--to': '1' }, slots: [name(0), { at: '--to', kind: 'strict', malformed: '3' }] },
  {
    cmd: ['leader', 'away'],
    pos: ['王强'],
    opts: { '--from': '2026-07-01', '--to': '2026-07-03', '--reason': '出差' },
    slots: [
      name(0),
      { at: '--from', kind: 'strict', malformed: BAD_DATE },
      { at: '--to', kind: 'strict', malformed: '2026-06-01' }, // before --from
      { at: '--reason', kind: 'text' },
    ],
  },
  { cmd: ['leader', 'remove'], pos: ['王强'], slots: [name(0)] },
  {
    cmd: ['staff', 'add'],
    opts: { '--name': '周敏' },
    slots: [
      { at: '--name', kind: 'text' },
      { at: '--phone', kind: 'optStrict', malformed: '+86 138' },
    ],
  },
  { cmd: ['staff', 'list'], slots: [{ at: '--all', kind: 'bool' }] },
  { cmd: ['staff', 'remove'], pos: ['李华'], slots: [name(0)] },
  {
    cmd: ['unit', 'add'],
    opts: { '--name': '市第一中学', '--kind': '学校' },
    slots: [
      { at: '--name', kind: 'text' },
      { at: '--kind', kind: 'strict', malformed: '部门' },
    ],
  },
  { cmd: ['unit', 'list'], slots: [{ at: '--all', kind: 'bool' }] },
  { cmd: ['unit', 'remove'], pos: ['海州区'], slots: [name(0)] },
  { cmd: ['category', 'add'], pos: ['校园安全'], slots: [{ at: 0, kind: 'text' }] },
  { cmd: ['category', 'list'], slots: [{ at: '--all', kind: 'bool' }] },
  { cmd: ['category', 'remove'], pos: ['学生资助'], slots: [name(0)] },
  {
    cmd: ['source', 'add'],
    opts: { '--name': '网信办', '--group': '上级转办' },
    slots: [
      { at: '--name', kind: 'text' },
      { at: '--group', kind: 'text' },
    ],
  },
  { cmd: ['source', 'list'], slots: [{ at: '--all', kind: 'bool' }] },
  { cmd: ['source', 'remove'], pos: ['区长信箱'], slots: [name(0)] },
  { cmd: ['config', 'show'], slots: [noArgs] },
  { cmd: ['completion'], pos: ['bash'], slots: [{ at: 0, kind: 'strict', malformed: 'fish', expect: { empty: 2, malformed: 2, overlong: 2, hostile: 2 } }] },
  { cmd: ['config', 'set'], pos: ['issuer', '示例区教育局办公室'], slots: [{ at: 0, kind: 'ref', malformed: 'deadline' }, { at: 1, kind: 'text' }] },
  { cmd: ['config', 'set'], pos: ['handle-days', '30'], slots: [{ at: 1, kind: 'strict', malformed: '366' }] },
  { cmd: ['config', 'set'], pos: ['visit-limit', '5'], slots: [{ at: 1, kind: 'strict', malformed: '0' }] },
  { cmd: ['backup', 'list'], slots: [noArgs] },
  { cmd: ['reindex'], slots: [noArgs] },
  { cmd: ['backup', 'restore'], pos: [], slots: [{ at: 0, kind: 'ref', malformed: '20260101-000000-1' }] },
  // one file's last committed version: a path inside the data folder that some backup holds
  { cmd: ['backup', 'restore'], slots: [{ at: '--file', kind: 'in', malformed: 'cases/2019/2019-01.json' }] },
  { cmd: ['check'], slots: [noArgs, { at: '--repair', kind: 'bool' }] },
];

export const ORG_GROUP: Group = {
  today: TODAY,
  setup: [
    ['init', '--org', '示例区教育局'],
    ['leader', 'add', '--name', '张明', '--title', '局长'],
    ['leader', 'add', '--name', '王强', '--title', '副局长'],
    ['staff', 'add', '--name', '李华'],
    ['unit', 'add', '--name', '基础教育科', '--kind', '科室'],
    ['unit', 'add', '--name', '海州区', '--kind', '县区'],
    ['source', 'add', '--name', '区长信箱', '--group', '上级转办'],
    ['category', 'add', '学生资助'],
  ],
  specs: ORG,
};

// ---- the holiday calendar, the roster and its rules, the reports ----

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

// ---- the case commands, import and export of the ledger ----

const ADD_OPTS = { '--channel': '来访', '--source': '本级受理', '--name': '王某某', '--region': '海州区', '--category': '教育收费', '--summary': '反映某校违规收取资料费' };
const ADD = ['case', 'add', ...Object.entries(ADD_OPTS).flat()];
const no = (n: string) => ({ at: 0, kind: 'ref' as const, malformed: '2026-9999', values: { hostile: `../../2026-${n}` } });
const date: Slot = { at: '--date', kind: 'strict', malformed: '2026-07-01' }; // after today
const pii = { at: '--show-pii', kind: 'bool' as const };

const AFTER = afterReplySpecs({ no, date, pii, force });

const CASES: CommandSpec[] = [
  {
    cmd: ['case', 'add'],
    opts: ADD_OPTS,
    slots: [
      date,
      { at: '--channel', kind: 'strict', malformed: '邮件' },
      { at: '--source', kind: 'ref', malformed: '省长信箱' },
      { at: '--doc-no', kind: 'optText' },
      { at: '--name', kind: 'text' },
      { at: '--phone', kind: 'optStrict', malformed: '1380013800' },
      { at: '--id-number', kind: 'optStrict', malformed: '110105194912310021' }, // wrong check digit
      { at: '--address', kind: 'optPara' },
      { at: '--persons', kind: 'optStrict', malformed: '0' },
      { at: '--representatives', kind: 'optText', expect: { markup: 1 } }, // one person: no representatives to name
      { at: '--region', kind: 'ref', malformed: '基础教育科' }, // a 科室 is not a region
      { at: '--category', kind: 'ref', malformed: '交通' },
      { at: '--summary', kind: 'para' },
      { at: '--demands', kind: 'optPara' },
      // tags are split at commas and spaces: a line break separates two tags, a formula-like tag stays whole
      { at: '--tags', kind: 'optText', values: { control: '响\u0007铃', markup: '=SUM(1)' } },
      { at: '--repeat-of', kind: 'optStrict', malformed: '2026-9999' },
      { at: '--stdin', kind: 'bool' },
      { at: '--visit', kind: 'ref', malformed: 'Y2026-099' }, // no such booking
    ],
  },
  { cmd: ['case', 'accept'], pos: ['2026-0001'], slots: [no('0001'), { at: '--note', kind: 'optPara' }, date] },
  { cmd: ['case', 'reject'], pos: ['2026-0001'], opts: { '--reason': '应通过诉讼途径解决' }, slots: [no('0001'), { at: '--reason', kind: 'para' }, date] },
  {
    cmd: ['case', 'assign'],
    pos: ['2026-0002'],
    opts: { '--unit': '基础教育科', '--leader': '张明' },
    slots: [
      no('0002'),
      { at: '--unit', kind: 'ref', malformed: '计财科' },
      { at: '--leader', kind: 'ref', malformed: '王强' },
      { at: '--due', kind: 'strict', malformed: '2026-05-01' }, // before the case came in
      { at: '--note', kind: 'optPara' },
      date,
    ],
  },
  { cmd: ['case', 'progress'], pos: ['2026-0003'], opts: { '--note': '已约谈学校负责人' }, slots: [no('0003'), { at: '--note', kind: 'para' }, date] },
  {
    cmd: ['case', 'extend'],
    pos: ['2026-0003'],
    opts: { '--days': '10', '--reason': '情况复杂' },
    slots: [no('0003'), { at: '--days', kind: 'strict', malformed: '31' }, { at: '--reason', kind: 'para' }, date],
  },
  {
    cmd: ['case', 'close'],
    pos: ['2026-0003'],
    opts: { '--result': '解决' },
    slots: [
      no('0003'),
      { at: '--result', kind: 'strict', malformed: '完成' },
      { at: '--reply-date', kind: 'strict', malformed: '2026-05-31' }, // before the case came in
      { at: '--note', kind: 'optPara' },
      date,
    ],
  },
  {
    cmd: ['case', 'rate'],
    pos: ['2026-0004'],
    opts: { '--satisfaction': '满意' },
    slots: [no('0004'), { at: '--satisfaction', kind: 'strict', malformed: '很好' }, { at: '--note', kind: 'optPara' }, date],
  },
  {
    cmd: ['case', 'list'],
    slots: [
      { at: '--year', kind: 'strict', malformed: '20260' },
      { at: '--month', kind: 'strict', malformed: '2026-00' },
      { at: '--status', kind: 'strict', malformed: '已完成' },
      { at: '--unit', kind: 'filter', malformed: '计财科' },
      { at: '--leader', kind: 'filter', malformed: '王强' },
      { at: '--repeat', kind: 'bool' },
      { at: '--first', kind: 'bool' },
      { at: '--backlog', kind: 'bool' },
      pii,
    ],
  },
  { cmd: ['case', 'show'], pos: ['2026-0001'], slots: [no('0001'), pii] },
  { cmd: ['case', 'due'], slots: [{ at: '--within', kind: 'strict', malformed: '-1' }] },
  // 督办单 for every overdue case (0005) into a folder: a file where the folder should be is refused
  { cmd: ['case', 'due'], opts: { '--letters': true }, ext: '', slots: [{ at: '--letters', kind: 'bool' }, { at: '--out', kind: 'out' }, force] },
  ...AFTER,
  { cmd: ['case', 'card'], pos: ['2026-0003'], ext: '.docx', slots: [no('0003'), { at: '--out', kind: 'out' }, force, pii] },
  { cmd: ['import', 'cases'], pos: [BAD_CSV], slots: [{ at: 0, kind: 'in', malformed: BAD_CSV }, { at: '--skip-bad', kind: 'bool' }] },
  {
    cmd: ['export', 'cases'],
    ext: '.xlsx',
    slots: [
      { at: '--year', kind: 'strict', malformed: '1900' },
      { at: '--month', kind: 'strict', malformed: '2026-13' },
      { at: '--out', kind: 'out' },
      force,
      pii,
    ],
  },
];

export const CASE_GROUP: Group = {
  today: TODAY,
  setup: [
    ['init', '--org', '示例区教育局'],
    ['leader', 'add', '--name', '张明', '--title', '局长'],
    ['leader', 'add', '--name', '李强', '--title', '副局长'],
    ['unit', 'add', '--name', '基础教育科', '--kind', '科室'],
    ['unit', 'add', '--name', '海州区', '--kind', '县区'],
    // 0001 registered; 0002 accepted; 0003 being handled; 0004 closed (the same person: 0002-0005 are repeats)
    ...['0001', '0002', '0003', '0004'].map(() => [...ADD, '--date', '2026-06-01']),
    ...['0002', '0003', '0004'].map((n) => ['case', 'accept', `2026-${n}`, '--date', '2026-06-02']),
    ...['0003', '0004'].map((n) => ['case', 'assign', `2026-${n}`, '--unit', '基础教育科', '--leader', '张明', '--date', '2026-06-03']),
    ['case', 'close', '2026-0004', '--result', '解决', '--date', '2026-06-10'],
    // 0005 overdue since 06-20 (for 督办单)
    [...ADD, '--date', '2026-06-01'],
    ['case', 'accept', '2026-0005', '--date', '2026-06-02'],
    ['case', 'assign', '2026-0005', '--unit', '基础教育科', '--leader', '张明', '--due', '2026-06-20', '--date', '2026-06-03'],
  ],
  specs: CASES,
};
