import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type CollectionName, type Plan } from '../../../shared/domain';
import { parsePlanFile, serializePlanFile } from '../../../shared/file-format';
import { createTranslate } from '../../../shared/i18n/translate';
import { IMPORT_SPECS } from '../../../shared/sheets/import-tables';
import {
  IMPORT_TABLES,
  planImport,
  suggestSheet,
  type ImportChange,
  type ImportPlan,
  type ImportTable,
  type InCell,
} from '../../../shared/sheets/import-rows';
import { errorMessage } from '../../../shared/error-message';
import { DomainError } from '../../core/errors';
import { readCsv, readXlsx, type ReadSheets } from '../../core/sheets-import/read-sheet';
import { writeFileWholeSync } from '../../core/write-file-whole';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand, type CliIo } from '../command';
import { cliDataDir } from '../data-dir';
import { openStore } from '../open-store';
import { problemLines, readPlanFileText } from '../read-plan-file';
import { version } from '../version';

/** The sheet to read: the one named, else the one Planwright's export names for the table (either language), else the only one. */
function pickSheet(read: ReadSheets, table: ImportTable, named: string | undefined): { rows: InCell[][]; name: string } | string {
  const names = read.sheets.map((s) => s.name);
  if (named !== undefined) {
    const found = read.sheets.find((s) => s.name === named);
    return found ?? `--sheet: the file has no sheet "${named}" (it has ${names.map((n) => `"${n}"`).join(', ')})`;
  }
  if (read.sheets.length === 1) return read.sheets[0]!;
  const suggested = read.sheets[suggestSheet(names, table)]!;
  const exported = LANGUAGES.map((l) => createTranslate(l)(`report.sheets.names.${IMPORT_SPECS[table].sheet}`));
  return exported.includes(suggested.name)
    ? suggested
    : `the file has several sheets (${names.map((n) => `"${n}"`).join(', ')}): say which with --sheet NAME`;
}

function applyToPlan(plan: Plan, changes: readonly ImportChange[]): Plan {
  const next = structuredClone(plan);
  for (const { collection, row } of changes) {
    const rows = next.collections[collection] as { id: string }[];
    const at = rows.findIndex((r) => r.id === (row as { id: string }).id);
    if (at >= 0) rows[at] = row as { id: string };
    else rows.push(row as { id: string });
  }
  return next;
}

function summary(result: ImportPlan): string {
  const added = result.changes.filter((c) => c.added).length;
  const changed = result.changes.length - added;
  return `${changed} changed, ${added} added, ${result.unchanged} unchanged`;
}

function printProblems(io: CliIo, result: ImportPlan, from: string): void {
  for (const p of result.problems) io.stdout(`${p.row > 0 ? `row ${p.row}` : 'sheet'}${p.column ? `, ${p.column}` : ''}: ${p.message}\n`);
  io.stderr(
    `${from} was not imported (${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}). Nothing was changed.\n`,
  );
}

export const importRowsCommand: CliCommand = {
  name: 'import-rows',
  summary: 'import rows from a spreadsheet into a plan’s actions, budget lines, forecast or KPI actuals',
  usage: `Usage: planwright import-rows <plan-id|file.mplan> --table TABLE --from FILE.xlsx|FILE.csv [options]

Reads the rows of a spreadsheet (an .xlsx sheet, or a CSV in UTF-8) into a plan in the data
folder (by its id; see planwright list) or into a .mplan file (rewritten in place). Columns are
recognised by the headers planwright export writes, in English or Chinese, or by field names;
rows are matched by their ID column (a KPI also by its name), and a row without an ID is added.
Every value is checked as the app checks it; any refused cell or unknown row is printed as
"row N, Column: problem" and nothing is written. Otherwise all rows are written at once.

  --table TABLE    ${IMPORT_TABLES.join(', ')} (kpi-actuals sets each KPI period's actual; actual-sales and actual-spend the actuals by product, action or budget line and month)
  --from FILE      the spreadsheet: .xlsx or .csv
  --sheet NAME     the sheet of an .xlsx (default: the one named as the export names the table,
                   or the only one)
  --data-dir DIR   the data folder (default: PLANWRIGHT_DATA_DIR, else the desktop app's folder)

Exit codes: 0 imported, 1 refused (nothing changed), 2 wrong usage.`,

  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      table: { type: 'string' },
      from: { type: 'string' },
      sheet: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1) return usageError(io, this, 'name one plan: its id, or a .mplan file');
    const table = parsed.values.table as string | undefined;
    if (!(IMPORT_TABLES as readonly string[]).includes(table ?? ''))
      return usageError(io, this, `--table must be one of ${IMPORT_TABLES.join(', ')}${table ? `, not "${table}"` : ''}`);
    const from = parsed.values.from as string | undefined;
    if (!from) return usageError(io, this, 'say which spreadsheet to read with --from FILE.xlsx or FILE.csv');
    const ext = path.extname(from).toLowerCase();
    if (ext !== '.xlsx' && ext !== '.csv') return usageError(io, this, `--from must be an .xlsx or .csv file, not "${path.basename(from)}"`);

    let read: ReadSheets;
    try {
      const bytes = fs.readFileSync(path.resolve(io.cwd, from));
      read = ext === '.xlsx' ? await readXlsx(bytes) : readCsv(bytes, path.basename(from, ext));
    } catch (error) {
      io.stderr(`${from} could not be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error)}\n`);
      return EXIT.refused;
    }
    const sheet = pickSheet(read, table as ImportTable, parsed.values.sheet as string | undefined);
    if (typeof sheet === 'string') return usageError(io, this, sheet);

    const target = parsed.positionals[0]!;
    if (target.toLowerCase().endsWith('.mplan')) {
      const text = readPlanFileText(target, io.cwd);
      if (!text.ok) {
        io.stderr(`${text.message}\n`);
        return EXIT.refused;
      }
      const file = parsePlanFile(text.text);
      if (!file.ok) {
        io.stdout(problemLines(file.problems));
        io.stderr(`${target} is not a valid plan file; nothing was changed.\n`);
        return EXIT.refused;
      }
      const result = planImport(file.file.plan, table as ImportTable, sheet.rows);
      if (result.problems.length > 0) {
        printProblems(io, result, from);
        return EXIT.refused;
      }
      const next = applyToPlan(file.file.plan, result.changes);
      const written = serializePlanFile(next, { app: { name: 'Planwright', version: version() }, exportedAt: new Date().toISOString() });
      // The whole file is checked again (links, limits) before it replaces the old one.
      const recheck = parsePlanFile(written);
      if (!recheck.ok) {
        io.stdout(problemLines(recheck.problems));
        io.stderr(`${from} was not imported. Nothing was changed.\n`);
        return EXIT.refused;
      }
      writeFileWholeSync(path.resolve(io.cwd, target), Buffer.from(written, 'utf8'));
      io.stdout(`imported ${table} from “${sheet.name}” into ${target}: ${summary(result)}\n`);
      return EXIT.ok;
    }

    const dataDir = cliDataDir(parsed.values['data-dir'] as string | undefined, io);
    const opened = openStore(dataDir, { create: false });
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT.refused;
    }
    try {
      const plan = opened.opened.store.get(target);
      const result = planImport(plan, table as ImportTable, sheet.rows);
      if (result.problems.length > 0) {
        printProblems(io, result, from);
        return EXIT.refused;
      }
      if (result.changes.length > 0)
        opened.opened.store.upsertRows(
          target,
          result.changes.map((c) => ({ collection: c.collection as CollectionName, row: c.row })),
        );
      io.stdout(`imported ${table} from “${sheet.name}” into ${plan.meta.name}: ${summary(result)}\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof DomainError && error.issues.length > 0) {
        io.stdout(problemLines(error.issues));
        io.stderr(`${from} was not imported. Nothing was changed.\n`);
      } else io.stderr(`${from} was not imported: ${errorMessage(error)} Nothing was changed.\n`);
      return EXIT.refused;
    } finally {
      const problem = opened.opened.close();
      if (problem) io.stderr(`${problem}\n`);
    }
  },
};
