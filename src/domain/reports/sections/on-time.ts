// 按期办结: of the cases closed, how many by their deadline; and what was overdue at the cut-off, by unit.
import { chineseDate, chineseMonthDay } from '../../common/dates.js';
import { rateNumber } from '../../common/percent.js';
import type { AnnualFigures } from '../annual.js';
import type { QualityFigures } from '../quality.js';
import { column, rateText, type ReportSection, type SectionTable } from './section.js';

type Model = Pick<AnnualFigures, 'closed'> & QualityFigures;

export const onTimeSection: ReportSection<Model> = {
  key: 'onTime',
  narrative(w, m, base) {
    // {cutoffDate} "2026年12月31日", {cutoff} "11月30日" (a partial year's sentences name the year in {period})
    const cutoff = { cutoff: chineseMonthDay(m.overdueAsOf), cutoffDate: chineseDate(m.overdueAsOf) };
    const values = { ...base, ...cutoff, closed: m.closed, onTime: m.closedOnTime, onTimeRate: rateText(m.onTimeRate) };
    const count = m.overdue.reduce((n, u) => n + u.count, 0);
    const items = m.overdue
      .map((u) => {
        const item = { unit: u.unit || w.text('onTime.noUnit'), count: u.count, provisional: u.provisional ?? 0 };
        return w.text(u.provisional ? 'onTime.overdueItemProvisional' : 'onTime.overdueItem', item);
      })
      .join(w.text('onTime.overdueSeparator'));
    return {
      heading: w.text('onTime.heading', values),
      paragraph:
        w.text(m.onTimeRate === null ? 'onTime.rateNone' : 'onTime.rate', values) +
        w.text(count ? 'onTime.overdue' : 'onTime.overdueNone', { ...values, count, items }),
    };
  },
  tables(w, m) {
    const tables: SectionTable[] = [
      {
        key: 'onTime',
        columns: [column('项目', 16, 'left'), column('件数', 9), column('占已办结', 10)],
        rows: [
          ['已办结', String(m.closed), m.closed ? '100%' : '—'],
          ['其中按期办结', String(m.closedOnTime), rateText(m.onTimeRate)],
          ['超过期限办结', String(m.closed - m.closedOnTime), rateText(rateNumber(m.closed - m.closedOnTime, m.closed))],
        ],
      },
    ];
    if (m.overdue.length) {
      const total = m.overdue.reduce((n, u) => n + u.count, 0);
      // the column of deadlines counted 暂定 only when there is one
      const provisional = m.overdue.reduce((n, u) => n + (u.provisional ?? 0), 0);
      const extra = (n: number) => (provisional ? [String(n)] : []);
      tables.push({
        key: 'overdueUnits',
        columns: [column('序号', 7), column('责任单位', 18, 'left'), column('超期未办结件数', 12), ...(provisional ? [column('其中期限暂定', 12)] : [])],
        rows: [
          ...m.overdue.map((u, i) => [String(i + 1), u.unit || w.text('onTime.noUnit'), String(u.count), ...extra(u.provisional ?? 0)]),
          ['合计', '', String(total), ...extra(provisional)],
        ],
      });
    }
    return tables;
  },
};
