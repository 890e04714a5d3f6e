import { madeMessage } from '../contracts/message-ref';

/**
 * What the spreadsheet import says of a refused cell or sheet, in English with `{{name}}`
 * placeholders. Each problem carries its key (`sheetImport.problems.<key>`), so the import dialog
 * shows it in the UI's language while the command line prints this English.
 */
export const SHEET_IMPORT_MESSAGES = {
  notDate: '"{{value}}" is not a date (YYYY-MM-DD)',
  notMonth: '"{{value}}" is not a month (YYYY-MM)',
  emptyMonth: 'is empty',
  notNumber: '"{{value}}" is not a number',
  tooManyDecimals: '{{value}} has more decimals than {{currency}} has',
  notMix: '"{{value}}" is not a mix element (product, price, place, promotion)',
  notStatus: '"{{value}}" is not a status (planned, in progress, done, cancelled)',
  unknownKpi: 'no KPI "{{name}}" in this plan',
  unknownRow: 'no row with ID "{{id}}" in this table of the plan',
  unknownProduct: 'no product "{{name}}" in this plan',
  unknownSpentOn: 'no action or budget line "{{name}}" in this plan',
  monthTwice: 'this month of this row is in the sheet twice',
  noPeriodColumn: 'the sheet has no Period column',
  noColumns: 'no column of the sheet is one this import writes ({{wanted}}); is it the right sheet and table?',
} as const;

export type SheetImportMessageKey = keyof typeof SHEET_IMPORT_MESSAGES;

export function sheetImportMessage(key: SheetImportMessageKey, params?: Record<string, string | number>): string {
  return madeMessage(`sheetImport.problems.${key}`, SHEET_IMPORT_MESSAGES[key], params);
}
