// The reception-day files: visits/YYYY.json holds the year's appointments, the notices given to leaders and the
// record of each reception day, by the year of the day concerned. A repo reads through the store (or a transaction),
// keeps what it loaded, and hands what it changed to the transaction on flush(). Each file is sealed like the case
// files (seal.ts): it is read whole anyway, so a hand edit or a truncation is noticed at no extra cost.
import type { ISODate } from '../domain/model.js';
import { yearOf } from '../domain/common/dates.js';
import type { VisitYear } from '../domain/reception/visit-model.js';
import type { DocSpec } from './json-doc.js';
import { SCHEMA_VERSION } from './migrations.js';
import { sealText } from './seal.js';
import { storedVisitYearSpec } from './visit-schema.js';

export const VISITS_DIR = 'visits';
export const visitsRel = (y: number): string => `${VISITS_DIR}/${y}.json`;
export const VISITS_FILE_RE = /^(\d{4})\.json$/;

interface DocSource {
  read<T>(rel: string, spec: DocSpec<T>): T | null;
}
interface DocSink extends DocSource {
  writeText(rel: string, text: string): void;
}

export class VisitsRepo {
  private readonly docs = new Map<number, VisitYear>();
  private readonly dirty = new Set<number>();

  /** `sink` is the transaction to write through; without one the repo is read-only. */
  constructor(
    private readonly src: DocSource,
    private readonly sink: DocSink | null = null,
  ) {}

  /** The year's file (an empty one when the year has none yet). Years outside 1990–2100 are never read. */
  year(y: number): VisitYear {
    let doc = this.docs.get(y);
    if (!doc) {
      doc = this.src.read(visitsRel(y), storedVisitYearSpec) ?? { schemaVersion: SCHEMA_VERSION, year: y, nextSeq: 1, visits: [], days: [], leaderNotices: [] };
      this.docs.set(y, doc);
    }
    return doc;
  }

  /** The years from..to (dates) span, each read once. */
  span(from: ISODate, to: ISODate): VisitYear[] {
    const out: VisitYear[] = [];
    for (let y = yearOf(from); y <= yearOf(to); y++) out.push(this.year(y));
    return out;
  }

  /** Marks a year changed: it is written on flush(). */
  touch(y: number): VisitYear {
    if (!this.sink) throw new Error('VisitsRepo opened read-only');
    this.dirty.add(y);
    return this.year(y);
  }

  flush(): void {
    if (!this.sink) return;
    for (const y of [...this.dirty].sort()) this.sink.writeText(visitsRel(y), sealText(this.docs.get(y)!).text);
    this.dirty.clear();
  }
}
