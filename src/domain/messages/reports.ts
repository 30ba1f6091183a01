// Error messages of reports and report templates. Placeholders are {name}; a literal brace is written {{ or }}.
export const REPORTS_MESSAGES = {
  'reports.templateUnknownSection': '模板 {file} 的 figureSections 中的“{name}”不是可用的统计部分，可用的有：{available}，请改正模板',
  'reports.yearNotStarted': '{year}年尚未开始（今天是{today}），请选择今年或以前的年份',
  'reports.monthNotStarted': '{year}年{month}月尚未开始（今天是{today}），请选择本月或以前的月份',
} as const;
