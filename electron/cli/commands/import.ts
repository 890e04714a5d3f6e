import { importPlanFile } from '../../core/plan-file';
import { CustomerListStore } from '../../core/storage/customer-lists';
import { DomainError } from '../../core/errors';
import { isDiskFull } from '../../core/storage/disk-full';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { cliDataDir } from '../data-dir';
import { openStore } from '../open-store';
import { problemLines, readPlanFileText } from '../read-plan-file';
import { errorMessage } from '../../../shared/error-message';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import a .mplan plan file as a new plan',
  usage: `Usage: planwright import <file.mplan> [--data-dir DIR]

Imports the plan in the file as a new plan: all of it, or nothing if any check fails (each
problem is printed as "path: message", exit code 1). An existing plan is never overwritten: if
the file's ids are in use the plan comes in as a copy with new ids, and a name in use gets
" (imported)". Prints the new plan's name and id.

  --data-dir DIR   the data folder (default: PLANWRIGHT_DATA_DIR, else the desktop app's folder)`,

  run(args, io) {
    const parsed = parseCommandArgs(args, { 'data-dir': { type: 'string' } });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1)
      return usageError(io, this, parsed.positionals.length === 0 ? 'name the plan file to import' : 'import one file at a time');
    const dirOption = parsed.values['data-dir'] as string | undefined;
    if (dirOption !== undefined && dirOption.trim() === '') return usageError(io, this, '--data-dir needs a folder');

    const file = parsed.positionals[0]!;
    const read = readPlanFileText(file, io.cwd);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      return EXIT.refused;
    }
    const dataDir = cliDataDir(dirOption, io);
    const opened = openStore(dataDir, { create: true });
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT.refused;
    }
    try {
      const { summary, reIded, renamed } = importPlanFile(opened.opened.db, opened.opened.store, read.text, {
        customerLists: new CustomerListStore(opened.opened.db),
      });
      io.stdout(`imported: ${summary.name} (${summary.id})\n`);
      if (reIded) io.stdout('  as a copy with new ids, because a plan with the same ids is already in this data folder\n');
      if (renamed) io.stdout('  under a new name, because a plan of that name is already in this data folder\n');
      io.stdout(`  into ${dataDir}\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof DomainError && error.issues.length > 0) {
        io.stdout(problemLines(error.issues));
        io.stderr(
          `${file} was not imported (${error.issues.length === 1 ? '1 problem' : `${error.issues.length} problems`}). Nothing was changed.\n`,
        );
      } else if (isDiskFull(error, dataDir)) {
        io.stderr(`${file} was not imported: the disk is full. Free some space on the disk and try again; nothing was changed.\n`);
      } else io.stderr(`${file} was not imported: ${errorMessage(error)} Nothing was changed.\n`);
      return EXIT.refused;
    } finally {
      const problem = opened.opened.close();
      if (problem) io.stderr(`${problem}\n`);
    }
  },
};
