import { countAcceptance } from '../../../src/domain/reports/status.js';
import { makeCase } from '../../helpers/report-fixtures.js';

const CUT = '2026-03-31';
const refused = (date: string) => ({ status: '不予受理' as const, acceptedDate: null, history: [{ date, action: '不予受理', note: '理由' }] });

// where one case received in March stands at the end of March
test.each([
  ['registered, not yet accepted', { status: '登记' as const, acceptedDate: null }, 'pendingAcceptance'],
  ['accepted after the cut-off', { status: '办理中' as const, acceptedDate: '2026-04-02' }, 'pendingAcceptance'],
  ['accepted, being handled', { status: '办理中' as const, acceptedDate: '2026-03-12' }, 'inProgress'],
  ['accepted, closed after the cut-off', { status: '已办结' as const, acceptedDate: '2026-03-12', closedDate: '2026-04-03' }, 'inProgress'],
  ['closed by the cut-off', { status: '已办结' as const, acceptedDate: '2026-03-12', closedDate: '2026-03-30' }, 'closed'],
  ['closed, imported without an acceptance date', { status: '已办结' as const, acceptedDate: null, closedDate: '2026-03-30' }, 'closed'],
  ['refused by the cut-off', refused('2026-03-15'), 'rejected'],
  ['refused after the cut-off', refused('2026-04-01'), 'pendingAcceptance'],
] as const)('%s → %s', (_, fields, where) => {
  const c = countAcceptance([makeCase({ no: '2026-0001', receivedDate: '2026-03-10', ...fields })], CUT);
  const expected = { received: 1, accepted: 0, rejected: 0, pendingAcceptance: 0, closed: 0, inProgress: 0 };
  expected[where] = 1;
  if (where === 'closed' || where === 'inProgress') expected.accepted = 1;
  expect(c).toEqual(expected);
});
