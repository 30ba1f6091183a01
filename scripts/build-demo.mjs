#!/usr/bin/env node
// Rebuilds data/demo/ — a fictional bureau — from scratch through the real CLI, so the demo store is
// always one the current code wrote and validates. Run after `npm run build`: node scripts/build-demo.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { addDays, demoLedger } from './demo-ledger.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = path.join(root, 'data', 'demo');
const bin = path.join(root, 'bin', 'xinfang');

const leaders = [
  ['张明', '党组书记、局长', '全面工作', '0518-85551001'],
  ['王强', '党组成员、副局长', '基础教育、招生考试', '0518-85551002'],
  ['李娟', '党组成员、副局长', '人事师资、教师待遇', '0518-85551003'],
  ['赵刚', '副局长', '计划财务、办学条件', '0518-85551004'],
  ['陈静', '党组成员、纪检组长', '党风廉政建设、师德师风', '0518-85551005'],
  ['刘洋', '工会主席', '工会、离退休干部', '0518-85551006'],
  ['孙伟', '副主任科员', '信访维稳、安全稳定', '0518-85551007'],
];
const staff = [['李华', '0518-85551010'], ['周敏', '0518-85551011'], ['吴磊', '0518-85551012']];
const offices = ['办公室', '基础教育科', '人事科', '计划财务科', '督导室', '安全稳定办公室'];
const regions = ['海滨区', '城东区', '城西区', '临江县', '青山县', '白沙县', '云溪县', '石桥县', '南湖市'];
const schools = ['市第一中学', '市实验小学', '市职业技术学校'];

export const setup = [
  ['init', '--org', '示例市教育局'],
  ...leaders.map(([name, title, portfolio, phone]) => ['leader', 'add', '--name', name, '--title', title, '--portfolio', portfolio, '--phone', phone]),
  ...staff.map(([name, phone]) => ['staff', 'add', '--name', name, '--phone', phone]),
  ...offices.map((name) => ['unit', 'add', '--name', name, '--kind', '科室']),
  ...regions.map((name) => ['unit', 'add', '--name', name, '--kind', '县区']),
  ...schools.map((name) => ['unit', 'add', '--name', name, '--kind', '学校']),
  // docs/domain.md: 每月1日、16日为领导接待日，遇节假日顺延
  ['roster', 'rule', 'add', '--days', '1,16', '--shift', 'next', '--location', '局机关三楼会议室', '--time', '8:30-12:00,14:30-17:30'],
];

const xf = (today, args) => execFileSync(process.execPath, [bin, '--data', demo, '--today', today, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

fs.rmSync(demo, { recursive: true, force: true });
for (const args of setup) xf('2025-01-02', args);

// Two years of history: the rosters of 2025 and 2026, the ledger of cases imported as the office would import
// last years' spreadsheet, and visits registered on the reception days (linked to the leader on duty).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-demo-build-'));
const TODAY = '2026-11-01';
for (const year of ['2025', '2026']) xf(TODAY, ['roster', 'generate', '--year', year, '--out', path.join(tmp, `roster-${year}.docx`)]);
fs.writeFileSync(path.join(tmp, 'ledger.csv'), demoLedger(TODAY));
xf(TODAY, ['import', 'cases', path.join(tmp, 'ledger.csv')]);
const slots = ['2025', '2026'].flatMap((year) => JSON.parse(xf(TODAY, ['roster', 'show', '--year', year, '--json'])).slots).filter((s) => s.date < TODAY);
const visitors = ['周某', '吴某某', '郑某', '冯某', '褚某某', '卫某', '蒋某', '沈某某', '韩某', '杨某'];
slots.forEach((slot, i) => {
  for (let k = 0; k < 1 + (i % 3); k++) {
    const who = visitors[(i * 3 + k) % visitors.length];
    const no = xf(TODAY, ['case', 'add', '--yes', '--date', slot.date, '--channel', '来访', '--source', '本级受理', '--name', who, '--phone', `1380000${String(1000 + i * 3 + k).padStart(4, '0')}`,
      '--persons', String(1 + ((i + k) % 3)), '--region', ['海滨区', '城东区', '临江县', '青山县'][(i + k) % 4], '--category', ['办学管理', '教师待遇', '教育收费', '招生考试'][(i + k) % 4],
      '--summary', ['反映学校管理问题，要求规范办学', '反映教师待遇落实问题', '反映收费问题，要求退费', '咨询招生入学政策'][(i + k) % 4], '--tags', ['违规补课', '绩效工资', '违规收费', '招生入学'][(i + k) % 4]]).trim();
    // the leader who received the visit takes the case (包案) and sees it through
    const close = addDays(slot.date, 20 + ((i + k) % 25));
    xf(TODAY, ['case', 'accept', no, '--date', slot.date]);
    xf(TODAY, ['case', 'assign', no, '--unit', '基础教育科', '--leader', slot.leader.name, '--date', addDays(slot.date, 1)]);
    if (close < TODAY) xf(TODAY, ['case', 'close', no, '--result', '解决', '--reply-date', close, '--date', close]);
  }
});
// The last reception days before today went by the whole procedure: a petitioner booked, the leader told two days
// ahead, the petitioner in writing one day ahead, the visit registered from the booking; then every past reception
// day is closed as held (the report figures come from these records).
const booked = slots.slice(-3);
booked.forEach((slot, i) => {
  const name = ['孔某', '曹某某', '严某'][i];
  const out = xf(addDays(slot.date, -6), ['--json', 'visit', 'book', '--date', slot.date, '--name', name, '--phone', `1390000${String(2000 + i).padStart(4, '0')}`,
    '--summary', ['反映子女入学学位分配问题', '反映代课教师待遇问题', '反映学校食堂收费问题'][i], '--persons', String(1 + i)]);
  const id = JSON.parse(out).id;
  xf(addDays(slot.date, -2), ['roster', 'notified', '--date', slot.date]);
  xf(addDays(slot.date, -1), ['visit', 'notify', '--date', slot.date, '--out', tmp]);
  const no = xf(slot.date, ['case', 'add', '--yes', '--visit', id, '--source', '本级受理', '--region', '城东区', '--category', ['招生考试', '教师待遇', '教育收费'][i]]).trim();
  xf(slot.date, ['case', 'accept', no, '--date', slot.date]);
  xf(slot.date, ['case', 'assign', no, '--unit', '基础教育科', '--leader', slot.leader.name, '--date', slot.date]);
});
for (const slot of slots) xf(TODAY, ['reception', 'close', '--date', slot.date, '--note', '按时接待，来访群众情绪平稳']);
fs.rmSync(tmp, { recursive: true, force: true });
// The demo is reference data: no backups or journal of how it was built.
fs.rmSync(path.join(demo, 'backups'), { recursive: true, force: true });
fs.rmSync(path.join(demo, 'journal.jsonl'), { force: true });
console.log(`已重建演示数据：${path.relative(root, demo)}`);
