import { LANGUAGES, type CollectionName, type CollectionRow, type Plan } from '../domain';
import { Action } from '../domain/actions';
import { BudgetLine, ForecastLine } from '../domain/budget';
import { ActualSale, ActualSpend } from '../domain/actuals';
import { Kpi } from '../domain/control';
import { newId } from '../domain/primitives';
import { minorDigits } from '../format/money';
import { createTranslate } from '../i18n/translate';
import { buildPlanTables, type SheetTableId } from './plan-tables';

/**
 * Rows from a client's spreadsheet into a plan: actions, budget lines, forecast lines and KPI
 * actuals. The sheet's columns are recognised by the headers Planwright exports (in either
 * language) or the field names; each row is matched by its ID (a KPI also by its name), checked
 * by the same schema as every other write, and every refused cell is named before anything is
 * written. The caller writes all the changes in one transaction, or none.
 */

export const IMPORT_TABLES = ['actions', 'budget-lines', 'forecast', 'kpi-actuals', 'actual-sales', 'actual-spend'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/** A cell as read from the file: text, a number, a date cell's day ('YYYY-MM-DD'), or empty. */
export type InCell = string | number | { date: string } | null;

export type ImportProblem = { row: number; column: string | null; message: string };
export type ImportChange = { collection: CollectionName; row: CollectionRow<CollectionName>; added: boolean };
export type ImportPlan = { changes: ImportChange[]; problems: ImportProblem[]; unchanged: number };

const EXPORT_TABLE: Record<ImportTable, SheetTableId> = {
  actions: 'actions',
  'budget-lines': 'budgetLines',
  forecast: 'forecast',
  'kpi-actuals': 'kpis',
  'actual-sales': 'actualSales',
  'actual-spend': 'actualSpend',
};

/** The columns each import writes; the rest of an exported sheet (numbers, totals, variances) is read-only. */
const EDITABLE: Record<ImportTable, string[]> = {
  actions: ['title', 'start', 'end', 'owner', 'mixElement', 'status', 'cost'],
  'budget-lines': ['label', 'month', 'mixElement', 'amount'],
  forecast: ['label', 'month', 'units', 'unitPrice', 'unitCost'],
  'kpi-actuals': ['actual'],
  'actual-sales': ['units', 'revenue'],
  'actual-spend': ['amount', 'results'],
};

type Kind = 'text' | 'date' | 'month' | 'number' | 'money' | 'mix' | 'status' | 'period';
const KINDS: Record<string, Kind> = {
  title: 'text',
  owner: 'text',
  label: 'text',
  metric: 'text',
  id: 'text',
  start: 'date',
  end: 'date',
  month: 'month',
  period: 'period',
  units: 'number',
  actual: 'number',
  cost: 'money',
  amount: 'money',
  unitPrice: 'money',
  unitCost: 'money',
  mixElement: 'mix',
  status: 'status',
  // Keys of their own: a field name is also read as a header, and "Product" or "Item" head other sheets' columns.
  salesProduct: 'text',
  spentOn: 'text',
  spendKind: 'text',
  revenue: 'money',
  results: 'number',
};

type Labels = { headers: Map<string, string>; mix: Map<string, string>; status: Map<string, string> };

const norm = (s: string) => s.trim().toLowerCase();

/** Every header and choice label Planwright writes, in both languages, back to its key. */
function labelsFor(plan: Plan, table: ImportTable): Labels {
  const headers = new Map<string, string>();
  const mix = new Map<string, string>();
  const status = new Map<string, string>();
  for (const language of LANGUAGES) {
    const t = createTranslate(language);
    const exported = buildPlanTables(plan, t, language).tables.find((x) => x.id === EXPORT_TABLE[table])!;
    for (const column of exported.columns) headers.set(norm(column.header), column.key);
    for (const key of ['product', 'price', 'place', 'promotion']) mix.set(norm(t(`report.mix.${key}`)), key);
    for (const key of ['planned', 'inProgress', 'done', 'cancelled']) status.set(norm(t(`report.actions.statuses.${key}`)), key);
  }
  for (const key of Object.keys(KINDS)) headers.set(norm(key), key);
  for (const key of ['product', 'price', 'place', 'promotion']) mix.set(key, key);
  for (const key of ['planned', 'inProgress', 'done', 'cancelled']) status.set(norm(key), key);
  return { headers, mix, status };
}

/** The sheet's columns by key: header text → field, in the sheet's order; unknown headers are ignored. */
export function mapColumns(plan: Plan, table: ImportTable, header: readonly InCell[]): Map<string, number> {
  const { headers } = labelsFor(plan, table);
  const out = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = typeof cell === 'string' ? headers.get(norm(cell)) : undefined;
    if (key && !out.has(key)) out.set(key, i);
  });
  return out;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function text(cell: InCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell);
}

/** A CSV export sets off text that would run as a formula with an apostrophe; it comes off here. */
function undefuse(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

function excelSerialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

function parseCell(cell: InCell, kind: Kind, currency: string, labels: Labels): Parsed {
  const empty = cell === null || (typeof cell === 'string' && cell.trim() === '');
  switch (kind) {
    case 'text':
      return { ok: true, value: empty ? '' : undefuse(text(cell)).trim() };
    case 'date': {
      if (empty) return { ok: true, value: null };
      if (typeof cell === 'object') return { ok: true, value: cell!.date };
      if (typeof cell === 'number') return { ok: true, value: excelSerialToIso(cell) };
      const s = text(cell).trim();
      return /^\d{4}-\d{2}-\d{2}$/.test(s) ? { ok: true, value: s } : { ok: false, message: `"${s}" is not a date (YYYY-MM-DD)` };
    }
    case 'month':
    case 'period': {
      if (empty) return { ok: false, message: 'is empty' };
      if (typeof cell === 'object') return { ok: true, value: cell!.date.slice(0, 7) };
      if (typeof cell === 'number') return { ok: true, value: excelSerialToIso(cell).slice(0, 7) };
      const s = text(cell).trim();
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(s)) return { ok: true, value: s.slice(0, 7) };
      if (kind === 'period' && /^\d{4}-Q[1-4]$/.test(s)) return { ok: true, value: s };
      return { ok: false, message: `"${s}" is not a month (YYYY-MM)` };
    }
    case 'number':
    case 'money': {
      if (empty) return { ok: true, value: null };
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.replace(/[,\s]/g, '')) : NaN;
      if (!Number.isFinite(n)) return { ok: false, message: `"${text(cell)}" is not a number` };
      if (kind === 'number') return { ok: true, value: n };
      const scaled = n * 10 ** minorDigits(currency);
      const minor = Math.round(scaled);
      if (Math.abs(scaled - minor) > 1e-6) return { ok: false, message: `${n} has more decimals than ${currency} has` };
      return { ok: true, value: minor };
    }
    case 'mix': {
      if (empty) return { ok: true, value: null };
      const key = labels.mix.get(norm(text(cell)));
      return key ? { ok: true, value: key } : { ok: false, message: `"${text(cell)}" is not a mix element (product, price, place, promotion)` };
    }
    case 'status': {
      const key = labels.status.get(norm(text(cell)));
      return key ? { ok: true, value: key } : { ok: false, message: `"${text(cell)}" is not a status (planned, in progress, done, cancelled)` };
    }
  }
}

const COLLECTION: Record<Exclude<ImportTable, 'kpi-actuals' | 'actual-sales' | 'actual-spend'>, 'actions' | 'budgetLines' | 'forecastLines'> = {
  actions: 'actions',
  'budget-lines': 'budgetLines',
  forecast: 'forecastLines',
};

const SCHEMA = { actions: Action, budgetLines: BudgetLine, forecastLines: ForecastLine, kpis: Kpi } as const;

/**
 * What importing the sheet's rows would change, or why it cannot: `rows[0]` is the header row.
 * Rows whose values equal the plan's are left out of the changes.
 */
export function planImport(plan: Plan, table: ImportTable, rows: readonly (readonly InCell[])[]): ImportPlan {
  const problems: ImportProblem[] = [];
  const changes: ImportChange[] = [];
  const [header, ...body] = rows;
  const columns = mapColumns(plan, table, header ?? []);
  const labels = labelsFor(plan, table);
  const headerOf = (key: string) => text((header ?? [])[columns.get(key)!] ?? null);
  const editable = EDITABLE[table].filter((key) => columns.has(key));
  const identified =
    table === 'kpi-actuals'
      ? columns.has('id') || columns.has('metric')
      : table === 'actual-sales'
        ? columns.has('id') || (columns.has('salesProduct') && columns.has('month'))
        : table === 'actual-spend'
          ? columns.has('id') || (columns.has('spentOn') && columns.has('month'))
          : columns.has('id') || editable.length > 0;
  if (!header || editable.length === 0 || !identified) {
    const wanted = EDITABLE[table].join(', ');
    problems.push({
      row: 1,
      column: null,
      message: `no column of the sheet is one this import writes (${wanted}); is it the right sheet and table?`,
    });
    return { changes, problems, unchanged: 0 };
  }
  let unchanged = 0;
  const currency = plan.meta.currency;
  const blank = (r: readonly InCell[]) => r.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

  if (table === 'kpi-actuals') {
    const kpis = new Map(plan.collections.kpis.map((k) => [k.id, structuredClone(k)]));
    const byMetric = new Map(plan.collections.kpis.map((k) => [norm(k.metric), k.id]));
    const touched = new Set<string>();
    body.forEach((cells, i) => {
      const rowNumber = i + 2;
      if (blank(cells)) return;
      const id = columns.has('id') ? text(cells[columns.get('id')!] ?? null).trim() : '';
      const metric = columns.has('metric') ? text(cells[columns.get('metric')!] ?? null) : '';
      const kpiId = id || byMetric.get(norm(metric)) || '';
      const kpi = kpis.get(kpiId);
      if (!kpi) {
        problems.push({ row: rowNumber, column: headerOf(id ? 'id' : 'metric'), message: `no KPI "${id || metric}" in this plan` });
        return;
      }
      if (!columns.has('period')) {
        problems.push({ row: rowNumber, column: null, message: 'the sheet has no Period column' });
        return;
      }
      const period = parseCell(cells[columns.get('period')!] ?? null, 'period', currency, labels);
      const actual = parseCell(cells[columns.get('actual')!] ?? null, 'number', currency, labels);
      if (!period.ok) problems.push({ row: rowNumber, column: headerOf('period'), message: period.message });
      if (!actual.ok) problems.push({ row: rowNumber, column: headerOf('actual'), message: actual.message });
      if (!period.ok || !actual.ok) return;
      const existing = kpi.periods.find((p) => p.period === period.value);
      if (existing) {
        if (existing.actual === actual.value) return;
        existing.actual = actual.value as number | null;
      } else kpi.periods.push({ period: period.value as string, target: null, actual: actual.value as number | null });
      touched.add(kpi.id);
    });
    for (const id of touched) {
      const kpi = kpis.get(id)!;
      const checked = Kpi.safeParse(kpi);
      if (!checked.success) for (const issue of checked.error.issues) problems.push({ row: 0, column: kpi.metric, message: issue.message });
      else changes.push({ collection: 'kpis', row: checked.data, added: false });
    }
    unchanged = plan.collections.kpis.length - touched.size;
    return { changes: problems.length > 0 ? [] : changes, problems, unchanged };
  }

  if (table === 'actual-sales' || table === 'actual-spend') {
    return planActualsImport(plan, table, body, { columns, labels, headerOf, editable, currency, blank });
  }

  const collection = COLLECTION[table];
  const existingRows = new Map<string, Record<string, unknown>>((plan.collections[collection] as { id: string }[]).map((r) => [r.id, r]));
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (blank(cells)) return;
    const id = columns.has('id') ? text(cells[columns.get('id')!] ?? null).trim() : '';
    const current = id ? existingRows.get(id) : undefined;
    if (id && !current) {
      problems.push({ row: rowNumber, column: headerOf('id'), message: `no row with ID "${id}" in this plan's ${table}` });
      return;
    }
    const next: Record<string, unknown> = current ? { ...current } : newRow(collection);
    let cellProblem = false;
    for (const key of editable) {
      const parsed = parseCell(cells[columns.get(key)!] ?? null, KINDS[key]!, currency, labels);
      if (!parsed.ok) {
        problems.push({ row: rowNumber, column: headerOf(key), message: parsed.message });
        cellProblem = true;
        continue;
      }
      next[key] = parsed.value;
    }
    // The export writes a forecast line's product name where the line has no label of its own.
    if (collection === 'forecastLines' && current && current.label === '' && current.productId) {
      const product = plan.collections.products.find((p) => p.id === current.productId);
      if (product && next.label === product.name) next.label = '';
    }
    if (cellProblem) return;
    const checked = SCHEMA[collection].safeParse(next);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '');
        problems.push({ row: rowNumber, column: columns.has(key) ? headerOf(key) : key || null, message: issue.message });
      }
      return;
    }
    if (current && JSON.stringify(checked.data) === JSON.stringify(current)) {
      unchanged += 1;
      return;
    }
    changes.push({ collection, row: checked.data as CollectionRow<CollectionName>, added: !current });
  });
  return { changes: problems.length > 0 ? [] : changes, problems, unchanged };
}

function newRow(collection: 'actions' | 'budgetLines' | 'forecastLines'): Record<string, unknown> {
  const id = newId();
  if (collection === 'actions')
    return { id, title: '', start: null, end: null, owner: '', cost: null, objectiveIds: [], mixElement: null, status: 'planned', dependsOn: [] };
  if (collection === 'budgetLines') return { id, label: '', month: '', amount: 0, mixElement: null };
  return { id, productId: null, label: '', month: '', units: 0, unitPrice: 0, unitCost: 0 };
}

type SheetContext = {
  columns: Map<string, number>;
  labels: Labels;
  headerOf(key: string): string;
  editable: string[];
  currency: string;
  blank(cells: readonly InCell[]): boolean;
};

/**
 * Actual sales or spend from a sheet (plan versus actual): a row is the actual of its ID, or of
 * its product (by name) — its action or budget line (by title or label; a budget line named
 * twice by the one of the row's month) — and month, so a month-end report adds to or corrects
 * the plan's one actual per cell; a cell named twice in the sheet is refused.
 */
function planActualsImport(
  plan: Plan,
  table: 'actual-sales' | 'actual-spend',
  body: readonly (readonly InCell[])[],
  sheet: SheetContext,
): ImportPlan {
  const { columns, labels, headerOf, editable, currency, blank } = sheet;
  const problems: ImportProblem[] = [];
  const changes: ImportChange[] = [];
  let unchanged = 0;
  const sales = table === 'actual-sales';
  const collection = sales ? 'actualSales' : 'actualSpend';
  const rows = plan.collections[collection] as readonly (ActualSale | ActualSpend)[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const target = (r: ActualSale | ActualSpend) => ('productId' in r ? r.productId : (r.actionId ?? r.budgetLineId ?? ''));
  const byCell = new Map(rows.map((r) => [`${target(r)}|${r.month}`, r]));
  const seen = new Set<string>();
  const cellText = (cells: readonly InCell[], key: string) => (columns.has(key) ? text(cells[columns.get(key)!] ?? null).trim() : '');
  const actionKind = new Set(LANGUAGES.map((l) => norm(createTranslate(l)('actuals.grid.kind.action'))));
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (blank(cells)) return;
    const id = cellText(cells, 'id');
    let current = id ? byId.get(id) : undefined;
    if (id && !current) {
      problems.push({ row: rowNumber, column: headerOf('id'), message: `no actual with ID "${id}" in this plan` });
      return;
    }
    let month = current?.month ?? '';
    let owner: { productId: string } | { actionId: string | null; budgetLineId: string | null } | null = null;
    if (!current) {
      const parsedMonth = parseCell(columns.has('month') ? (cells[columns.get('month')!] ?? null) : null, 'month', currency, labels);
      if (!parsedMonth.ok) {
        problems.push({ row: rowNumber, column: headerOf('month'), message: parsedMonth.message });
        return;
      }
      month = parsedMonth.value as string;
      const name = norm(cellText(cells, sales ? 'salesProduct' : 'spentOn'));
      if (sales) {
        const product = plan.collections.products.find((p) => norm(p.name) === name);
        if (product) owner = { productId: product.id };
      } else {
        const kind = norm(cellText(cells, 'spendKind'));
        const action = kind === '' || actionKind.has(kind) ? plan.collections.actions.find((a) => norm(a.title) === name) : undefined;
        const lines = plan.collections.budgetLines.filter((b) => norm(b.label) === name);
        const line = lines.length === 1 ? lines[0] : lines.find((b) => b.month === month);
        if (action) owner = { actionId: action.id, budgetLineId: null };
        else if (line && !actionKind.has(kind)) owner = { actionId: null, budgetLineId: line.id };
      }
      if (!owner) {
        const what = sales ? 'product' : 'action or budget line';
        problems.push({
          row: rowNumber,
          column: headerOf(sales ? 'salesProduct' : 'spentOn'),
          message: `no ${what} "${cellText(cells, sales ? 'salesProduct' : 'spentOn')}" in this plan`,
        });
        return;
      }
      const ownerId = 'productId' in owner ? owner.productId : (owner.actionId ?? owner.budgetLineId ?? '');
      current = byCell.get(`${ownerId}|${month}`);
    }
    const next: Record<string, unknown> = current
      ? { ...current }
      : sales
        ? { id: newId(), ...owner, month, units: null, revenue: null }
        : { id: newId(), ...owner, month, amount: null, results: null };
    const cellKey = `${target(next as ActualSale | ActualSpend)}|${month}`;
    if (seen.has(cellKey)) {
      problems.push({ row: rowNumber, column: headerOf('month'), message: `this month of this row is in the sheet twice` });
      return;
    }
    seen.add(cellKey);
    let cellProblem = false;
    for (const key of editable) {
      const parsed = parseCell(cells[columns.get(key)!] ?? null, KINDS[key]!, currency, labels);
      if (!parsed.ok) {
        problems.push({ row: rowNumber, column: headerOf(key), message: parsed.message });
        cellProblem = true;
      } else next[key] = parsed.value;
    }
    if (cellProblem) return;
    const checked = (sales ? ActualSale : ActualSpend).safeParse(next);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '');
        problems.push({ row: rowNumber, column: columns.has(key) ? headerOf(key) : key || null, message: issue.message });
      }
      return;
    }
    if (current && JSON.stringify(checked.data) === JSON.stringify(current)) {
      unchanged += 1;
      return;
    }
    changes.push({ collection, row: checked.data as CollectionRow<CollectionName>, added: !current });
  });
  return { changes: problems.length > 0 ? [] : changes, problems, unchanged };
}
