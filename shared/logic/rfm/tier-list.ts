import { analyseCustomers, type RfmAnalysis, type RfmOptions } from './analyse';
import { readCustomerList } from './customer-list';
import type { RfmProblem } from './problems';

/**
 * A customer list's CSV text to its RFM analysis, or every problem found: the one path the
 * command line and the app share. Bad rows refuse the whole list (with each line and reason),
 * so no tier is ever computed from part of a list without the user knowing.
 */
export function tierCustomerList(
  text: string,
  options: RfmOptions & { currency: string },
): { ok: true; analysis: RfmAnalysis } | { ok: false; problems: RfmProblem[] } {
  const read = readCustomerList(text, options.currency);
  if (read.problems.length > 0) return { ok: false, problems: read.problems };
  return analyseCustomers(read.customers, options);
}
