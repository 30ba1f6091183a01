// Error messages of the holiday calendar and the State Council notice import. Placeholders are {name}; a literal brace is written {{ or }}.
export const CALENDAR_MESSAGES = {
  'calendar.dayKindInvalid': '“{value}”无效：写 休（off，放假）或 班（work，上班），例如 xinfang calendar set {date} 休 --name 元旦',
  'calendar.extensionWithoutHoliday': '第{line}行把{holiday}假期延长到{until}，但日历里{until}之前没有{holiday}的放假日；请先导入当年的放假通知',
  'calendar.noCustomEntry': '{date}没有自定的节假日条目；用 xinfang calendar status --year {year} 查看',
  'calendar.noticeDayConflict': '{date}在第{line}行和第{otherLine}行一处放假、一处上班，请核对通知',
  'calendar.noticeLineProblem': '第{line}行{why}：“{original}”',
  'calendar.noticeNoArrangements': '没有找到放假安排：通知里应有“一、元旦：1月1日放假…”这样的条目；请把国务院办公厅通知的全文存成文件再导入',
  'calendar.noticeYearMissing': '没有找到通知是哪一年的：标题（关于YYYY年部分节假日安排的通知）、正文（现将YYYY年…）和文末的发文日期都没有；请把通知全文（含标题）存成文件再导入',
  'calendar.noticeYearsDisagree': '通知标题写的是{titleYear}年，正文写的是{bodyYear}年，请核对后再导入',
  'calendar.workdayCountNotInteger': '工作日天数“{days}”必须是整数',
  'calendar.yearAlreadyConfirmed': '{year}年的节假日安排已确认过，没有变化',
} as const;
