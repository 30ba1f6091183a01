// The bad-input slots of the corrections (case edit, undo, reassign), the steps after the reply (review, resolve,
// terminate) and the letters; part of the case group (cases.ts), whose store they start from.
import type { CommandSpec, Slot } from '../bad-input.js';

interface Helpers {
  /** A case number argument: the valid one, a missing one, a path-like one. */
  no: (n: string) => Slot;
  /** --date of a step (a date after today is malformed). */
  date: Slot;
  pii: Slot;
  force: Slot;
}

// the registration fields of `case edit`, as on `case add` (one person: naming representatives is refused)
const editSlots = (date: Slot): Slot[] => [
  date,
  { at: '--channel', kind: 'strict', malformed: '邮件' },
  { at: '--source', kind: 'ref', malformed: '省长信箱' },
  { at: '--doc-no', kind: 'optText' },
  { at: '--name', kind: 'text' },
  { at: '--phone', kind: 'optStrict', malformed: '1380013800' },
  { at: '--id-number', kind: 'optStrict', malformed: '110105194912310021' },
  { at: '--address', kind: 'optPara' },
  { at: '--persons', kind: 'optStrict', malformed: '0' },
  { at: '--representatives', kind: 'optText', expect: { markup: 1 } },
  { at: '--region', kind: 'ref', malformed: '基础教育科' },
  { at: '--category', kind: 'ref', malformed: '交通' },
  { at: '--summary', kind: 'para' },
  { at: '--demands', kind: 'optPara' },
  { at: '--tags', kind: 'optText', values: { control: '响\u0007铃', markup: '=SUM(1)' } },
];

const corrections = ({ no, date }: Helpers): CommandSpec[] => [
  {
    cmd: ['case', 'edit'],
    pos: ['2026-0001'],
    opts: { '--summary': '反映某校违规收取教辅材料费', '--reason': '摘要记录有误' },
    // anything after the number is not a field to correct (an unknown flag is refused the same way: exit 1)
    slots: [no('0001'), { at: 1, kind: 'ref', malformed: '--foo' }, { at: '--reason', kind: 'para' }, ...editSlots(date)],
  },
  { cmd: ['case', 'undo'], pos: ['2026-0004'], opts: { '--reason': '误办结' }, slots: [no('0004'), { at: '--reason', kind: 'para' }] },
  {
    cmd: ['case', 'reassign'],
    pos: ['2026-0003'],
    opts: { '--leader': '李强', '--reason': '包案领导调整' },
    slots: [
      no('0003'),
      { at: '--unit', kind: 'ref', malformed: '计财科' },
      { at: '--leader', kind: 'ref', malformed: '王强' },
      { at: '--due', kind: 'strict', malformed: '2026-05-01' }, // before the case came in
      { at: '--reason', kind: 'para' },
      date,
    ],
  },
];

// 0004 was closed and replied to on 06-10: a 复查 request on 06-30 is in time, so a late reason is refused
const afterReply = ({ no, date }: Helpers): CommandSpec[] => [
  {
    cmd: ['case', 'review'],
    pos: ['2026-0004'],
    opts: { '--level': '复查' },
    slots: [
      no('0004'),
      { at: '--level', kind: 'strict', malformed: '复议' },
      { at: '--body', kind: 'optText' },
      { at: '--late', kind: 'optText', expect: { markup: 1 } },
      date,
    ],
  },
  { cmd: ['case', 'resolve'], pos: ['2026-0004'], slots: [no('0004'), { at: '--note', kind: 'optPara' }, date] },
  {
    cmd: ['case', 'terminate'],
    pos: ['2026-0004'],
    opts: { '--doc-no': '示教终〔2026〕1号' },
    slots: [no('0004'), { at: '--doc-no', kind: 'text' }, { at: '--note', kind: 'optPara' }, date],
  },
];

export function afterReplySpecs(h: Helpers): CommandSpec[] {
  return [
    ...corrections(h),
    ...afterReply(h),
    {
      cmd: ['case', 'letter'],
      pos: ['2026-0003'],
      opts: { '--kind': '交办单' },
      ext: '.docx',
      slots: [h.no('0003'), { at: '--kind', kind: 'strict', malformed: '通知书' }, { at: '--date', kind: 'strict', malformed: '2026-07-01' }, { at: '--out', kind: 'out' }, h.force, h.pii],
    },
  ];
}
