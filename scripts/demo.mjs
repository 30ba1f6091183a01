#!/usr/bin/env node
// `npm start`: runs the main job on a copy of the bundled demo bureau (data/demo is never modified)
// and writes the documents into out/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

console.log(`演示数据副本：${data}（data/demo 保持不变）`);
xf('单位概况', ['status']);
xf('领导（轮值顺序）', ['leader', 'list']);
xf('信访干部', ['staff', 'list']);
xf('单位与地区', ['unit', 'list']);
const outs = fs.readdirSync(path.join(root, 'out')).filter((f) => f.endsWith('.docx'));
console.log(`\n文件在 ${path.join(root, 'out')}${outs.length ? `：\n${outs.map((f) => `  ${f}`).join('\n')}` : ''}`);
