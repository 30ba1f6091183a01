// The leaders' reception-day roster: rules and their pattern kinds, rotation, generation, edits and the published view.
// What each file offers:
//   busy — Rules that agree: who is already on a slot of another rule that day, so that the next rule's rotation passes over
//   edit — Changing one stored slot (`roster swap`, `roster assign`) and recording why.
//   generate — Generating a period's roster from the rules, and storing it in place of what was there (with --force).
//   kinds/ — see kinds/index.ts
//   rotation — Who is on duty: leaders (and staff) round robin in their configured order, skipping whoever is away or inactive.
//   rule-parse — `roster rule add` flags → a RosterRule (without its id). Pure: commander hands over the raw strings.
//   rules — Roster rules as data: a rule's days in a month, how a rest day is shifted, and the rule in words — the same for
//   view — Read-only views of the stored roster: the JSON of `roster show` (docs/design.md, "The roster"), `roster upcoming`, the published table.
export * from './busy.js';
export * from './edit.js';
export * from './generate.js';
export * from './kinds/index.js';
export * from './rotation.js';
export * from './rule-parse.js';
export * from './rules.js';
export * from './view.js';
