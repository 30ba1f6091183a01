import { readFileSync } from 'node:fs';
import { buildAnnualReport } from '../../src/domain/report-annual.js';
import { annualNarrative } from '../../src/domain/report-narrative.js';
import { makeCase, mayorCases, seed5Cases, slot, testConfig } from '../helpers/report-fixtures.js';

const template = JSON.parse(readFileSync(new URL('../../templates/report-annual.json', import.meta.url), 'utf8'));

test('print', () => {
  const config = testConfig();
  config.roster.slots = [slot('2026-01-05', '王局长'), slot('2026-01-19', '李副局长')];
  const cases = [...seed5Cases(), ...mayorCases(), makeCase({ receivedDate: '2026-01-05', channel: '来访', persons: 3, reception: { date: '2026-01-05', leader: '王局长' }, source: '本级受理' })];
  const prev = Array.from({ length: 150 }, () => makeCase({ receivedDate: '2025-05-05' }));
  const r = buildAnnualReport({ year: 2026, config, cases, previousYearCases: prev });
  const n = annualNarrative(r, template);
  console.log(n.title + '\n' + n.blocks.map((b) => `[${b.kind}${'level' in b ? b.level : ''}] ${b.text}`).join('\n'));
});
