import { analyseCustomers, type RfmAnalysis, type RfmOptions } from './analyse';
import { readCustomerList, readCustomerRows, sheetCustomerRows, type SheetCustomerCell } from './customer-list';
import type { RfmProblem } from './problems';

/**
 * A customer list — CSV text, or a workbook sheet's cells — to its RFM analysis, or every problem found: the one path the
 * command line and the app share. Bad rows refuse the whole list (with each line and reason),
 * so no tier is ever computed from part of a list without the user knowing.
 */
export function tierCustomerList(
  text: string | readonly (readonly SheetCustomerCell[])[],
  options: RfmOptions & { currency: string },
): { ok: true; analysis: RfmAnalysis } | { ok: false; problems: RfmProblem[] } {
  const read = typeof text === 'string' ? readCustomerList(text, options.currency) : readCustomerRows(sheetCustomerRows(text), options.currency);
  if (read.problems.length > 0) return { ok: false, problems: read.problems };
  return analyseCustomers(read.customers, options);
}
