// Bad-input sweep, group 3: the case commands, import and export of the ledger.
import type { CommandSpec, Slot } from '../bad-input.js';
import { afterReplySpecs } from './after-reply.js';
import { BAD_CSV, force, type Group, TODAY } from './shared.js';

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
