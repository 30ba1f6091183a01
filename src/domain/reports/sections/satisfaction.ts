// 满意率: (满意 + 基本满意) ÷ the cases the petitioner rated.
import { rateNumber } from '../../common/percent.js';
import type { QualityFigures } from '../quality.js';
import { column, rateText, type ReportSection } from './section.js';

export const satisfactionSection: ReportSection<Pick<QualityFigures, 'satisfaction'>> = {
  key: 'satisfaction',
  narrative(w, m, base) {
    const s = m.satisfaction;
    const values = { ...base, rated: s.rated, satisfied: s.satisfied, basic: s.basic, unsatisfied: s.unsatisfied, rate: rateText(s.rate) };
    return {
      heading: w.text('satisfaction.heading', values),
      paragraph: w.text(s.rate === null ? 'satisfaction.none' : 'satisfaction.summary', values),
    };
  },
  tables(_w, m) {
    const s = m.satisfaction;
    const share = (n: number) => rateText(rateNumber(n, s.rated));
    return [
      {
        key: 'satisfaction',
        columns: [column('评价结果', 16, 'left'), column('件数', 9), column('占已评价', 10)],
        rows: [
          ['满意', String(s.satisfied), share(s.satisfied)],
          ['基本满意', String(s.basic), share(s.basic)],
          ['不满意', String(s.unsatisfied), share(s.unsatisfied)],
          ['合计（已评价）', String(s.rated), s.rated ? '100%' : '—'],
          ['满意率（满意＋基本满意）', String(s.satisfied + s.basic), rateText(s.rate)],
        ],
      },
    ];
  },
};
