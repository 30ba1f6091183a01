// Bad-input sweep, part 1 (issue 6 item 4): init, status and the global options, the organisation lists, backups.
// The commands and their slots are listed in test/helpers/bad-input/ (one file per group).
import { casesOf, check, fixture } from '../helpers/bad-input.js';
import { ORG_GROUP } from '../helpers/bad-input/org.js';

const store = fixture(ORG_GROUP.setup, ORG_GROUP.today);
afterAll(() => store.dispose());

test.concurrent.each(ORG_GROUP.specs.flatMap(casesOf).map((c) => [c.name, c] as const))('%s', async (_name, c) => check(c, store.get));
