// The years before: received, 办结 and 办结率 of the report year and up to four before it, and the change over them.
// A report year not over is labelled with its period ("2026年1—11月") and left out of the change: the earlier years
// are whole, and comparing it with the same stretch of them would mean reading their cases.
import { periodLabel } from '../period.js';
import { change, describeChange } from '../change.js';
import type { TrendYear } from '../trend.js';
import { column, rateText, type ReportSection } from './section.js';

/** "2025年", or the period of a year not over: "2026年1—11月" (the table, the sentence and the chart say the same). */
export const yearLabel = (t: TrendYear): string =>
  t.through === undefined ? `${t.year}年` : periodLabel({ from: `${t.year}-01-01`, to: t.through, complete: false });

export const trendSection: ReportSection<{ trend: TrendYear[] }> = {
  key: 'trend',
  narrative(w, m, base) {
    const first = m.trend[0];
    const last = m.trend[m.trend.length - 1];
    const values = { ...base, from: first.year, to: last.year, years: m.trend.length };
    const heading = w.text('trend.heading', values);
    if (m.trend.length < 2) return { heading, paragraph: w.text('trend.none', values) };
    const items = m.trend
      .map((t) =>
        w.text(t.received ? 'trend.item' : 'trend.itemNone', { year: t.year, label: yearLabel(t), received: t.received, closed: t.closed, closureRate: rateText(t.closureRate) }),
      )
      .join(w.text('trend.itemSeparator'));
    const whole = m.trend.filter((t) => t.through === undefined);
    const partial = whole.length < m.trend.length;
    const [from, to] = [whole[0], whole[whole.length - 1]];
    const compared = whole.length >= 2 ? describeChange(w, change(to.received, from.received), 'trend.change', { ...values, from: from.year, to: to.year }) : '';
    return {
      heading,
      paragraph: w.text('trend.summary', { ...values, items }) + compared + (partial ? w.text('trend.partialNote', values) : ''),
    };
  },
  tables: (_w, m) => [
    {
      key: 'trend',
      columns: [column('年份', 12), column('收到件数', 10), column('办结件数', 10), column('办结率', 10)],
      rows: m.trend.map((t) => [yearLabel(t), String(t.received), String(t.closed), rateText(t.closureRate)]),
    },
  ],
};
