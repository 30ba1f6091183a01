// 按期办结: of the cases closed, how many by their deadline; and what was overdue at the cut-off, by unit.
import { chineseDate } from '../dates.js';
import { rateNumber } from '../percent.js';
import type { AnnualFigures } from '../report-annual.js';
import type { QualityFigures } from '../report-quality.js';
import { column, rateText, type ReportSection, type SectionTable } from './section.js';

type Model = Pick<AnnualFigures, 'closed'> & QualityFigures;

export const onTimeSection: ReportSection<Model> = {
  key: 'onTime',
  narrative(w, m, base) {
    const values = { ...base, closed: m.closed, onTime: m.closedOnTime, onTimeRate: rateText(m.onTimeRate), cutoff: chineseDate(m.overdueAsOf) };
    const count = m.overdue.reduce((n, u) => n + u.count, 0);
    const items = m.overdue
      .map((u) => w.text('onTime.overdueItem', { unit: u.unit || w.text('onTime.noUnit'), count: u.count }))
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
      tables.push({
        key: 'overdueUnits',
        columns: [column('序号', 7), column('责任单位', 18, 'left'), column('超期未办结件数', 12)],
        rows: [...m.overdue.map((u, i) => [String(i + 1), u.unit || w.text('onTime.noUnit'), String(u.count)]), ['合计', '', String(total)]],
      });
    }
    return tables;
  },
};
