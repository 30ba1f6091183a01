// The native charts of the annual summary's 附表, built from the report model in the template's wording: the
// categories as horizontal bars, and the years' received and 办结 as clustered columns (two lines would put their
// value labels on top of each other where they meet; columns side by side keep every number readable).
import type { AnnualReport } from '../domain/reports/annual.js';
import { yearLabel } from '../domain/reports/sections/trend.js';
import type { Wording } from '../domain/common/wording.js';
import type { ChartBlock } from './docx/chart-model.js';

/** The category chart: horizontal bars, one line per category; its height follows the number of categories. */
export function categoryChart(r: AnnualReport, w: Wording): ChartBlock {
  const names = r.byCategory.map((c) => w.mapped('categoryNames', c.name));
  const items = r.byCategory.map((c, i) => w.text('appendix.chartAltItem', { name: names[i], count: c.count })).join(w.text('appendix.chartAltSeparator'));
  return {
    kind: 'chart',
    type: 'bar',
    categoryTitle: w.text('appendix.chartCategoryTitle'),
    categories: names,
    series: [{ name: w.text('appendix.chartSeries'), values: r.byCategory.map((c) => c.count) }],
    widthMm: 150,
    heightMm: Math.min(150, Math.round(16 + 9 * names.length)),
    altText: w.text('appendix.chartAlt', { year: r.year, items }),
    caption: w.text('appendix.chart', { year: r.year }),
  };
}

/**
 * The trend chart: a pair of columns per year (收到, 办结), the year not over labelled with its period; null with
 * fewer than two years, where the narrative says there is nothing to compare.
 */
export function trendChart(r: AnnualReport, w: Wording): ChartBlock | null {
  if (r.trend.length < 2) return null;
  const labels = r.trend.map(yearLabel);
  const items = r.trend
    .map((t, i) => w.text('appendix.trendChartAltItem', { label: labels[i], received: t.received, closed: t.closed }))
    .join(w.text('appendix.trendChartAltSeparator'));
  const values = { year: r.year, years: r.trend.length };
  return {
    kind: 'chart',
    type: 'column',
    categoryTitle: w.text('appendix.trendChartCategoryTitle'),
    categories: labels,
    series: [
      { name: w.text('appendix.trendChartReceived'), values: r.trend.map((t) => t.received) },
      { name: w.text('appendix.trendChartClosed'), values: r.trend.map((t) => t.closed) },
    ],
    // the text block's full width: five year labels, the last "2026年1—11月", each fit on one line below its pair
    widthMm: 156,
    heightMm: 80,
    altText: w.text('appendix.trendChartAlt', { ...values, items }),
    caption: w.text('appendix.trendChart', values),
  };
}
