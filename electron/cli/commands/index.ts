import type { CliCommand } from '../command';
import { backupsCommand } from './backups';
import { compareCommand } from './compare';
import { handoutCommand } from './handout';
import { exportCommand } from './export';
import { exportPlanCommand } from './export-plan';
import { importCommand } from './import';
import { importRowsCommand } from './import-rows';
import { listCommand } from './list';
import { rfmCommand } from './rfm';
import { sampleCommand } from './sample';
import { teamCommand } from './team';
import { validateCommand } from './validate';

/** Every subcommand, in the order `planwright --help` lists them. A new command is one entry here. */
export const COMMANDS: CliCommand[] = [
  validateCommand,
  importCommand,
  listCommand,
  sampleCommand,
  exportCommand,
  exportPlanCommand,
  importRowsCommand,
  compareCommand,
  handoutCommand,
  backupsCommand,
  rfmCommand,
  teamCommand,
];
