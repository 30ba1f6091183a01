// 初信初访 and 重复信访: counts and shares, and the people behind the repeats.
import type { PetitionFigures } from '../petitions.js';
import { column, rateText, type ReportSection } from './section.js';

export const petitionsSection: ReportSection<PetitionFigures> = {
  key: 'petitions',
  narrative(w, m, base) {
    const total = m.firstTime.count + m.repeat.count;
    const heading = w.text('petitions.heading', base);
    if (total === 0) return { heading, paragraph: w.text('petitions.none', base) };
    const values = {
      ...base,
      total,
      firstTime: m.firstTime.count,
      firstTimePercent: rateText(m.firstTime.percent),
      repeat: m.repeat.count,
      repeatPercent: rateText(m.repeat.percent),
      petitioners: m.repeatPersons.petitioners,
      repeatPersons: m.repeatPersons.count,
      repeatPersonsPercent: rateText(m.repeatPersons.percent),
    };
    if (m.repeat.count === 0) return { heading, paragraph: w.text('petitions.allFirst', values) };
    return { heading, paragraph: w.text('petitions.summary', values) + w.text('petitions.persons', values) };
  },
  tables(_w, m) {
    const total = m.firstTime.count + m.repeat.count;
    return [
      {
        key: 'petitions',
        columns: [column('项目', 16, 'left'), column('数量', 9), column('占比', 9)],
        rows: [
          ['初信初访（件）', String(m.firstTime.count), rateText(m.firstTime.percent)],
          ['重复信访（件）', String(m.repeat.count), rateText(m.repeat.percent)],
          ['合计（件）', String(total), total ? '100%' : '—'],
          ['信访人（人）', String(m.repeatPersons.petitioners), m.repeatPersons.petitioners ? '100%' : '—'],
          ['其中重复信访人（人）', String(m.repeatPersons.count), rateText(m.repeatPersons.percent)],
        ],
      },
    ];
  },
};
