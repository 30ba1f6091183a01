// Which cases still name a leader, unit, category or source (so removing it only deactivates it).
import type { ListName } from '../domain/org.js';
import type { Ctx } from './context.js';

export async function caseReferences(_ctx: Ctx, _list: ListName, _name: string): Promise<string[]> {
  return [];
}
