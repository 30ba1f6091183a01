// `… remove NAME` for every kind of named entry: refuse, deactivate or delete, then say which.
import { type ListName, removeNamed } from '../../domain/org/org.js';
import type { Ctx } from '../context.js';

const WHAT: Record<ListName, string> = { leaders: '领导', staff: '信访干部', units: '单位', categories: '问题类别', sources: '来源' };

export async function removeEntry(ctx: Ctx, list: ListName, name: string): Promise<void> {
  const today = ctx.today;
  const { caseReferences } = await import('../case-references.js');
  const refs = await caseReferences(ctx, list, name);
  const out = await ctx.mutate((tx) => {
    const r = removeNamed(tx.config, list, name, today, refs);
    tx.note(r.removed ? `删除${WHAT[list]}` : `停用${WHAT[list]}`, [`${list}:${name}`]);
    return r;
  });
  if (ctx.json) ctx.printJson(out);
  if (out.removed) ctx.done(`已删除${WHAT[list]}：${name}`);
  else ctx.done(`${WHAT[list]}“${name}”仍被历史记录引用（${out.references.slice(0, 3).join('、')}${out.references.length > 3 ? ` 等 ${out.references.length} 处` : ''}），已停用而未删除，历史记录保持可读`);
}
