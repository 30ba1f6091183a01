// What the three groups of the bad-input sweep share (issue 6 item 4): the shape of a group, today, the common slots
// and the input files that are there but are not what they claim to be.
// A slot is a flag or an argument and the kind of value it takes (see ../bad-input.ts); the cases are generated.
// ../../cli/bad-input-coverage.test.ts checks that every option and argument of every command is listed in a group.
import fs from 'node:fs';
import path from 'node:path';
import type { CommandSpec } from '../bad-input.js';
import { tempDir } from '../cli.js';

export interface Group {
  today: string;
  /** Commands that build the store every case starts from. */
  setup: string[][];
  specs: CommandSpec[];
}

export const TODAY = '2026-06-30';
export const BAD_DATE = '2026-02-30';
export const force = { at: '--force', kind: 'bool' as const };
/** A command that takes no arguments, given one: a usage error. */
export const noArgs = { at: 0, kind: 'ref' as const, malformed: '1', expect: { empty: 2, malformed: 2, overlong: 2, hostile: 2 } as const };

// input files that are there but are not what they claim to be
const FILES = tempDir('xinfang-bad-files-');
export const BAD_JSON = path.join(FILES, '放假安排.json');
fs.writeFileSync(BAD_JSON, '{"date": "2026-10-01", off: 是}');
// a State Council notice whose weekday does not match its date (2027-02-05 is a Friday)
export const BAD_NOTICE = path.join(FILES, '放假通知.txt');
fs.writeFileSync(BAD_NOTICE, '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日（周四）至12日（周五）放假调休，共8天。\n');
export const BAD_CSV = path.join(FILES, '台账.csv');
fs.writeFileSync(BAD_CSV, '编号,登记日期,信访人\n"2026-0001,2026-06-01,王某某\n');
