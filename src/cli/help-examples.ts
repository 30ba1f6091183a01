// The examples (例：) that end each command's help, keyed by command path ('' is the program itself). One table, so
// a new command adds its examples here and test/cli/help.test.ts checks that every command has two or three and
// that each one names options the command has.
export const HELP_EXAMPLES: Record<string, string[]> = {
  '': ['xinfang init --org 示例区教育局', 'xinfang roster generate --year 2027', 'xinfang help case add'],
  init: ['xinfang init --org 示例区教育局', 'xinfang init --org 示例区教育局 --issuer 中共示例区委教育工委'],
  status: ['xinfang status', 'xinfang --data D:/信访数据 status'],

  leader: ['xinfang leader add --name 张明 --title 局长', 'xinfang leader list', 'xinfang leader away 张明 --from 2027-01-05 --to 2027-01-09 --reason 出差'],
  'leader add': ['xinfang leader add --name 张明 --title "党组书记、局长" --portfolio 全面工作', 'xinfang leader add --name 王强 --title 副局长 --order 2'],
  'leader list': ['xinfang leader list', 'xinfang leader list --all --json'],
  'leader update': ['xinfang leader update 张明 --phone 0518-85551009', 'xinfang leader update 王强 --title 副局长 --portfolio 基础教育'],
  'leader move': ['xinfang leader move 张明 --to 3', 'xinfang leader move 王强 --to 1'],
  'leader away': ['xinfang leader away 张明 --from 2027-01-05 --to 2027-01-09 --reason 出差', 'xinfang leader away 王强 --from 2027-03-02 --to 2027-03-02 --reason 参加会议'],
  'leader remove': ['xinfang leader remove 张明', 'xinfang leader list --all'],

  staff: ['xinfang staff add --name 李华 --phone 0518-85551010', 'xinfang staff list'],
  'staff add': ['xinfang staff add --name 李华', 'xinfang staff add --name 周敏 --phone 0518-85551011'],
  'staff list': ['xinfang staff list', 'xinfang staff list --all --json'],
  'staff remove': ['xinfang staff remove 李华', 'xinfang staff list --all'],

  unit: ['xinfang unit add --name 基础教育科 --kind 科室', 'xinfang unit list'],
  'unit add': ['xinfang unit add --name 基础教育科 --kind 科室', 'xinfang unit add --name 海州区 --kind 县区', 'xinfang unit add --name 示例市第一中学 --kind 学校'],
  'unit list': ['xinfang unit list', 'xinfang unit list --all --json'],
  'unit remove': ['xinfang unit remove 基础教育科', 'xinfang unit list --all'],

  category: ['xinfang category list', 'xinfang category add 学生资助'],
  'category list': ['xinfang category list', 'xinfang category list --all'],
  'category add': ['xinfang category add 学生资助', 'xinfang category add 校园安全'],
  'category remove': ['xinfang category remove 学生资助', 'xinfang category list --all'],

  source: ['xinfang source list', 'xinfang source add --name 区长信箱 --group 上级转办'],
  'source list': ['xinfang source list', 'xinfang source list --all --json'],
  'source add': ['xinfang source add --name 区长信箱 --group 上级转办', 'xinfang source add --name 市长信箱 --group 市长信箱'],
  'source remove': ['xinfang source remove 区长信箱', 'xinfang source list --all'],

  calendar: ['xinfang calendar status --year 2027', 'xinfang calendar import 国务院放假通知.txt', 'xinfang calendar set 2027-01-01 off --name 元旦'],
  'calendar status': ['xinfang calendar status --year 2027', 'xinfang calendar status --year 2027 --json'],
  'calendar set': ['xinfang calendar set 2027-01-01 off --name 元旦', 'xinfang calendar set 2027-02-20 work --name 调休上班'],
  'calendar unset': ['xinfang calendar unset 2027-01-01', 'xinfang calendar status --year 2027'],
  'calendar import': ['xinfang calendar import 国务院放假通知.txt', 'xinfang calendar import 国务院放假通知.txt --dry-run', 'xinfang calendar import 放假安排.ics --allow-other'],
  'calendar confirm': ['xinfang calendar confirm --year 2027', 'xinfang calendar status --year 2027'],

  roster: ['xinfang roster rule add --days 1,16', 'xinfang roster generate --year 2027', 'xinfang roster upcoming'],
  'roster rule': ['xinfang roster rule add --days 1,16 --shift next', 'xinfang roster rule list', 'xinfang roster rule remove 1'],
  'roster rule add': [
    'xinfang roster rule add --days 1,16 --shift next --location 局机关三楼会议室',
    'xinfang roster rule add --nth 1 --weekday 1',
    'xinfang roster rule add --kind 下访 --per-leader 2',
  ],
  'roster rule list': ['xinfang roster rule list', 'xinfang roster rule list --json'],
  'roster rule remove': ['xinfang roster rule remove 2', 'xinfang roster rule list'],
  'roster generate': ['xinfang roster generate', 'xinfang roster generate --year 2027', 'xinfang roster generate --month 2027-03 --force'],
  'roster notified': ['xinfang roster notified --date 2027-01-16', 'xinfang roster upcoming'],
  'roster show': ['xinfang roster show --year 2027 --month 3', 'xinfang roster show --year 2027 --json'],
  'roster doc': ['xinfang roster doc --year 2027', 'xinfang roster doc --year 2027 --month 3 --out 三月安排表.docx'],
  'roster swap': ['xinfang roster swap 2027-03-16 --leader 王强 --reason 外出开会', 'xinfang roster swap 2027-04-01 --leader 张明'],
  'roster assign': ['xinfang roster assign 2027-03-16 --leader 王强 --reason 外出开会', 'xinfang roster assign 2027-03-16 --staff 李华,周敏 --location 局机关一楼接待室'],
  'roster export': ['xinfang roster export --year 2027 --ics out/接访.ics', 'xinfang roster export --year 2027 --month 3 --ics 三月接访.ics --force'],
  'roster upcoming': ['xinfang roster upcoming', 'xinfang roster upcoming --days 14'],

  case: ['xinfang case add', 'xinfang case list --status 办理中', 'xinfang case due'],
  'case add': [
    'xinfang case add',
    'xinfang case add --date 2026-03-02 --channel 来访 --name 王某某',
    'xinfang case add --channel 来信 --source 市信访局 --doc-no 示信转〔2026〕12号',
  ],
  'case accept': ['xinfang case accept 2026-0001', 'xinfang case accept 2026-0001 --date 2026-03-05 --note 已电话告知'],
  'case reject': ['xinfang case reject 2026-0002 --reason "应通过行政复议途径解决"', 'xinfang case reject 2026-0002 --reason 已进入诉讼程序 --date 2026-03-06'],
  'case assign': ['xinfang case assign 2026-0001 --unit 基础教育科 --leader 张明', 'xinfang case assign 2026-0001 --unit 海州区 --leader 王强 --due 2026-05-05'],
  'case progress': ['xinfang case progress 2026-0001 --note "已约谈学校负责人"', 'xinfang case progress 2026-0001 --note 已实地核查 --date 2026-03-20'],
  'case extend': ['xinfang case extend 2026-0001 --days 30 --reason "情况复杂，需多部门核查"', 'xinfang case extend 2026-0001 --days 15 --reason 需上级部门答复'],
  'case close': ['xinfang case close 2026-0001 --result 解决 --reply-date 2026-04-10', 'xinfang case close 2026-0001 --result 解释疏导 --note 已当面答复'],
  'case rate': ['xinfang case rate 2026-0001 --satisfaction 满意', 'xinfang case rate 2026-0001 --satisfaction 不满意 --note 要求复查'],
  'case list': ['xinfang case list', 'xinfang case list --month 2026-03 --unit 基础教育科', 'xinfang case list --status 办理中 --leader 张明'],
  'case show': ['xinfang case show 2026-0001', 'xinfang case show 2026-0001 --json'],
  'case due': ['xinfang case due', 'xinfang case due --within 7'],
  'case card': ['xinfang case card 2026-0001', 'xinfang case card 2026-0001 --out 登记表.docx --show-pii'],

  import: ['xinfang import cases 台账.xlsx', 'xinfang import cases 台账.csv --skip-bad'],
  'import cases': ['xinfang import cases 台账.xlsx', 'xinfang import cases 台账.csv --skip-bad'],
  export: ['xinfang export cases --year 2026', 'xinfang export cases --month 2026-03 --out out/三月台账.csv'],
  'export cases': ['xinfang export cases --year 2026', 'xinfang export cases --year 2026 --out out/台账.xlsx --show-pii', 'xinfang export cases --month 2026-03 --out 三月台账.csv'],

  report: ['xinfang report monthly', 'xinfang report annual --year 2026'],
  'report monthly': ['xinfang report monthly', 'xinfang report monthly --month 2026-10 --force', 'xinfang report monthly --month 2026-10 --xlsx'],
  reindex: ['xinfang reindex', 'xinfang reindex --json'],
  'report annual': ['xinfang report annual --year 2026', 'xinfang report annual --year 2026 --out 2026年信访工作总结.docx', 'xinfang report annual --year 2026 --xlsx'],

  config: ['xinfang config show', 'xinfang config set deadline-days working'],
  'config show': ['xinfang config show', 'xinfang config show --json'],
  'config set': ['xinfang config set deadline-days working', 'xinfang config set accept-days 15', 'xinfang config set issuer 中共示例区委教育工委'],

  backup: ['xinfang backup list', 'xinfang backup restore'],
  'backup list': ['xinfang backup list', 'xinfang backup list --json'],
  'backup restore': ['xinfang backup restore', 'xinfang backup restore 20270104-093000-1'],

  completion: ['xinfang completion bash > ~/.local/share/bash-completion/completions/xinfang', 'xinfang completion zsh > ~/.zfunc/_xinfang'],

  visit: ['xinfang visit book --date 2027-01-16 --name 张三 --phone 13800138000 --summary 学位', 'xinfang visit list --month 2027-01', 'xinfang visit notify --date 2027-01-16 --sms'],
  'visit book': ['xinfang visit book --date 2027-01-16 --name 张三 --phone 13800138000 --summary 学位', 'xinfang visit book --date 2027-01-16 --leader 王强 --name 李四 --phone 13900139000 --summary 欠薪 --persons 3', 'xinfang visit book --kind 约访 --date 2027-01-20 --leader 张明 --name 赵六 --phone 13700137000 --summary 校舍'],
  'visit list': ['xinfang visit list', 'xinfang visit list --date 2027-01-16', 'xinfang visit list --month 1 --year 2027'],
  'visit cancel': ['xinfang visit cancel Y2027-001 --reason 信访人来电取消', 'xinfang visit list --month 2027-01'],
  'visit move': ['xinfang visit move Y2027-001 --date 2027-02-01 --reason 信访人另有安排', 'xinfang visit move Y2027-001 --date 2027-02-03 --leader 王强 --reason 改约'],
  'visit notify': ['xinfang visit notify --date 2027-01-16', 'xinfang visit notify --date 2027-01-16 --sms', 'xinfang visit notify --date 2027-01-16 --sms-csv out/短信.csv --out out/通知书'],
  reception: ['xinfang reception log --date 2027-01-16', 'xinfang reception close --date 2027-01-16 --note 接待2批5人次'],
  'reception log': ['xinfang reception log --date 2027-01-16', 'xinfang --json reception log --date 2027-01-16'],
  'reception close': ['xinfang reception close --date 2027-01-16', 'xinfang reception close --date 2027-01-16 --note 接待2批5人次', 'xinfang reception close --date 2027-02-01 --cancelled --reason 领导开会'],
};
