#!/usr/bin/env node
// Rebuilds data/demo/ — a fictional bureau — from scratch through the real CLI, so the demo store is
// always one the current code wrote and validates. Run after `npm run build`: node scripts/build-demo.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  // seed 1: 每月1日、16日为领导接待日，遇节假日顺延
  ['roster', 'rule', 'add', '--days', '1,16', '--shift', 'next', '--location', '局机关三楼会议室', '--time', '8:30-12:00,14:30-17:30'],
];

fs.rmSync(demo, { recursive: true, force: true });
for (const args of setup) {
  execFileSync(process.execPath, [bin, '--data', demo, '--today', '2025-01-02', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
}
// The demo is reference data: no backups or journal of how it was built.
fs.rmSync(path.join(demo, 'backups'), { recursive: true, force: true });
fs.rmSync(path.join(demo, 'journal.jsonl'), { force: true });
console.log(`已重建演示数据：${path.relative(root, demo)}`);
