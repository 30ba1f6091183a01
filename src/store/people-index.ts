// cases/people/XX.json: HMAC(store secret, petitioner key) → the cases of that person, sharded by the first two hex
// digits, so finding someone's earlier cases (重复信访) reads one small file per key, never every year. The hash is
// keyed (case-files.ts personHash): the shards cannot be turned back into ID numbers without the secret.
import { petitionerKeys } from '../domain/cases/repeat.js';
import type { Case, ISODate, Petitioner } from '../domain/model.js';
import type { DocSpec } from './json-doc.js';
import { SCHEMA_VERSION } from './migrations.js';
import { storedPeopleSpec as peopleSpec, type PeopleShard, type PersonRef } from './case-schema.js';

/** The people shards of one repo: it loads and marks changed files through the repo's own cache. */
export class PeopleIndex {
  /** `dir`: the folder of the shards, relative to the store. */
  constructor(
    private readonly dir: string,
    private readonly load: <T>(rel: string, spec: DocSpec<T>, empty: () => T) => T,
    private readonly touch: (rel: string) => void,
    /** The keyed hash of a petitioner key (the store's secret is the key). */
    private readonly personHash: (key: string) => string,
  ) {}

  private shardRel(hash: string): string {
    return `${this.dir}/${hash.slice(0, 2)}.json`;
  }

  private shard(hash: string): PeopleShard {
    return this.load(this.shardRel(hash), peopleSpec, () => ({ schemaVersion: SCHEMA_VERSION, people: {} }));
  }

  /** Earlier cases of the same person (same ID number, or same name + phone), received on or before `upTo`, oldest first. */
  find(p: Pick<Petitioner, 'name' | 'phone' | 'idNumber'>, upTo?: ISODate): PersonRef[] {
    const seen = new Map<string, PersonRef>();
    for (const key of petitionerKeys(p)) {
      const h = this.personHash(key);
      for (const ref of this.shard(h).people[h] ?? []) seen.set(ref.no, ref);
    }
    return [...seen.values()].filter((r) => upTo === undefined || r.date <= upTo).sort((a, b) => a.date.localeCompare(b.date) || a.no.localeCompare(b.no));
  }

  forget(c: Case): void {
    for (const key of petitionerKeys(c.petitioner)) {
      const h = this.personHash(key);
      const shard = this.shard(h);
      const refs = (shard.people[h] ?? []).filter((r) => r.no !== c.no);
      if (refs.length) shard.people[h] = refs;
      else delete shard.people[h];
      this.touch(this.shardRel(h));
    }
  }

  remember(c: Case): void {
    for (const key of petitionerKeys(c.petitioner)) {
      const h = this.personHash(key);
      const shard = this.shard(h);
      (shard.people[h] ??= []).push({ no: c.no, date: c.receivedDate });
      this.touch(this.shardRel(h));
    }
  }
}
