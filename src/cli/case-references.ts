// Which cases still name a leader, unit, category or source (so removing it only deactivates it).
import type { Case } from '../domain/model.js';
import type { ListName } from '../domain/org/org.js';
import { readCases } from './case-session.js';
import type { Ctx } from './context.js';

const NAMES: Record<ListName, (c: Case) => string[]> = {
  leaders: (c) => [c.leader, c.reception?.leader ?? ''],
  staff: () => [],
  units: (c) => [c.unit, c.region],
  categories: (c) => [c.category],
  sources: (c) => [c.source],
};

/** Every case, of every year, that names it (a rare command: reading all years is fine here). */
export async function caseReferences(ctx: Ctx, list: ListName, name: string): Promise<string[]> {
  if (list === 'staff') return [];
  const { repo } = await readCases(ctx);
  return repo
    .allCases()
    .filter((c) => NAMES[list](c).includes(name))
    .map((c) => `信访件 ${c.no}`);
}
