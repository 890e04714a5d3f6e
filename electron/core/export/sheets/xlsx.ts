import ExcelJS from 'exceljs';
import { toMajor } from '../../../../shared/format/money';
import { currencyNumberFormat, DATE_FORMAT, isoToDate, MONTH_FORMAT, PERCENT_FORMAT } from '../../../../shared/sheets/cell-values';
import type { PlanTables, SheetCellKind, SheetValue } from '../../../../shared/sheets/plan-tables';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cellValue(value: SheetValue, kind: SheetCellKind, currency: string): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (kind === 'money') return toMajor(value, currency);
    // The plan holds 8.5 for 8.5 %; a spreadsheet's percent cell holds 0.085.
    if (kind === 'percent') return value / 100;
    return value;
  }
  if (kind === 'date' || kind === 'month' || kind === 'period') return isoToDate(value) ?? value;
  return value;
}

function numberFormat(kind: SheetCellKind, value: SheetValue, money: string): string | undefined {
  if (kind === 'money') return money;
  if (kind === 'percent') return PERCENT_FORMAT;
  if (kind === 'date') return DATE_FORMAT;
  if ((kind === 'month' || kind === 'period') && typeof value === 'string' && isoToDate(value))
    return value.length === 7 ? MONTH_FORMAT : DATE_FORMAT;
  return undefined;
}

/**
 * The plan's tables as an .xlsx workbook: one sheet per table, header row frozen and bold, numbers
 * and dates as real cells with their formats (money in major units with the currency's format),
 * columns as wide as their content needs up to a limit.
 */
export async function buildXlsx(tables: PlanTables, info: { title: string; author: string; now: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = info.author || 'Planwright';
  workbook.title = info.title;
  workbook.created = info.now;
  workbook.modified = info.now;
  const locale = tables.language;
  const money = currencyNumberFormat(tables.currency, locale);
  for (const table of tables.tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF2' } };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } } };
    });
    const widths = table.columns.map((c) =>
      Math.max(8, Math.min(c.width, [...c.header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2)),
    );
    table.rows.forEach((values, r) => {
      const row = sheet.addRow(values.map((v, i) => cellValue(v, table.columns[i]!.kind, tables.currency)));
      if (r >= table.rows.length - table.totalRows) row.font = { bold: true };
      values.forEach((v, i) => {
        const column = table.columns[i]!;
        const cell = row.getCell(i + 1);
        const format = numberFormat(column.kind, v, money);
        if (format) cell.numFmt = format;
        if (column.kind === 'text') cell.alignment = { vertical: 'top', wrapText: true };
        else cell.alignment = { vertical: 'top' };
        // Width from the content: CJK characters take two columns.
        const text = v === null ? '' : typeof v === 'number' ? String(Math.round(v)) : v;
        const need = [...text.split('\n')[0]!].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2;
        widths[i] = Math.max(widths[i]!, Math.min(need, column.kind === 'text' ? 60 : 22));
      });
    });
    table.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c.kind === 'money' ? Math.max(widths[i]!, 14) : widths[i]!;
    });
    if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
