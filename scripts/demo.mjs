#!/usr/bin/env node
// `npm start`: runs the main job on a copy of the bundled demo bureau (data/demo is never modified)
// and writes the documents into out/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAfterReply } from './demo-after-reply.mjs';
import { demoCases } from './demo-cases.mjs';
import { demoReceptionDay } from './demo-reception.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'xinfang');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinfang-demo-'));
const data = path.join(work, 'data');
fs.cpSync(path.join(root, 'data', 'demo'), data, { recursive: true });
fs.mkdirSync(path.join(root, 'out'), { recursive: true });

function xf(title, args) {
  console.log(`\n== ${title}：xinfang ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [bin, '--data', data, ...args], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`演示中断：上面的命令退出码为 ${r.status}`);
    process.exit(r.status ?? 1);
  }
}

// The copy is removed when the demo ends; when a step fails it stays, so what went wrong can be looked at.
let finished = false;
process.on('exit', () => {
  if (finished) fs.rmSync(work, { recursive: true, force: true });
  else console.error(`演示未完成：数据副本保留在 ${data}，便于查看出错时的数据；查看后可删除该文件夹`);
});

console.log(`演示数据副本：${data}（演示结束后删除；data/demo 保持不变）`);
xf('单位概况', ['status']);
xf('领导（轮值顺序）', ['leader', 'list']);
xf('信访干部', ['staff', 'list']);
xf('单位与地区', ['unit', 'list']);

// The roster of the current year; a year whose holiday arrangement is not yet entered is refused by the tool,
// so the demo then says so and uses the latest year the calendar covers.
const covered = (y) =>
  JSON.parse(spawnSync(process.execPath, [bin, '--data', data, 'calendar', 'status', '--year', String(y), '--json'], { encoding: 'utf8' }).stdout).covered;
const thisYear = new Date().getFullYear();
let rosterYear = thisYear;
while (!covered(rosterYear) && rosterYear > thisYear - 5) rosterYear--;
if (rosterYear !== thisYear) {
  console.log(`\n（${thisYear}年的放假安排尚未录入，演示改用${rosterYear}年。实际使用时先导入国务院办公厅的放假通知：xinfang calendar import 通知.txt）`);
}
xf('接待日规则', ['roster', 'rule', 'list']);
xf('生成领导信访接待日安排表', ['roster', 'generate', '--year', String(rosterYear), '--force']);
demoReceptionDay({ bin, data, root, xf });
const handled = demoCases({ bin, data, root, xf });
demoAfterReply({ bin, data, root, xf, cases: handled });
// The monthly report of last month, and the annual summary of this year (of last year while this one has no cases).
const casesIn = (y) =>
  JSON.parse(spawnSync(process.execPath, [bin, '--data', data, 'report', 'annual', '--year', String(y), '--json'], { encoding: 'utf8' }).stdout).total;
const reportYear = [thisYear, thisYear - 1].find((y) => casesIn(y) > 0) ?? thisYear;
xf('信访工作情况月报（上月）', ['report', 'monthly', '--force']);
xf('年度信访工作总结（统计部分）', ['report', 'annual', '--year', String(reportYear), '--force']);
const outs = fs.readdirSync(path.join(root, 'out')).filter((f) => f.endsWith('.docx'));
console.log(`\n文件在 ${path.join(root, 'out')}${outs.length ? `：\n${outs.map((f) => `  ${f}`).join('\n')}` : ''}`);
finished = true;
console.log(`演示数据副本已删除（${work}）`);
