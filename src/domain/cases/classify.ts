// How the statistics classify a case: 初信初访 or 重复信访, and whether a visit is a 集体访. One place for each
// rule, so the reports follow when the case records say it explicitly.
import type { Case } from '../model.js';

/** A visit by more than this many people is a 集体访. */
export const GROUP_VISIT_OVER = 5;

/**
 * 重复信访 as recorded at registration (petitionKind); a case without it (imported, or older than the field) is judged
 * by its links to earlier cases of the same petitioner (repeatOf). Otherwise 初信初访.
 */
export function isRepeatPetition(c: Pick<Case, 'repeatOf' | 'petitionKind'>): boolean {
  return c.petitionKind ? c.petitionKind === '重复信访' : c.repeatOf.length > 0;
}

/** 集体访: a visit (来访) by more than GROUP_VISIT_OVER people. */
export function isGroupVisit(c: Pick<Case, 'channel' | 'persons'>): boolean {
  return c.channel === '来访' && c.persons > GROUP_VISIT_OVER;
}
