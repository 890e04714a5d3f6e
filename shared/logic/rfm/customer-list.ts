import Papa from 'papaparse';
import { MAX_MINOR } from '../../domain/primitives';
import { parseMoney } from '../../format/money';
import type { RfmProblem } from './problems';
import { parsePurchaseDate } from './purchase-date';

/** One customer of a list: what the RFM scores are computed from. Spend in minor units. */
export type CustomerRecord = {
  /** The line of the file it came from (1 = the header), to name it in a refusal. */
  line: number;
  id: string;
  /** 'YYYY-MM-DD', or null for a customer who has not bought yet (0 purchases). */
  lastPurchase: string | null;
  purchases: number;
  spend: number;
};

export type CustomerColumn = 'id' | 'lastPurchase' | 'purchases' | 'spend';

/** Header names each column is known by, in English and Chinese, compared after `normalise`. */
const HEADERS: Record<CustomerColumn, string[]> = {
  id: [
    'id',
    'customerid',
    'customer',
    'customerno',
    'memberid',
    'member',
    '客户id',
    '客户编号',
    '客户',
    '客户号',
    '会员id',
    '会员编号',
    '会员',
    '编号',
  ],
  lastPurchase: [
    'lastpurchasedate',
    'lastpurchase',
    'lastorderdate',
    'lastorder',
    'recency',
    '最近一次消费',
    '最近一次消费日期',
    '最近消费日期',
    '最近购买日期',
    '最后购买日期',
    '最后消费日期',
    '最近一次购买日期',
  ],
  purchases: [
    'numberofpurchases',
    'purchases',
    'purchasecount',
    'frequency',
    'orders',
    'numberoforders',
    '购买次数',
    '消费次数',
    '消费频率',
    '订单数',
    '订单数量',
  ],
  spend: [
    'totalspend',
    'spend',
    'monetary',
    'total',
    'amount',
    'totalamount',
    '消费金额',
    '累计消费',
    '累计消费金额',
    '总消费',
    '消费总额',
    '总金额',
  ],
};

/** Case, spaces, `_`/`-` and a unit in brackets ("消费金额（元）") do not change a header. */
function normalise(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.]/g, '');
}

export type CustomerListResult = { customers: CustomerRecord[]; problems: RfmProblem[] };

/**
 * Reads a customer list from CSV text (comma, semicolon or tab; the delimiter is detected): a
 * header row naming the four columns in any order (other columns are ignored), then one
 * customer a row. Every bad row is reported with its line and reason; empty lines are skipped.
 * Spend is read with the plan's currency's decimals (`parseMoney`): "¥1,234.50" is 123450 fen.
 */
export function readCustomerList(text: string, currency: string): CustomerListResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'UndetectableDelimiter');
  if (fatal && fatal.code === 'MissingQuotes')
    return { customers: [], problems: [{ line: null, code: 'badCsv', params: { detail: fatal.message } }] };

  // Each record's first line: a quoted field may hold line breaks, so count them.
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    rows.push({ line, cells });
    line += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return readCustomerRows(rows, currency);
}

/**
 * Reads a customer list from rows of text cells, each with the line (or spreadsheet row) that
 * names it in a refusal: the CSV text's rows, or a workbook sheet's (`sheetCustomerRows`).
 */
export function readCustomerRows(rows: readonly { line: number; cells: readonly string[] }[], currency: string): CustomerListResult {
  const problems: RfmProblem[] = [];
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { customers: [], problems: [{ line: null, code: 'empty', params: {} }] };
  const header = rows[headerIndex]!.cells.map(normalise);
  const column = {} as Record<CustomerColumn, number>;
  for (const key of Object.keys(HEADERS) as CustomerColumn[]) {
    const index = header.findIndex((h) => HEADERS[key].includes(h));
    if (index < 0) problems.push({ line: rows[headerIndex]!.line, code: 'missingColumn', params: { column: key } });
    column[key] = index;
  }
  if (problems.length > 0) return { customers: [], problems };

  const customers: CustomerRecord[] = [];
  const seen = new Map<string, number>();
  // A list repeats its dates many times over: read each distinct text once.
  const dates = new Map<string, string | null>();
  for (const { line: at, cells } of rows.slice(headerIndex + 1)) {
    if (cells.every((c) => c.trim() === '')) continue;
    const cell = (key: CustomerColumn) => (cells[column[key]] ?? '').trim();
    const before = problems.length;
    const id = cell('id');
    if (id === '') problems.push({ line: at, code: 'missingId', params: {} });
    else if (seen.has(id)) problems.push({ line: at, code: 'duplicateId', params: { id, firstLine: seen.get(id)! } });
    else seen.set(id, at);

    const purchasesText = cell('purchases');
    const purchases = /^\d{1,9}$/.test(purchasesText.replace(/[,\s]/g, '')) ? Number(purchasesText.replace(/[,\s]/g, '')) : Number.NaN;
    if (Number.isNaN(purchases)) problems.push({ line: at, code: 'badCount', params: { value: purchasesText } });

    const spendText = cell('spend');
    const spend = parseMoney(spendText, currency);
    if (spend === null || Number.isNaN(spend) || spend < 0 || spend > MAX_MINOR)
      problems.push({ line: at, code: 'badSpend', params: { value: spendText } });

    const dateText = cell('lastPurchase');
    let lastPurchase: string | null = null;
    if (dateText === '') {
      // A customer who never bought has no last purchase; one who did must say when.
      if (purchases !== 0) problems.push({ line: at, code: 'missingDate', params: {} });
    } else {
      lastPurchase = dates.get(dateText) ?? null;
      if (!dates.has(dateText)) dates.set(dateText, (lastPurchase = parsePurchaseDate(dateText)));
      if (lastPurchase === null) problems.push({ line: at, code: 'badDate', params: { value: dateText } });
    }
    if (problems.length === before) customers.push({ line: at, id, lastPurchase, purchases, spend: spend! });
  }
  if (customers.length === 0 && problems.length === 0) problems.push({ line: null, code: 'empty', params: {} });
  return { customers, problems };
}

/** A spreadsheet cell as read (shared/sheets InCell): text, a number, a date cell's day, or empty. */
export type SheetCustomerCell = string | number | { date: string } | null;

/**
 * A workbook sheet's rows as the customer list's rows: a date cell as its day, a number without
 * binary noise (0.1 + 0.2 is 0.3), each row named by its row number in the sheet.
 */
export function sheetCustomerRows(rows: readonly (readonly SheetCustomerCell[])[]): { line: number; cells: string[] }[] {
  const text = (cell: SheetCustomerCell): string => {
    if (cell === null) return '';
    if (typeof cell === 'object') return cell.date;
    if (typeof cell === 'number') return String(Number(cell.toPrecision(15)));
    return cell;
  };
  return rows.map((cells, i) => ({ line: i + 1, cells: cells.map(text) }));
}
