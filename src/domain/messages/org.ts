// Error messages of the office: leaders, staff, units, absences, settings. Placeholders are {name}; a literal brace is written {{ or }}.
export const ORG_MESSAGES = {
  'org.absenceEndsBeforeStart': '结束日期 {to} 早于开始日期 {from}，请检查 --from 和 --to',
  'org.absenceOverlaps': '{name} 在 {from} 至 {to} 已登记外出（{reason}），与新时段重叠',
  'org.alreadyExists': '{what}“{name}”已存在',
  'org.deadlineModeInvalid': '期限计算方式“{value}”无效，可选：calendar（自然日）、working（工作日）',
  'org.leaderEditNothing': '没有要修改的内容，请指定 --title、--portfolio 或 --phone',
  'org.notFound': '没有名为“{name}”的{what}{more}',
  'org.notFoundAddHint': '，请先用 {command} 添加',
  'org.notFoundExisting': '，现有：{names}',
  'org.settingBeforeFirstCase': '{label}只能在登记第一件信访件之前设置：已有编号按原格式编排，改动会使新旧编号不一致',
  'org.settingUnknown': '没有名为“{key}”的设置，可设置：{settings}',
  'org.stillOnRoster': '{what}“{name}”仍排在 {dates}{more}接待日，请先用 xinfang roster swap 换人或重新生成排班',
  'org.stillOnRosterMore': ' 等 {count} 个',
  'org.switchInvalid': '“{value}”无效，可选：on（顺延）、off（不顺延）',
} as const;
