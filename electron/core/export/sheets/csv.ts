import { strToU8, zipSync, type Zippable } from 'fflate';
import Papa from 'papaparse';
import { csvText } from '../../../../shared/sheets/cell-values';
import type { PlanTables, SheetTable } from '../../../../shared/sheets/plan-tables';

export const CSV_MIME = 'text/csv; charset=utf-8';
export const ZIP_MIME = 'application/zip';

/** Excel reads a CSV as the system's code page unless it starts with a byte-order mark; with it, Chinese opens as Chinese. */
const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula when it opens the file (=, +, -, @, tab, carriage
 * return first) is set off with an apostrophe, as OWASP advises against CSV injection; an import
 * takes the apostrophe off again.
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One table as RFC 4180 CSV: UTF-8 with a BOM, CRLF line ends, fields quoted where they need it. */
export function tableToCsv(table: SheetTable, currency: string): string {
  const rows = table.rows.map((row) =>
    row.map((value, i) => {
      const kind = table.columns[i]!.kind;
      const text = csvText(value, kind, currency);
      return kind === 'text' ? defuse(text) : text;
    }),
  );
  return BOM + Papa.unparse({ fields: table.columns.map((c) => c.header), data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: false });
}

/** The file name of a table's CSV inside the zip: its sheet name, which is already safe in a file name. */
export function csvFileName(table: SheetTable): string {
  return `${table.name}.csv`;
}

/** Every table as its own CSV file in one zip, numbered in the plan's order so they list as the workbook does. */
export function tablesToCsvZip(tables: PlanTables, now: Date): Buffer {
  const files: Zippable = {};
  tables.tables.forEach((table, i) => {
    files[`${String(i + 1).padStart(2, '0')} ${csvFileName(table)}`] = [strToU8(tableToCsv(table, tables.currency)), { mtime: now }];
  });
  return Buffer.from(zipSync(files, { level: 6 }));
}
