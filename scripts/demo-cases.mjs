// Part of `npm start`: a few petition cases registered and handled through the real workflow commands, dated in
// the weeks before today, then the supervision list, one case card (一案一卡) and the ledger export.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const iso = (d) => d.toISOString().slice(0, 10);
const daysAgo = (n) => iso(new Date(Date.now() - n * 86_400_000));

export function demoCases({ bin, data, root, xf }) {
  /** Runs a command quietly and returns its stdout (the case number for `case add`). */
  const out = (args) => {
    const r = spawnSync(process.execPath, [bin, '--data', data, ...args], { encoding: 'utf8', cwd: root });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(r.status ?? 1);
    }
    return r.stdout.trim();
  };
  const add = (date, extra) =>
    out(['case', 'add', '--date', date, '--source', '本级受理', '--persons', '1', '--yes', ...extra]);

  console.log('\n== 登记并办理几件演示信访件（xinfang case add / accept / assign / progress / close / rate / reject）');
  const a = add(daysAgo(45), [
    '--channel', '来访', '--name', '王某某', '--phone', '13800138000', '--id-number', '11010519491231002X',
    '--address', '海滨区某小区', '--region', '海滨区', '--category', '教育收费', '--summary', '反映某校违规收取资料费',
    '--demands', '退还费用', '--tags', '违规收费',
  ]);
  out(['case', 'accept', a, '--date', daysAgo(43)]);
  out(['case', 'assign', a, '--unit', '基础教育科', '--leader', '王强', '--date', daysAgo(42)]);
  out(['case', 'progress', a, '--note', '已约谈学校负责人，责令停止收费', '--date', daysAgo(30)]);
  out(['case', 'close', a, '--result', '解决', '--reply-date', daysAgo(20), '--date', daysAgo(21)]);
  out(['case', 'rate', a, '--satisfaction', '满意', '--date', daysAgo(18)]);

  const b = add(daysAgo(70), [
    '--channel', '来信', '--name', '李某', '--phone', '0518-85559999', '--region', '城东区', '--category', '教师待遇',
    '--summary', '反映乡村教师生活补助未按时发放', '--demands', '补发补助',
  ]);
  out(['case', 'accept', b, '--date', daysAgo(66)]);
  out(['case', 'assign', b, '--unit', '计划财务科', '--leader', '赵刚', '--due', daysAgo(6), '--date', daysAgo(65)]);
  out(['case', 'progress', b, '--note', '已会同人事科核对发放名单', '--date', daysAgo(40)]);

  const c = add(daysAgo(12), [
    '--channel', '网上', '--name', '赵某', '--phone', '13900001111', '--region', '市第一中学', '--category', '招生考试',
    '--summary', '咨询中考加分政策执行情况',
  ]);
  out(['case', 'accept', c, '--date', daysAgo(10)]);
  out(['case', 'assign', c, '--unit', '基础教育科', '--leader', '王强', '--date', daysAgo(9), '--due', daysAgo(-4)]);

  const d = add(daysAgo(8), [
    '--channel', '来电', '--name', '钱某', '--phone', '13700002222', '--region', '临江县', '--category', '其它',
    '--summary', '要求撤销法院判决', '--source', '市信访局',
  ]);
  out(['case', 'reject', d, '--reason', '属诉讼途径解决的事项，应通过诉讼程序解决', '--date', daysAgo(6)]);
  add(daysAgo(2), [
    '--channel', '来访', '--name', '王某某', '--phone', '13800138000', '--region', '海滨区', '--category', '教育收费',
    '--summary', '再次反映资料费退还不到位', '--persons', '7',
  ]);
  // for the annual summary's 重复信访 and 集体访: 李某 writes again, and a group of parents comes about a school building
  add(daysAgo(5), [
    '--channel', '来信', '--name', '李某', '--phone', '0518-85559999', '--region', '城东区', '--category', '教师待遇',
    '--summary', '再次反映乡村教师生活补助未按时发放', '--source', '市信访局',
  ]);
  add(daysAgo(3), [
    '--channel', '来访', '--name', '孙某', '--phone', '13600003333', '--region', '临江县', '--category', '办学条件',
    '--summary', '多名家长反映校舍存在安全隐患', '--persons', '12',
  ]);

  console.log(`已登记 ${[a, b, c, d].join('、')} 等信访件：${a} 已办结并评价，${b} 超期未办结，${c} 临期，${d} 不予受理，另有 ${a}、${b} 信访人的重复信访和一起12人的集体访`);
  xf('督办：超期和临期的信访件', ['case', 'due', '--within', '7']);
  xf('本年信访件', ['case', 'list']);
  xf('一案一卡', ['case', 'show', a]);
  xf('信访接待登记表（.docx）', ['case', 'card', a, '--out', path.join(root, 'out', `信访接待登记表-${a}.docx`), '--force']);
  xf('导出台账（默认脱敏）', ['export', 'cases', '--out', path.join(root, 'out', '信访件台账.xlsx'), '--force']);
  return { a, b, c, d };
}
