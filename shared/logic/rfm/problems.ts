/**
 * Why a customer list, or one of its rows, was refused. Codes and parameters cross to the UI,
 * which translates them (`rfm.problems.<code>`); `rfmProblemText` is the English the command
 * line prints. `line` is the line of the file (1 = the header), or null for the whole list.
 */
export type RfmProblemCode =
  'empty' | 'missingColumn' | 'missingId' | 'duplicateId' | 'missingDate' | 'badDate' | 'afterAsOf' | 'badCount' | 'badSpend' | 'badCsv';

export type RfmProblem = { line: number | null; code: RfmProblemCode; params: Record<string, string | number> };

const ENGLISH: Record<RfmProblemCode, (p: Record<string, string | number>) => string> = {
  empty: () => 'the list holds no customers',
  missingColumn: (p) => `no "${p.column}" column (the header needs id, last purchase date, number of purchases and total spend)`,
  missingId: () => 'the customer id is empty',
  duplicateId: (p) => `customer "${p.id}" is already on line ${p.firstLine}`,
  missingDate: () => 'the last purchase date is empty, but the customer has purchases',
  badDate: (p) => `"${p.value}" is not a date (use 2027-01-31, 2027/1/31 or 2027年1月31日)`,
  afterAsOf: (p) => `the last purchase date ${p.value} is after the as-of date ${p.asOf}`,
  badCount: (p) => `"${p.value}" is not a number of purchases (a whole number, 0 or more)`,
  badSpend: (p) => `"${p.value}" is not an amount of spend (0 or more, at most the currency's decimals)`,
  badCsv: (p) => `the CSV cannot be read here (${p.detail})`,
};

export function rfmProblemText(problem: RfmProblem): string {
  const text = ENGLISH[problem.code](problem.params);
  return problem.line === null ? text : `line ${problem.line}: ${text}`;
}
