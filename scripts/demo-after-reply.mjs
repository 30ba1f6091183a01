// Part of `npm start`: corrections and the case after the reply on the demo cases — a reassignment, a close taken
// back, a 复查 request, a 积案 settled (化解) and one ended by 终结认定 — then one official letter of each kind into out/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const iso = (d) => d.toISOString().slice(0, 10);
const daysAgo = (n) => iso(new Date(Date.now() - n * 86_400_000));

export function demoAfterReply({ bin, data, root, xf, cases: { a, b, c, d } }) {
  const out = (args) => {
    const r = spawnSync(process.execPath, [bin, '--data', data, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, XINFANG_USER: '周敏' } });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(r.status ?? 1);
    }
    return r.stdout.trim();
  };

  console.log('\n== 更正与答复之后（xinfang case reassign / close / undo / review / resolve / terminate）');
  out(['case', 'reassign', b, '--unit', '人事科', '--leader', '李娟', '--reason', '补助发放属人事科职责，原交办单位有误', '--date', daysAgo(5)]);
  out(['case', 'extend', c, '--days', '15', '--reason', '需调取往年加分档案核对', '--date', daysAgo(1)]);
  out(['case', 'close', c, '--result', '解决', '--date', daysAgo(1)]);
  out(['case', 'undo', c, '--reason', '误将本件办结，实际仍在核查']);
  out(['case', 'review', a, '--level', '复查', '--date', daysAgo(3), '--body', '省教育厅']);
  // two of the past years' backlog: one settled (息诉罢访), one ended by 终结认定
  const backlog = JSON.parse(out(['case', 'list', '--backlog', '--json']));
  const resolved = backlog.find((x) => x.status === '已评价');
  const ended = backlog.find((x) => x.status === '已评价' && x.no !== resolved.no);
  out(['case', 'resolve', resolved.no, '--date', daysAgo(4), '--note', '经包案领导多次约谈，信访人签字息诉']);
  out(['case', 'terminate', ended.no, '--date', daysAgo(2), '--doc-no', '示教终〔2026〕1号', '--note', '经复查复核，诉求缺乏政策依据']);
  console.log(`${b} 已改派人事科（包案领导李娟）；${c} 误办结已撤销；${a} 信访人申请复查；积案 ${resolved.no} 已化解，${ended.no} 已终结认定`);
  xf('改派后的一案一卡', ['case', 'show', b]);
  xf('信访积案（往年登记、未化解也未终结）', ['case', 'list', '--backlog']);

  xf('文号格式与机关代字', ['config', 'set', 'org-code', '示教']);
  const letters = [
    [c, '受理告知书'],
    [d, '不予受理告知书'],
    [c, '延期告知书'],
    [b, '交办单'],
    [b, '督办单'],
    [a, '答复意见书'],
  ];
  for (const [no, kind] of letters) {
    xf(`信访文书：${kind}`, ['case', 'letter', no, '--kind', kind, '--out', path.join(root, 'out', `${kind}-${no}.docx`), '--force']);
  }
}
