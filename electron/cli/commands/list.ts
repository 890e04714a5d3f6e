import type { PlanSummary } from '../../../shared/contracts';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { cliDataDir } from '../data-dir';
import { openStore } from '../open-store';
import { textTable } from '../text-table';

/** `2026-11-02 08:00`: UTC, to the minute; enough to tell plans apart and the same on every machine. */
const updated = (iso: string) => iso.replace('T', ' ').slice(0, 16);

function row(plan: PlanSummary): string[] {
  return [plan.name, plan.client || '—', `${plan.periodStart} – ${plan.periodEnd}`, updated(plan.updatedAt), `${Math.round(plan.progress * 100)}%`];
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'list the plans of a data folder',
  usage: `Usage: planwright list [--data-dir DIR] [--trash] [--json]

Lists the plans, most recently changed first: name, client, period, last update (UTC) and
progress.

  --data-dir DIR   the data folder (default: PLANWRIGHT_DATA_DIR, else the desktop app's folder)
  --trash          list the plans in the trash instead
  --json           print the plans as JSON, for scripts`,

  run(args, io) {
    const parsed = parseCommandArgs(args, { 'data-dir': { type: 'string' }, trash: { type: 'boolean' }, json: { type: 'boolean' } });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length > 0) return usageError(io, this, `unexpected argument "${parsed.positionals[0]}"`);
    const dirOption = parsed.values['data-dir'] as string | undefined;
    if (dirOption !== undefined && dirOption.trim() === '') return usageError(io, this, '--data-dir needs a folder');

    const dataDir = cliDataDir(dirOption, io);
    const opened = openStore(dataDir, { create: false });
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT.refused;
    }
    let plans: PlanSummary[];
    try {
      plans = opened.opened.store.list({ trashed: parsed.values.trash === true });
    } finally {
      opened.opened.close();
    }
    if (parsed.values.json) {
      io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
      return EXIT.ok;
    }
    if (plans.length === 0) {
      io.stdout(parsed.values.trash ? `The trash in ${dataDir} is empty.\n` : `No plans in ${dataDir}.\n`);
      return EXIT.ok;
    }
    io.stdout(textTable(['Name', 'Client', 'Period', 'Updated (UTC)', 'Progress'], plans.map(row), ['left', 'left', 'left', 'left', 'right']));
    return EXIT.ok;
  },
};
