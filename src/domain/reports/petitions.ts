// Who petitioned and how, for a period's cases: 初信初访 and 重复信访 (cases, and the people behind the repeats)
// and 集体访 (批次 and 人次).
import { isGroupVisit, isRepeatPetition } from '../cases/classify.js';
import { petitionerKeys } from '../cases/repeat.js';
import type { Case } from '../model.js';
import { rateNumber } from '../common/percent.js';

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
  const repeatPersons = new Set<number>();
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
 * One number per case naming its person: cases sharing an identity key (ID number, or name + phone) belong to the
 * same person, also through a chain (a case with both keys joins the two). A case without any key is a person of its
 * own. (Union-find over numbers: this runs over a whole year of cases in every annual report.)
 */
function personIds(cases: readonly Case[]): Int32Array {
  const parent: number[] = [];
  const byKey = new Map<string, number>();
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const node = (key: string | null): number => {
    const known = key === null ? undefined : byKey.get(key);
    if (known !== undefined) return known;
    parent.push(parent.length);
    if (key !== null) byKey.set(key, parent.length - 1);
    return parent.length - 1;
  };
  const first = new Int32Array(cases.length);
  cases.forEach((c, n) => {
    const keys = petitionerKeys(c.petitioner);
    first[n] = node(keys.length ? keys[0] : null);
    for (let k = 1; k < keys.length; k++) parent[find(node(keys[k]))] = find(first[n]);
  });
  return first.map(find);
}
