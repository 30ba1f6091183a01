// Part of `npm start`: the next reception day as the office prepares it — two petitioners booked, the notices due
// (leader two days ahead, petitioners one day ahead), the written notices and SMS text, the leader marked told —
// and the last reception day: a visitor registered, the day closed and its record shown.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function demoReceptionDay({ bin, data, root, xf }) {
  const json = (args) => JSON.parse(spawnSync(process.execPath, [bin, '--data', data, '--json', ...args], { encoding: 'utf8', cwd: root }).stdout || 'null');
  const today = json(['roster', 'upcoming', '--days', '1'])?.from;
  const next = json(['roster', 'upcoming', '--days', '40'])?.slots.find((s) => s.kind === '接访' && s.leader && s.date > today);
  if (next) {
    xf('预约到下一个接待日', ['visit', 'book', '--date', next.date, '--name', '何某', '--phone', '13912345678', '--summary', '反映孩子转学手续问题']);
    xf('预约到下一个接待日（多人来访）', ['visit', 'book', '--date', next.date, '--name', '吕某某', '--phone', '13912345679', '--summary', '反映校车接送问题', '--persons', '3']);
    xf('当天预约', ['visit', 'list', '--date', next.date]);
    xf('近期接待安排与该通知的人（逾期的在前）', ['roster', 'upcoming', '--days', '14']);
    xf('给信访人的接访通知书和短信', ['visit', 'notify', '--date', next.date, '--out', path.join('out', `接访通知书-${next.date}`), '--sms', '--force']);
    xf('记录已通知接访领导', ['roster', 'notified', '--date', next.date]);
  } else {
    console.log('\n（今后40天内没有已生成的接待日，跳过预约和通知的演示）');
  }
  // the reception days since the demo data were built, recorded (quietly, all but the last, which is shown)
  const past = (json(['roster', 'show', '--year', today.slice(0, 4)])?.slots ?? []).filter((s) => s.kind === '接访' && s.date <= today);
  const open = past.filter((s) => json(['reception', 'log', '--date', s.date])?.status === '未记录');
  for (const s of open.slice(0, -1)) spawnSync(process.execPath, [bin, '--data', data, 'reception', 'close', '--date', s.date, '--note', '按时接待'], { cwd: root });
  if (open.length) {
    const day = open.at(-1).date;
    xf('最近一个接待日：来访群众当场登记', ['case', 'add', '--yes', '--date', day, '--channel', '来访', '--source', '本级受理', '--name', '施某',
      '--phone', '13812340000', '--persons', '2', '--region', '城西区', '--category', '办学条件', '--summary', '反映学校操场年久失修']);
    xf('记录最近一个接待日', ['reception', 'close', '--date', day, '--note', '按时接待，当场答复1批']);
  }
  if (past.length) xf('最近一个接待日的记录', ['reception', 'log', '--date', past.at(-1).date]);
}
