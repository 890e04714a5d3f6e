import fs from 'node:fs';
import path from 'node:path';
import { exportPlanFile } from '../../core/plan-file';
import { CustomerListStore } from '../../core/storage/customer-lists';
import { VersionStore } from '../../core/storage/version-store';
import { writeFileWholeSync } from '../../core/write-file-whole';
import { DomainError } from '../../core/errors';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { cliDataDir } from '../data-dir';
import { openStore } from '../open-store';
import { version } from '../version';

export const exportPlanCommand: CliCommand = {
  name: 'export-plan',
  summary: 'write a plan of a data folder to a .mplan file (with its versions if asked)',
  usage: `Usage: planwright export-plan PLAN-ID --out FILE.mplan [--with-versions] [--force] [--data-dir DIR]

Writes one plan of the data folder (its id from \`planwright list --json\`) as a plan file.

  --out FILE        the file to write
  --with-versions   include the plan's saved versions (left out unless asked: a client gets the plan, not its history)
  --force           replace FILE if it exists
  --data-dir DIR    the data folder (default: PLANWRIGHT_DATA_DIR, else the desktop app's folder)`,

  run(args, io) {
    const parsed = parseCommandArgs(args, {
      out: { type: 'string' },
      'with-versions': { type: 'boolean' },
      force: { type: 'boolean' },
      'data-dir': { type: 'string' },
    });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    const [planId, extra] = parsed.positionals;
    if (!planId) return usageError(io, this, 'name the plan by its id');
    if (extra !== undefined) return usageError(io, this, `unexpected argument "${extra}"`);
    const out = parsed.values.out as string | undefined;
    if (!out) return usageError(io, this, '--out FILE.mplan is required');
    const target = path.resolve(io.cwd, out);
    if (fs.existsSync(target) && parsed.values.force !== true) {
      io.stderr(`${out} exists; nothing was written. Use --force to replace it.\n`);
      return EXIT.refused;
    }
    const opened = openStore(cliDataDir(parsed.values['data-dir'] as string | undefined, io), { create: false });
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT.refused;
    }
    try {
      const { store, db } = opened.opened;
      const versions = parsed.values['with-versions'] === true ? new VersionStore(db, store) : undefined;
      const file = exportPlanFile(store, planId, {
        appVersion: version(),
        now: new Date().toISOString(),
        ...(versions ? { versions } : {}),
        // A customer list the planner kept goes with the plan, as from the app.
        customerLists: new CustomerListStore(db),
      });
      writeFileWholeSync(target, Buffer.from(file.content, 'utf8'));
      const count = versions ? versions.list(planId).length : 0;
      io.stdout(`Wrote ${out}${versions ? ` with ${count} version${count === 1 ? '' : 's'}` : ''}.\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof DomainError) {
        io.stderr(`${error.message}\n`);
        return EXIT.refused;
      }
      throw error;
    } finally {
      opened.opened.close();
    }
  },
};
