// Shared set-up for the case CLI tests: a small bureau, a roster slot, and the registration of issue 4.
import fs from 'node:fs';
import path from 'node:path';
import { run } from './cli.js';

const TODAY = '2026-06-30';

export function setupBureau(d: string): void {
  for (const args of [
    ['leader', 'add', '--name', '张明', '--title', '党组书记、局长'],
    ['leader', 'add', '--name', '李强', '--title', '副局长'],
    ['unit', 'add', '--name', '基础教育科', '--kind', '科室'],
    ['unit', 'add', '--name', '计财科', '--kind', '科室'],
    ['unit', 'add', '--name', '海州区', '--kind', '县区'],
    ['unit', 'add', '--name', '市第一中学', '--kind', '学校'],
  ]) {
    const r = run(d, args, { today: TODAY });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
}

/** A roster slot on 2026-03-02 (李强 receiving), written as the roster commands would leave it. */
export function addRosterSlot(d: string): void {
  const file = path.join(d, 'config.json');
  const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
  cfg.roster.slots.push({ date: '2026-03-02', weekday: 1, kind: '接访', ruleId: 1, leader: '李强', staff: [], location: '会议室', time: '', shiftedFrom: null, note: '' });
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
}

export const ADD = [
  'case', 'add', '--date', '2026-03-02', '--channel', '来访', '--source', '本级受理', '--name', '王某某', '--phone', '13800138000',
  '--id-number', '11010519491231002X', '--address', '海州区某小区', '--persons', '1', '--region', '海州区', '--category', '教育收费',
  '--summary', '反映某校违规收取资料费', '--demands', '退还费用', '--tags', '违规收费',
];
