import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { InCell } from '../../../shared/sheets/import-rows';

/** A file's sheets as rows of cells: every sheet of a workbook, or the one table of a CSV. */
export type ReadSheets = { sheets: { name: string; rows: InCell[][] }[] };

function cellOf(value: ExcelJS.CellValue): InCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    // A formula's last result, rich text's plain text, a hyperlink's text.
    if ('result' in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return null;
  }
  return null;
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadSheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows: InCell[][] = [];
      const width = sheet.columnCount;
      sheet.eachRow({ includeEmpty: true }, (row, number) => {
        const cells: InCell[] = [];
        for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value));
        rows[number - 1] = cells;
      });
      return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
    }),
  };
}

/** A CSV in UTF-8 (a leading byte-order mark is dropped), any line ends, RFC 4180 quoting. */
export function readCsv(bytes: Uint8Array, name: string): ReadSheets {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return { sheets: [{ name, rows: parsed.data.map((row) => row.map((cell) => (cell === '' ? null : cell))) }] };
}
