import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { inMegabytes, MAX_SHEET_CELLS, MAX_SHEET_FILE_BYTES } from '../../../shared/limits';
import type { InCell } from '../../../shared/sheets/import-rows';
import { DomainError } from '../errors';

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

const tooManyCells = () =>
  new DomainError('invalid', `The file holds more than ${MAX_SHEET_CELLS} cells.`, [], {
    reason: 'sheetTooManyCells',
    params: { max: MAX_SHEET_CELLS },
  });

export async function readXlsx(bytes: Uint8Array): Promise<ReadSheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  let cells = 0;
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows: InCell[][] = [];
      const width = sheet.columnCount;
      // Counted before the cells are copied: the sheet's own size says what copying it would take.
      cells += width * sheet.rowCount;
      if (cells > MAX_SHEET_CELLS) throw tooManyCells();
      sheet.eachRow({ includeEmpty: true }, (row, number) => {
        const out: InCell[] = [];
        for (let c = 1; c <= width; c++) out.push(cellOf(row.getCell(c).value));
        rows[number - 1] = out;
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

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Any file the user chose, as sheets of cells: an .xlsx workbook (known by its zip signature,
 * whatever its name) or a CSV in UTF-8. Whatever is not one of them is refused with a reason the
 * UI words (`errors.sheet…`): empty, too large, too many cells, an old .xls, not UTF-8, not a
 * spreadsheet. `fileName` names a CSV's one sheet.
 */
export async function readSheetFile(bytes: Uint8Array, fileName: string): Promise<ReadSheets> {
  const refuse = (reason: 'sheetEmpty' | 'sheetUnreadable' | 'sheetOldExcel' | 'sheetNotUtf8', message: string) =>
    new DomainError('invalid', message, [], { reason });
  if (bytes.length > MAX_SHEET_FILE_BYTES)
    throw new DomainError('invalid', `The file is larger than ${inMegabytes(MAX_SHEET_FILE_BYTES)} MB.`, [], {
      reason: 'sheetTooLarge',
      params: { max: inMegabytes(MAX_SHEET_FILE_BYTES) },
    });
  if (bytes.length === 0) throw refuse('sheetEmpty', 'The file is empty.');
  if (startsWith(bytes, OLE)) throw refuse('sheetOldExcel', 'This is an old Excel file (.xls); save it as .xlsx.');
  const baseName = fileName.replace(/\.[^.]*$/, '') || fileName;
  let read: ReadSheets;
  if (startsWith(bytes, ZIP)) {
    try {
      read = await readXlsx(bytes);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw refuse('sheetUnreadable', 'The file is a zip but not an .xlsx workbook.');
    }
  } else {
    if (/\.xlsx$/i.test(fileName)) throw refuse('sheetUnreadable', 'The file is named .xlsx but is not a workbook.');
    try {
      read = readCsv(bytes, baseName);
    } catch {
      // A text file in another encoding is worth a word on how to save it; anything else is no spreadsheet.
      if (/\.(csv|txt|tsv)$/i.test(fileName)) throw refuse('sheetNotUtf8', 'The file is not UTF-8 text.');
      throw refuse('sheetUnreadable', 'The file is not a spreadsheet.');
    }
    // Text holds no NUL: a file that does is a binary file (a picture, a PDF) that happens to decode.
    if (read.sheets.some((s) => s.rows.some((r) => r.some((c) => typeof c === 'string' && c.includes('\u0000')))))
      throw refuse('sheetUnreadable', 'The file is not a spreadsheet.');
    if (read.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0) > MAX_SHEET_CELLS) throw tooManyCells();
  }
  const hasCells = read.sheets.some((s) => s.rows.some((r) => r.some((c) => c !== null && !(typeof c === 'string' && c.trim() === ''))));
  if (!hasCells) throw refuse('sheetEmpty', 'The file holds no rows.');
  return read;
}
