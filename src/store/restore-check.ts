// A restore must never leave the store in a state `check` rejects: the state it would produce is examined first
// (as an overlay of the restored files on the live ones), and a problem it would add stops it.
import type { StoreBackend } from './backend.js';
import type { FileChanges } from './commit.js';
import { examine, type TreeReader } from './integrity.js';

type Live = Pick<StoreBackend, 'readText' | 'list' | 'lastCommitted'>;

function reader(live: Live, overlay: FileChanges | null): TreeReader {
  return {
    readText: (rel) => (overlay?.has(rel) ? (overlay.get(rel) ?? null) : live.readText(rel)),
    list: (rel) => {
      const names = new Set(live.list(rel));
      for (const [r, text] of overlay ?? []) {
        if (!r.startsWith(`${rel}/`) || r.slice(rel.length + 1).includes('/')) continue;
        if (text === null) names.delete(r.slice(rel.length + 1));
        else names.add(r.slice(rel.length + 1));
      }
      return [...names];
    },
    lastCommitted: (rel) => {
      const kept = live.lastCommitted(rel);
      return kept && { id: kept.backup.id, text: kept.text };
    },
  };
}

/** What `check` would newly find (or be unable to repair) once `changes` are in place; [] when the restore is sound. */
export function problemsAfter(live: Live, changes: FileChanges, numberFormat: string): string[] {
  if (![...changes.keys()].some((rel) => rel.startsWith('cases/') || rel.startsWith('visits/') || rel === 'secret.key')) return [];
  const said = (ex: ReturnType<typeof examine>) => [...ex.findings, ...ex.blockers].map((f) => `${f.rel}：${f.text.split('\n')[0]}`);
  const before = new Set(said(examine(reader(live, null), numberFormat)));
  return said(examine(reader(live, changes), numberFormat)).filter((p) => !before.has(p));
}
