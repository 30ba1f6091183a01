// Who petitioned and how, for a period's cases: 初信初访 and 重复信访 (cases, and the people behind the repeats)
// and 集体访 (批次 and 人次).
import { isGroupVisit, isRepeatPetition } from './case-classify.js';
import { petitionerKeys } from './case-repeat.js';
import type { Case } from './model.js';
import { rateNumber } from './percent.js';

export interface CountShare {
  count: number;
  /** count ÷ the whole × 100, half-up to two decimals; null when the whole is 0. */
  percent: number | null;
}

export interface PetitionFigures {
  firstTime: CountShare;
  repeat: CountShare;
  /** People with a repeat petition among the period's petitioners (the share is of `petitioners`). */
  repeatPersons: CountShare & { petitioners: number };
  /** 集体访: each such visit is one 批次, its people are the 人次. */
  group: { batches: number; persons: number };
}

export function petitionFigures(cases: readonly Case[]): PetitionFigures {
  const total = cases.length;
  const repeats = cases.filter(isRepeatPetition);
  const personOf = petitionerIdentity(cases);
  const petitioners = new Set(cases.map(personOf)).size;
  const repeatPersons = new Set(repeats.map(personOf)).size;
  const groups = cases.filter(isGroupVisit);
  return {
    firstTime: { count: total - repeats.length, percent: rateNumber(total - repeats.length, total) },
    repeat: { count: repeats.length, percent: rateNumber(repeats.length, total) },
    repeatPersons: { count: repeatPersons, percent: rateNumber(repeatPersons, petitioners), petitioners },
    group: { batches: groups.length, persons: groups.reduce((n, c) => n + c.persons, 0) },
  };
}

/**
 * One id per person among `cases`: cases sharing an identity key (ID number, or name + phone) belong to the same
 * person, also through a chain (a case with both keys joins the two). A case without any key is a person of its own.
 */
function petitionerIdentity(cases: readonly Case[]): (c: Case) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = k; x !== root; ) {
      const up = parent.get(x)!;
      parent.set(x, root);
      x = up;
    }
    return root;
  };
  const keysOf = (c: Case) => {
    const keys = petitionerKeys(c.petitioner);
    return keys.length ? keys : [`case:${c.no}`];
  };
  for (const c of cases) {
    const keys = keysOf(c);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]));
  }
  return (c) => find(keysOf(c)[0]);
}
