// Bad-input sweep, group 1: init, status and the global options, the organisation lists, backups, store init|copy.
import { type CommandSpec, OVERLONG } from '../bad-input.js';
import { BAD_DATE, type Group, noArgs, TODAY } from './shared.js';

/** A well-formed address of a database server that is not there (a socket folder that does not exist). */
const NO_SERVER = 'postgres://xinfang@/台账?host=/没有这个目录';
const BAD_URL = 'postgres://用户 名@服务器/库';
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
  // --store: a postgres:// address or nothing; a database that is not there is a store problem (exit 3)
  { cmd: ['status'], slots: [{ at: '--store', kind: 'strict', malformed: 'mysql://root@localhost/xinfang', values: { hostile: NO_SERVER }, expect: { hostile: 3 } }] },
  // the journal's 经办人: free text, but a name (no control characters, not a page of text)
  { cmd: ['leader', 'add'], opts: { '--name': '赵刚' }, slots: [{ at: '--operator', kind: 'optText' }] },
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
  // backup dump|load work on a database ledger only: on this data folder every value is refused, no file written
  { cmd: ['backup', 'dump'], opts: { '--out': '台账.dump' }, slots: [{ at: '--out', kind: 'strict', malformed: '台账.dump' }] },
  { cmd: ['backup', 'load'], pos: ['台账.dump'], opts: { '--yes': true }, slots: [{ at: 0, kind: 'strict', malformed: '已有的文件' }] },
  // store init works on a database only: given a data folder (whatever its name) it refuses
  { cmd: ['store', 'init'], slots: [noArgs, { at: '--data', kind: 'ref', malformed: '新数据' }, { at: '--store', kind: 'strict', malformed: BAD_URL, values: { hostile: NO_SERVER }, expect: { hostile: 3 } }] },
  // store copy from the data folder (../data seen from the working folder) into a new folder there
  {
    cmd: ['store', 'copy'],
    opts: { '--from': '../data', '--to': '台账副本' },
    slots: [
      // a folder that is not a ledger (the working folder), a path too long, /etc: a store problem
      { at: '--from', kind: 'in', malformed: '.', expect: { malformed: 3, overlong: 3, hostile: 3 } },
      // an address that is not one, one too long, a database that is not there
      { at: '--from', kind: 'strict', malformed: BAD_URL, values: { overlong: `postgres://${OVERLONG}`, hostile: NO_SERVER }, expect: { hostile: 3 } },
      // a folder that is not empty (the working folder), the source itself, a path too long
      { at: '--to', kind: 'strict', malformed: '.', values: { hostile: '../data' }, expect: { overlong: 3 } },
      { at: '--to', kind: 'strict', malformed: BAD_URL, values: { overlong: `postgres://${OVERLONG}`, hostile: NO_SERVER }, expect: { hostile: 3 } },
    ],
  },
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
