// Two years of fictional petition cases (2025-01 … 2026-10) for the demo bureau, as a ledger CSV in the
// import format (台账), so the monthly and annual reports of the demo have something to count. Deterministic.
const REGIONS = ['海滨区', '城东区', '城西区', '临江县', '青山县', '白沙县', '云溪县', '石桥县', '南湖市'];
const SCHOOLS = ['市第一中学', '市实验小学', '市职业技术学校'];
const OFFICES = { 办学管理: '基础教育科', 教育收费: '计划财务科', 教师待遇: '人事科', 师德师风: '人事科', 廉政建设: '办公室', 办学条件: '计划财务科', 招生考试: '基础教育科', 其它: '办公室' };
const LEADERS = { 基础教育科: '王强', 计划财务科: '赵刚', 人事科: '李娟', 办公室: '陈静' };
const TOPICS = {
  办学管理: [['违规补课', '反映学校假期违规组织补课'], ['作业负担', '反映学生作业负担过重'], ['学区划分', '对学区划分调整有异议']],
  教育收费: [['违规收费', '反映学校违规收取资料费'], ['课后服务收费', '反映课后服务收费标准不明']],
  教师待遇: [['绩效工资', '反映教师绩效工资发放不到位'], ['职称评审', '对职称评审结果有异议'], ['乡村教师补助', '反映乡村教师生活补助未按时发放']],
  师德师风: [['体罚学生', '反映教师体罚学生'], ['有偿家教', '反映教师从事有偿家教']],
  廉政建设: [['采购问题', '反映学校食堂采购不规范']],
  办学条件: [['校舍安全', '反映校舍存在安全隐患'], ['食堂管理', '反映学校食堂卫生条件差']],
  招生考试: [['招生入学', '反映子女入学安排问题'], ['中招择校', '咨询中考招生政策']],
  其它: [['校车安全', '反映校车超载'], ['校外培训', '反映校外培训机构违规收费']],
};
const CATEGORY_WEIGHTS = [['办学管理', 26], ['教育收费', 22], ['教师待遇', 20], ['师德师风', 11], ['廉政建设', 4], ['办学条件', 6], ['招生考试', 5], ['其它', 6]];
const SOURCES = [['本级受理', 30], ['省教育厅', 15], ['市信访局', 30], ['市长信箱', 25]];
const CHANNELS = [['来信', 25], ['来访', 20], ['网上', 45], ['来电', 10]];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const pad = (n) => String(n).padStart(2, '0');
export const addDays = (d, n) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
const csvCell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const LEDGER_HEADERS = ['登记日期', '渠道', '来源', '交办文号', '信访人', '联系电话', '住址', '人数', '涉及地区', '问题类别', '内容摘要', '诉求', '标签', '受理日期', '责任单位', '包案领导', '办理期限', '办结日期', '办理结果', '答复日期', '满意度'];

/** The ledger rows, received from 2025-01-02 up to `until` (exclusive); cases close within about 20–70 days. */
export function demoLedger(until = '2026-11-01') {
  const rand = rng(20250101);
  const weighted = (table) => {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = rand() * total;
    for (const [v, w] of table) if ((r -= w) < 0) return v;
    return table[0][0];
  };
  const rows = [];
  for (let d = '2025-01-02'; d < until; d = addDays(d, 1 + Math.floor(rand() * 4))) {
    const category = weighted(CATEGORY_WEIGHTS);
    const [tag, summary] = TOPICS[category][Math.floor(rand() * TOPICS[category].length)];
    const school = rand() < 0.06;
    const region = school ? SCHOOLS[Math.floor(rand() * SCHOOLS.length)] : REGIONS[Math.min(REGIONS.length - 1, Math.floor(rand() ** 1.6 * REGIONS.length))];
    const source = weighted(SOURCES);
    const unit = OFFICES[category];
    const accepted = addDays(d, 1 + Math.floor(rand() * 5));
    const due = addDays(accepted, 60);
    const closed = addDays(accepted, 15 + Math.floor(rand() * 55));
    const done = closed < until && rand() < 0.96;
    const name = `${SURNAMES[Math.floor(rand() * SURNAMES.length)]}某${rand() < 0.5 ? '某' : ''}`;
    rows.push([
      d, weighted(CHANNELS), source, source === '本级受理' ? '' : `${source === '市长信箱' ? '市长信箱' : source.slice(0, 1)}转〔${d.slice(0, 4)}〕${rows.length + 1}号`,
      name, `139${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`, `${school ? '市区' : region}某小区`, String(rand() < 0.08 ? 2 + Math.floor(rand() * 3) : 1),
      region, category, summary, '请求依法依规处理', tag, accepted, unit, LEADERS[unit], due,
      done ? closed : '', done ? ['解决', '解决', '部分解决', '解释疏导', '不予支持'][Math.floor(rand() * 5)] : '', done ? closed : '',
      done ? ['满意', '满意', '基本满意', '不满意', ''][Math.floor(rand() * 5)] : '',
    ]);
  }
  return [LEDGER_HEADERS, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
