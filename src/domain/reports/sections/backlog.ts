// 信访积案: the backlog on 1 January, how much of it was 化解 or 终结 by the cut-off, what is left, what was added.
import { rateNumber } from '../../common/percent.js';
import type { BacklogFigures } from '../backlog.js';
import type { AnnualReport } from '../annual.js';
import { column, rateText, type ReportSection } from './section.js';

type Model = Pick<AnnualReport, 'backlog'>;

/** Of the backlog on 1 January, the cases closed since with nothing more asked: no longer backlog, not 化解 either. */
const closedOther = (b: BacklogFigures) => b.start - b.resolved - b.terminated - b.left;

export const backlogSection: ReportSection<Model> = {
  key: 'backlog',
  narrative(w, m, base) {
    const b = m.backlog;
    // {cutoffDate}: the end of the year, or the run date while it lasts (the report's period values)
    const values = { ...base, ...b, rate: rateText(b.rate), other: closedOther(b) };
    const added = b.added ? w.text('backlog.added', values) : '';
    if (b.start === 0) return { heading: w.text('backlog.heading', values), paragraph: w.text('backlog.none', values) + added };
    return {
      heading: w.text('backlog.heading', values),
      paragraph:
        w.text('backlog.start', values) +
        w.text('backlog.progress', values) +
        (values.other ? w.text('backlog.closedOther', values) : '') +
        w.text(b.left ? 'backlog.left' : 'backlog.leftNone', values) +
        added,
    };
  },
  // a year without any backlog has the sentence only: a table of zeros would say nothing more
  tables(_w, m) {
    const b = m.backlog;
    if (b.start === 0 && b.added === 0) return [];
    const share = (n: number) => rateText(rateNumber(n, b.start));
    return [
      {
        key: 'backlog',
        columns: [column('项目', 18, 'left'), column('件数', 9), column('占年初积案', 11)],
        rows: [
          ['年初积案', String(b.start), b.start ? '100%' : '—'],
          ['化解（息诉罢访）', String(b.resolved), share(b.resolved)],
          ['依法终结', String(b.terminated), share(b.terminated)],
          ['已办结、未再信访', String(closedOther(b)), share(closedOther(b))],
          ['尚未化解', String(b.left), share(b.left)],
          ['年内新增积案', String(b.added), '—'],
        ],
      },
    ];
  },
};
