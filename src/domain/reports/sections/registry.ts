// The figure sections a report can list in its template's figureSections, by name.
import { InputError } from '../../../errors.js';
import type { AnnualReport } from '../annual.js';
import type { MonthlyReport } from '../monthly.js';
import type { Wording } from '../../common/wording.js';
import { backlogSection } from './backlog.js';
import { groupVisitsSection } from './group-visits.js';
import { onTimeSection } from './on-time.js';
import { petitionsSection } from './petitions.js';
import { satisfactionSection } from './satisfaction.js';
import type { ReportSection } from './section.js';
import { trendSection } from './trend.js';
import { msg } from '../../messages/index.js';

export const ANNUAL_SECTIONS: readonly ReportSection<AnnualReport>[] = [petitionsSection, groupVisitsSection, onTimeSection, satisfactionSection, backlogSection, trendSection];
/** A month has its own 按期办结 and overdue list already; ratings and trends are yearly matters. */
export const MONTHLY_SECTIONS: readonly ReportSection<MonthlyReport>[] = [petitionsSection, groupVisitsSection];

/** The sections the template lists, in its order; a name no section has is an error in the template. */
export function listedSections<M>(w: Wording, available: readonly ReportSection<M>[]): ReportSection<M>[] {
  return w.list('figureSections').map((name) => {
    const s = available.find((x) => x.key === name);
    if (!s) throw new InputError(msg('reports.templateUnknownSection', { file: w.file, name, available: available.map((x) => x.key).join('、') }));
    return s;
  });
}
