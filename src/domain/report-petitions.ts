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
  const person = personIds(cases);
  const repeatPersons = new Set<string>();
  let repeats = 0;
  cases.forEach((c, i) => {
    if (!isRepeatPetition(c)) return;
    repeats++;
    repeatPersons.add(person[i]);
  });
  const petitioners = new Set(person).size;
  let batches = 0;
  let persons = 0;
  for (const c of cases) {
    if (!isGroupVisit(c)) continue;
    batches++;
    persons += c.persons;
  }
  return {
    firstTime: { count: total - repeats, percent: rateNumber(total - repeats, total) },
    repeat: { count: repeats, percent: rateNumber(repeats, total) },
    repeatPersons: { count: repeatPersons.size, percent: rateNumber(repeatPersons.size, petitioners), petitioners },
    group: { batches, persons },
  };
}

/**
 * One id per case naming its person: cases sharing an identity key (ID number, or name + phone) belong to the same
 * person, also through a chain (a case with both keys joins the two). A case without any key is a person of its own.
 */
function personIds(cases: readonly Case[]): string[] {
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
  const keys = cases.map((c) => {
    const ks = petitionerKeys(c.petitioner);
    return ks.length ? ks : [`case:${c.no}`];
  });
  for (const ks of keys) {
    for (const k of ks) if (!parent.has(k)) parent.set(k, k);
    for (const k of ks.slice(1)) parent.set(find(k), find(ks[0]));
  }
  return keys.map((ks) => find(ks[0]));
}
