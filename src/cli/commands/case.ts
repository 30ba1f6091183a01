// xinfang case … — petition cases from registration to close. The subcommands live in case-*.ts.
import type { Command } from 'commander';
import { registerCaseAdd } from './case-add.js';
import { registerCaseCard } from './case-card.js';
import { registerCaseCorrections } from './case-correct.js';
import { registerCaseLetter } from './case-letter.js';
import { registerCaseQuery } from './case-query.js';
import { registerCaseSteps } from './case-steps.js';

export function registerCase(program: Command): void {
  const group = program.command('case').description('信访件：登记、受理、交办、办结、评价、复查复核、化解、督办、一案一卡、信访文书');
  registerCaseAdd(group);
  registerCaseSteps(group);
  registerCaseCorrections(group);
  registerCaseQuery(group);
  registerCaseCard(group);
  registerCaseLetter(group);
}
