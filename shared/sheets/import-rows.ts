import { COLLECTIONS, LANGUAGES, type CollectionName, type CollectionRow, type Plan } from '../domain';
import { ActualSale, ActualSpend } from '../domain/actuals';
import { Kpi } from '../domain/control';
import { newId } from '../domain/primitives';
import { minorDigits } from '../format/money';
import { createTranslate } from '../i18n/translate';
import { sheetImportMessage } from './import-messages';
import {
  IMPORT_SPECS,
  IMPORT_TABLES,
  mappableFields,
  type ActualsImportSpec,
  type ImportSpec,
  type ImportTable,
  type RowsImportSpec,
} from './import-tables';
import { buildPlanTables } from './plan-tables';

/**
 * Rows from a client's spreadsheet into a plan: actions, budget lines, forecast lines and KPI
 * actuals (`import-tables.ts`). The sheet's columns are recognised by the headers Planwright
 * exports (in either language) or the field names, or mapped by the user; each row is matched by
 * its ID (a KPI also by its name), checked by the same schema as every other write, and every
 * refused cell is named before anything is written. The caller writes all the changes in one
 * transaction, or none.
 */

export { IMPORT_TABLES, type ImportTable };

/** A cell as read from the file: text, a number, a date cell's day ('YYYY-MM-DD'), or empty. */
export type InCell = string | number | { date: string } | null;

/**
 * `row` is the sheet's row number (1 = the header; 0 = the KPI as a whole), `column` the header
 * text of the column and `columnIndex` its place (0-based), both null for the row or sheet as a
 * whole. `message` is English; it carries its key for the UI (`localizeIssue`).
 */
export type ImportProblem = { row: number; column: string | null; columnIndex: number | null; message: string };
export type ImportChange = { collection: CollectionName; row: CollectionRow<CollectionName>; added: boolean };
export type ImportPlan = { changes: ImportChange[]; problems: ImportProblem[]; unchanged: number };

/** For each column of the sheet, in order: the field it fills, or null to leave it out. */
export type ColumnMapping = (string | null)[];

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

/** A header or choice as compared: case and surrounding spaces do not count. */
export const normHeader = (s: string) => s.trim().toLowerCase();

/** Every header and choice label Planwright writes, in both languages, back to its key. */
function labelsFor(plan: Plan, table: ImportTable): Labels {
  const headers = new Map<string, string>();
  const mix = new Map<string, string>();
  const status = new Map<string, string>();
  const spec: ImportSpec = IMPORT_SPECS[table];
  for (const language of LANGUAGES) {
    const t = createTranslate(language);
    const exported = buildPlanTables(plan, t, language).tables.find((x) => x.id === spec.sheet)!;
    for (const column of exported.columns) headers.set(normHeader(column.header), column.key);
    for (const key of ['product', 'price', 'place', 'promotion']) mix.set(normHeader(t(`report.mix.${key}`)), key);
    for (const key of ['planned', 'inProgress', 'done', 'cancelled']) status.set(normHeader(t(`report.actions.statuses.${key}`)), key);
  }
  for (const key of Object.keys(KINDS)) headers.set(normHeader(key), key);
  for (const key of ['product', 'price', 'place', 'promotion']) mix.set(key, key);
  for (const key of ['planned', 'inProgress', 'done', 'cancelled']) status.set(normHeader(key), key);
  return { headers, mix, status };
}

/** A header cell's text ('' for an empty or non-text cell). */
export function headerText(cell: InCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell).trim();
}

/**
 * Which field each column fills: what the user chose for this header before (`remembered`, by
 * the header's text as `normHeader` compares it), else the field the header names. Fields the
 * table cannot take are left out, and a field goes to the first column that claims it.
 */
export function defaultMapping(
  plan: Plan,
  table: ImportTable,
  header: readonly InCell[],
  remembered: Readonly<Record<string, string | null>> = {},
): ColumnMapping {
  const { headers } = labelsFor(plan, table);
  const fields = new Set(mappableFields(table));
  const taken = new Set<string>();
  return header.map((cell) => {
    const text = normHeader(headerText(cell));
    if (text === '') return null;
    const chosen = Object.prototype.hasOwnProperty.call(remembered, text) ? remembered[text]! : (headers.get(text) ?? null);
    if (chosen === null || !fields.has(chosen) || taken.has(chosen)) return null;
    taken.add(chosen);
    return chosen;
  });
}

/** The sheet's columns by key: header text → field, in the sheet's order; unknown headers are ignored. */
export function mapColumns(plan: Plan, table: ImportTable, header: readonly InCell[]): Map<string, number> {
  return columnsOf(defaultMapping(plan, table, header));
}

function columnsOf(mapping: ColumnMapping): Map<string, number> {
  const out = new Map<string, number>();
  mapping.forEach((key, i) => {
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
      return /^\d{4}-\d{2}-\d{2}$/.test(s) ? { ok: true, value: s } : { ok: false, message: sheetImportMessage('notDate', { value: s }) };
    }
    case 'month':
    case 'period': {
      if (empty) return { ok: false, message: sheetImportMessage('emptyMonth') };
      if (typeof cell === 'object') return { ok: true, value: cell!.date.slice(0, 7) };
      if (typeof cell === 'number') return { ok: true, value: excelSerialToIso(cell).slice(0, 7) };
      const s = text(cell).trim();
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(s)) return { ok: true, value: s.slice(0, 7) };
      if (kind === 'period' && /^\d{4}-Q[1-4]$/.test(s)) return { ok: true, value: s };
      return { ok: false, message: sheetImportMessage('notMonth', { value: s }) };
    }
    case 'number':
    case 'money': {
      if (empty) return { ok: true, value: null };
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.replace(/[,\s]/g, '')) : NaN;
      if (!Number.isFinite(n)) return { ok: false, message: sheetImportMessage('notNumber', { value: text(cell) }) };
      if (kind === 'number') return { ok: true, value: n };
      const scaled = n * 10 ** minorDigits(currency);
      const minor = Math.round(scaled);
      if (Math.abs(scaled - minor) > 1e-6) return { ok: false, message: sheetImportMessage('tooManyDecimals', { value: n, currency }) };
      return { ok: true, value: minor };
    }
    case 'mix': {
      if (empty) return { ok: true, value: null };
      const key = labels.mix.get(normHeader(text(cell)));
      return key ? { ok: true, value: key } : { ok: false, message: sheetImportMessage('notMix', { value: text(cell) }) };
    }
    case 'status': {
      const key = labels.status.get(normHeader(text(cell)));
      return key ? { ok: true, value: key } : { ok: false, message: sheetImportMessage('notStatus', { value: text(cell) }) };
    }
  }
}

/**
 * What importing the sheet's rows would change, or why it cannot: `rows[0]` is the header row.
 * `mapping` says which field each column fills (default: by the headers, `defaultMapping`).
 * Rows whose values equal the plan's are left out of the changes.
 */
export function planImport(plan: Plan, table: ImportTable, rows: readonly (readonly InCell[])[], mapping?: ColumnMapping): ImportPlan {
  const problems: ImportProblem[] = [];
  const changes: ImportChange[] = [];
  const spec: ImportSpec = IMPORT_SPECS[table];
  const [header, ...body] = rows;
  const columns = columnsOf(mapping ?? defaultMapping(plan, table, header ?? []));
  const labels = labelsFor(plan, table);
  const at = (key: string) => ({ column: headerText((header ?? [])[columns.get(key)!]), columnIndex: columns.get(key)! });
  const editable = spec.editable.filter((key) => columns.has(key));
  const identified =
    spec.kind === 'kpiPeriods'
      ? columns.has('id') || columns.has('metric')
      : spec.kind === 'actuals'
        ? columns.has('id') || (columns.has(spec.owner) && columns.has('month'))
        : columns.has('id') || editable.length > 0;
  if (!header || editable.length === 0 || !identified) {
    const wanted = spec.editable.join(', ');
    problems.push({ row: 1, column: null, columnIndex: null, message: sheetImportMessage('noColumns', { wanted }) });
    return { changes, problems, unchanged: 0 };
  }
  const currency = plan.meta.currency;
  const blank = (r: readonly InCell[]) => r.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
  const cellOf = (cells: readonly InCell[], key: string): InCell => (columns.has(key) ? (cells[columns.get(key)!] ?? null) : null);

  if (spec.kind === 'kpiPeriods') {
    const kpis = new Map(plan.collections.kpis.map((k) => [k.id, structuredClone(k)]));
    const byMetric = new Map(plan.collections.kpis.map((k) => [normHeader(k.metric), k.id]));
    const touched = new Set<string>();
    body.forEach((cells, i) => {
      const rowNumber = i + 2;
      if (blank(cells)) return;
      const id = text(cellOf(cells, 'id')).trim();
      const metric = text(cellOf(cells, 'metric'));
      const kpi = kpis.get(id || byMetric.get(normHeader(metric)) || '');
      if (!kpi) {
        problems.push({ row: rowNumber, ...at(id ? 'id' : 'metric'), message: sheetImportMessage('unknownKpi', { name: id || metric }) });
        return;
      }
      if (!columns.has('period')) {
        problems.push({ row: rowNumber, column: null, columnIndex: null, message: sheetImportMessage('noPeriodColumn') });
        return;
      }
      const period = parseCell(cellOf(cells, 'period'), 'period', currency, labels);
      const actual = parseCell(cellOf(cells, 'actual'), 'number', currency, labels);
      if (!period.ok) problems.push({ row: rowNumber, ...at('period'), message: period.message });
      if (!actual.ok) problems.push({ row: rowNumber, ...at('actual'), message: actual.message });
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
      if (!checked.success)
        for (const issue of checked.error.issues) problems.push({ row: 0, column: kpi.metric, columnIndex: null, message: issue.message });
      else changes.push({ collection: 'kpis', row: checked.data, added: false });
    }
    return { changes: problems.length > 0 ? [] : changes, problems, unchanged: plan.collections.kpis.length - touched.size };
  }

  if (spec.kind === 'actuals') return planActualsImport(plan, spec, body, { columns, labels, at, editable, currency, blank });

  let unchanged = 0;
  const rowSpec: RowsImportSpec = spec;
  const { collection } = rowSpec;
  const schema = COLLECTIONS[collection].row;
  const existingRows = new Map<string, Record<string, unknown>>((plan.collections[collection] as { id: string }[]).map((r) => [r.id, r]));
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (blank(cells)) return;
    const id = text(cellOf(cells, 'id')).trim();
    const current = id ? existingRows.get(id) : undefined;
    if (id && !current) {
      problems.push({ row: rowNumber, ...at('id'), message: sheetImportMessage('unknownRow', { id }) });
      return;
    }
    const next: Record<string, unknown> = current ? { ...current } : rowSpec.newRow();
    let cellProblem = false;
    for (const key of editable) {
      const parsed = parseCell(cellOf(cells, key), KINDS[key]!, currency, labels);
      if (!parsed.ok) {
        problems.push({ row: rowNumber, ...at(key), message: parsed.message });
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
    const checked = schema.safeParse(next);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '');
        const place = columns.has(key) ? at(key) : { column: key || null, columnIndex: null };
        problems.push({ row: rowNumber, ...place, message: issue.message });
      }
      return;
    }
    // Compared as the schema writes both: a stored row's keys may come in another order.
    const stored = current ? schema.safeParse(current) : null;
    if (stored?.success && JSON.stringify(checked.data) === JSON.stringify(stored.data)) {
      unchanged += 1;
      return;
    }
    changes.push({ collection, row: checked.data as CollectionRow<CollectionName>, added: !current });
  });
  return { changes: problems.length > 0 ? [] : changes, problems, unchanged };
}

type SheetContext = {
  columns: Map<string, number>;
  labels: Labels;
  at(key: string): { column: string; columnIndex: number };
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
function planActualsImport(plan: Plan, spec: ActualsImportSpec, body: readonly (readonly InCell[])[], sheet: SheetContext): ImportPlan {
  const { columns, labels, at, editable, currency, blank } = sheet;
  const problems: ImportProblem[] = [];
  const changes: ImportChange[] = [];
  let unchanged = 0;
  const sales = spec.collection === 'actualSales';
  const collection = spec.collection;
  const rows = plan.collections[collection] as readonly (ActualSale | ActualSpend)[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const target = (r: ActualSale | ActualSpend) => ('productId' in r ? r.productId : (r.actionId ?? r.budgetLineId ?? ''));
  const byCell = new Map(rows.map((r) => [`${target(r)}|${r.month}`, r]));
  const seen = new Set<string>();
  const cellOf = (cells: readonly InCell[], key: string): InCell => (columns.has(key) ? (cells[columns.get(key)!] ?? null) : null);
  const cellText = (cells: readonly InCell[], key: string) => text(cellOf(cells, key)).trim();
  const actionKind = new Set(LANGUAGES.map((l) => normHeader(createTranslate(l)('actuals.grid.kind.action'))));
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (blank(cells)) return;
    const id = cellText(cells, 'id');
    let current = id ? byId.get(id) : undefined;
    if (id && !current) {
      problems.push({ row: rowNumber, ...at('id'), message: sheetImportMessage('unknownRow', { id }) });
      return;
    }
    let month = current?.month ?? '';
    let owner: { productId: string } | { actionId: string | null; budgetLineId: string | null } | null = null;
    if (!current) {
      const parsedMonth = parseCell(cellOf(cells, 'month'), 'month', currency, labels);
      if (!parsedMonth.ok) {
        problems.push({ row: rowNumber, ...at('month'), message: parsedMonth.message });
        return;
      }
      month = parsedMonth.value as string;
      const name = normHeader(cellText(cells, spec.owner));
      if (sales) {
        const product = plan.collections.products.find((p) => normHeader(p.name) === name);
        if (product) owner = { productId: product.id };
      } else {
        const kind = normHeader(cellText(cells, 'spendKind'));
        const action = kind === '' || actionKind.has(kind) ? plan.collections.actions.find((a) => normHeader(a.title) === name) : undefined;
        const lines = plan.collections.budgetLines.filter((b) => normHeader(b.label) === name);
        const line = lines.length === 1 ? lines[0] : lines.find((b) => b.month === month);
        if (action) owner = { actionId: action.id, budgetLineId: null };
        else if (line && !actionKind.has(kind)) owner = { actionId: null, budgetLineId: line.id };
      }
      if (!owner) {
        const message = sheetImportMessage(sales ? 'unknownProduct' : 'unknownSpentOn', { name: cellText(cells, spec.owner) });
        problems.push({ row: rowNumber, ...at(spec.owner), message });
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
      problems.push({
        row: rowNumber,
        ...(columns.has('month') ? at('month') : { column: null, columnIndex: null }),
        message: sheetImportMessage('monthTwice'),
      });
      return;
    }
    seen.add(cellKey);
    let cellProblem = false;
    for (const key of editable) {
      const parsed = parseCell(cellOf(cells, key), KINDS[key]!, currency, labels);
      if (!parsed.ok) {
        problems.push({ row: rowNumber, ...at(key), message: parsed.message });
        cellProblem = true;
      } else next[key] = parsed.value;
    }
    if (cellProblem) return;
    const schema = sales ? ActualSale : ActualSpend;
    const checked = schema.safeParse(next);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '');
        const place = columns.has(key) ? at(key) : { column: key || null, columnIndex: null };
        problems.push({ row: rowNumber, ...place, message: issue.message });
      }
      return;
    }
    // Compared as the schema writes both: a stored row's keys may come in another order.
    const stored = current ? schema.safeParse(current) : null;
    if (stored?.success && JSON.stringify(checked.data) === JSON.stringify(stored.data)) {
      unchanged += 1;
      return;
    }
    changes.push({ collection, row: checked.data as CollectionRow<CollectionName>, added: !current });
  });
  return { changes: problems.length > 0 ? [] : changes, problems, unchanged };
}

/** The sheet to start from: the one Planwright's export names for the table (either language), else the first. */
export function suggestSheet(names: readonly string[], table: ImportTable): number {
  const exported = LANGUAGES.map((l) => createTranslate(l)(`report.sheets.names.${IMPORT_SPECS[table].sheet}`));
  const found = names.findIndex((name) => exported.includes(name));
  return found < 0 ? 0 : found;
}
