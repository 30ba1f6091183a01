// 集体访: visits by more than five people, as 批次 and 人次.
import { GROUP_VISIT_OVER } from '../../cases/classify.js';
import type { PetitionFigures } from '../petitions.js';
import type { ReportSection } from './section.js';

export const groupVisitsSection: ReportSection<PetitionFigures> = {
  key: 'groupVisits',
  narrative(w, m, base) {
    const values = { ...base, over: GROUP_VISIT_OVER, batches: m.group.batches, persons: m.group.persons };
    return {
      heading: w.text('groupVisits.heading', values),
      paragraph: w.text(m.group.batches > 0 ? 'groupVisits.summary' : 'groupVisits.none', values),
    };
  },
  tables: () => [], // two figures: the sentence says them, the 初信初访 table need not repeat them
};
