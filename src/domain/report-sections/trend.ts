// The years before: received, 办结 and 办结率 of the report year and up to four before it, and the change over them.
import { change, describeChange } from '../report-change.js';
import type { TrendYear } from '../report-trend.js';
import { column, rateText, type ReportSection } from './section.js';

export const trendSection: ReportSection<{ trend: TrendYear[] }> = {
  key: 'trend',
  narrative(w, m, base) {
    const first = m.trend[0];
    const last = m.trend[m.trend.length - 1];
    const values = { ...base, from: first.year, to: last.year, years: m.trend.length };
    const heading = w.text('trend.heading', values);
    if (m.trend.length < 2) return { heading, paragraph: w.text('trend.none', values) };
    const items = m.trend
      .map((t) => w.text(t.received ? 'trend.item' : 'trend.itemNone', { year: t.year, received: t.received, closed: t.closed, closureRate: rateText(t.closureRate) }))
      .join(w.text('trend.itemSeparator'));
    return {
      heading,
      paragraph: w.text('trend.summary', { ...values, items }) + describeChange(w, change(last.received, first.received), 'trend.change', values),
    };
  },
  tables: (_w, m) => [
    {
      key: 'trend',
      columns: [column('年份', 10), column('收到件数', 10), column('办结件数', 10), column('办结率', 10)],
      rows: m.trend.map((t) => [`${t.year}年`, String(t.received), String(t.closed), rateText(t.closureRate)]),
    },
  ],
};
