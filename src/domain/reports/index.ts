// The monthly report and the annual 信访工作总结: figures computed once as a model, with the narrative and the tables.
// What each file offers:
//   annual — The annual statistics of the 信访工作总结 (docs/design.md, "Reports"), computed once from a year's cases and the roster;
//   backlog — 信访积案 over the report's period, on the backlog definition of case-backlog.ts (received before the year, neither
//   change — Comparison with an earlier period (同比/环比): "增加N件（增长x%）", "减少N件（下降x%）", "持平".
//   monthly-narrative — The text of the 信访工作情况月报, from the monthly model and templates/report-monthly.json (passed in).
//   monthly — The monthly report (信访工作情况月报): the month's intake by channel, source, category and region, where those
//   narrative — The statistics part of the 信访工作总结 written the way offices write it (docs/domain.md), from the annual model and the
//   period — The period an annual report covers: the whole year once it is over, else 1 January to today (a partial year),
//   petitions — Who petitioned and how, for a period's cases: 初信初访 and 重复信访 (cases, and the people behind the repeats)
//   quality — How well a period's cases were handled: 按期办结 (closed by the deadline), what was overdue at a cut-off, by
//   receptions — Leaders' reception days (接访) for a period, counted from the day records (reception close): a day closed as held
//   roster-published — Whether the period's reception days were published (公示): the roster (roster generate) holds 接访 days in it. The
//   status — Where a case stood for the statistics: 办结 (closed), 不予受理 (rejected) or still open — now, or as of a
//   tables — The statistics tables of the reports (附表), built once from the models; the terminal, the .docx and the CSV
//   tally — Counting cases by one attribute into shares, in the order the summary lists them: by count descending,
//   trend — The five-year trend of the annual summary: received, 办结 and 办结率 per year, from counts the store keeps per
export * from './annual.js';
export * from './backlog.js';
export * from './change.js';
export * from './monthly-narrative.js';
export * from './monthly.js';
export * from './narrative.js';
export * from './period.js';
export * from './petitions.js';
export * from './quality.js';
export * from './receptions.js';
export * from './roster-published.js';
export * from './status.js';
export * from './tables.js';
export * from './tally.js';
export * from './trend.js';
