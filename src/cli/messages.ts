// The command line's own error messages (docs/design.md, "Messages"), keyed by capability.
// Placeholders are {name}; a literal brace is written {{ or }}.
import { messageFormatter } from '../message-format.js';

export const CLI_MESSAGES = {
  'calendar.confirmNeedsYear': '请用 --year 指明确认哪一年，例如 xinfang calendar confirm --year 2027',
  'calendar.dayKindOff': '放假',
  'calendar.dayKindWork': '上班',
  'calendar.dayUnchanged': '{date}已经设为{kind}（{name}），没有变化',
  'cases.backlogWithFilters': '--backlog 列出往年至今的全部积案，不能与 {flags} 同用',
  'cases.correctUnknownArgs': '不能更正“{args}”：可更正的有 {flags}',
  'cases.firstAndRepeat': '--first（初信初访）与 --repeat（重复信访）只能选一个',
  'cases.importExtension': '只支持 .csv 和 .xlsx 文件，“{file}”的扩展名是“{ext}”',
  'cases.importHasBadRows': '{count} 行有错误（见上），未导入任何信访件；请改正后重新导入，或加 --skip-bad 只导入正确的 {good} 行',
  'cases.importUnreadable': '无法读取文件 {file}（{code}），请检查路径',
  'cases.letterDateBeforeReceived': '成文日期 {date} 早于登记日期 {receivedDate}，请核对',
  'cases.outOnlyWithLetters': '--out 和 --force 只用于 --letters（生成督办单）',
  'cases.sessionMissingOptions': '缺少 {options}；请补上这些选项，或在终端中运行以逐项填写',
  'cases.sessionNoChoices': '还没有可选的{label}，请先添加（如 xinfang unit add、xinfang leader add）',
  'common.cancelled': '已取消',
  'common.extraArguments': '多余的参数：{args}',
  'common.fileNameTooLong': '文件名“{file}”过长，请换一个短一些的文件名',
  'common.none': '（无）',
  'common.outExampleName': '文件名',
  'common.outExists': '文件 {file} 已存在；要覆盖请加 --force，或用 --out 指定另一个文件',
  'common.outIsFolder': '“{file}”是一个文件夹；请在 --out 中写上文件名，例如 {example}',
  'common.outNoPermission': '没有权限在文件夹“{dir}”中写文件，请换一个位置或检查权限',
  'common.outParentIsFile': '无法在“{dir}”下建文件：它是一个文件，不是文件夹',
  'common.outWriteFailed': '无法写入文件“{file}”（{code}），请检查路径和权限',
  'common.shellUnsupported': '不支持的 shell：“{shell}”，可选 bash 或 zsh',
  'common.yearNeedsMonth': '--year 要与 --month 同用，例如 --month 3 --year 2027',
  'reception.dateAndMonth': '--date 与 --month 只能选一个',
  'reception.notifyAllDone': '{date} 的 {count} 位信访人都已通知过；要重新写出通知书请加 --force',
  'reception.notifyDatePassed': '{date} 已经过去（今天是 {today}），不再发接访通知',
  'reception.notifyNoBookings': '{date} 没有待接访的预约，无需通知（xinfang visit list --date {date} 查看）',
  'reports.jsonAndCsv': '--json 和 --csv 只能选一个',
  'reports.xlsxWithOthers': '--xlsx 不能与 --json 或 --csv 同用，请只选一种输出',
  'roster.notifyAlready': '{date} 的领导已于 {givenOn} 记为已通知',
  'roster.notifyNoSlot': '{date} 没有接待安排，无需通知领导',
  'roster.periodEmpty': '{period}没有接待日，{refusal}',
  'roster.periodNotGenerated': '{period}的接待安排还没有生成，请先运行 xinfang roster generate --year {year}{month}',
  'roster.ruleDuplicate': '已有相同的规则 {id}：{words}；如要修改地点或时间，请先 xinfang roster rule remove {id}',
  'roster.ruleNotFound': '没有编号为“{id}”的规则{more}；用 xinfang roster rule list 查看',
  'roster.ruleNotFoundIds': '，现有编号：{ids}',
  'roster.templateIncomplete': '模板文件 {file} 缺少 defaults、wording 或 document 部分，请恢复该文件',
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** The text of a command-line message with its placeholders filled: msg('common.outExists', { file }). */
export const msg = messageFormatter(CLI_MESSAGES);
