import type { CollectionName } from '../domain';
import { newId } from '../domain/primitives';
import type { SheetTableId } from './plan-tables';

/**
 * The plan's tables a spreadsheet can write into, one entry each: the exported sheet it mirrors
 * (whose headers name its columns), and what it writes. `rows` tables write whole rows of a
 * collection (matched by ID, a row without one is added); `kpiPeriods` writes each KPI period's
 * actual. A table added later (actual sales, actual spend) is one more `rows` entry here.
 */
export type RowsImportSpec = {
  kind: 'rows';
  sheet: SheetTableId;
  collection: CollectionName;
  /** The columns the import writes; the rest of an exported sheet (numbers, totals) is read-only. */
  editable: readonly string[];
  /** A new row before the sheet's values are put in. */
  newRow(): Record<string, unknown>;
};
export type KpiPeriodsImportSpec = { kind: 'kpiPeriods'; sheet: SheetTableId; collection: 'kpis'; editable: readonly ['actual'] };
/** Actuals (plan versus actual) are matched by their ID, or by what they were entered for (`owner`: a product, an action or budget line) and the month. */
export type ActualsImportSpec = {
  kind: 'actuals';
  sheet: SheetTableId;
  collection: 'actualSales' | 'actualSpend';
  owner: 'salesProduct' | 'spentOn';
  /** Columns that say which row is meant, besides the ID. */
  finds: readonly string[];
  editable: readonly string[];
};
export type ImportSpec = RowsImportSpec | KpiPeriodsImportSpec | ActualsImportSpec;

export const IMPORT_SPECS = {
  actions: {
    kind: 'rows',
    sheet: 'actions',
    collection: 'actions',
    editable: ['title', 'start', 'end', 'owner', 'mixElement', 'status', 'cost'],
    newRow: () => ({
      id: newId(),
      title: '',
      start: null,
      end: null,
      owner: '',
      cost: null,
      objectiveIds: [],
      mixElement: null,
      status: 'planned',
      dependsOn: [],
    }),
  },
  'budget-lines': {
    kind: 'rows',
    sheet: 'budgetLines',
    collection: 'budgetLines',
    editable: ['label', 'month', 'mixElement', 'amount'],
    newRow: () => ({ id: newId(), label: '', month: '', amount: 0, mixElement: null }),
  },
  forecast: {
    kind: 'rows',
    sheet: 'forecast',
    collection: 'forecastLines',
    editable: ['label', 'month', 'units', 'unitPrice', 'unitCost'],
    newRow: () => ({ id: newId(), productId: null, label: '', month: '', units: 0, unitPrice: 0, unitCost: 0 }),
  },
  'kpi-actuals': { kind: 'kpiPeriods', sheet: 'kpis', collection: 'kpis', editable: ['actual'] },
  'actual-sales': {
    kind: 'actuals',
    sheet: 'actualSales',
    collection: 'actualSales',
    owner: 'salesProduct',
    finds: ['salesProduct', 'month'],
    editable: ['units', 'revenue'],
  },
  'actual-spend': {
    kind: 'actuals',
    sheet: 'actualSpend',
    collection: 'actualSpend',
    owner: 'spentOn',
    finds: ['spentOn', 'spendKind', 'month'],
    editable: ['amount', 'results'],
  },
} as const satisfies Record<string, ImportSpec>;

export type ImportTable = keyof typeof IMPORT_SPECS;
export const IMPORT_TABLES = Object.keys(IMPORT_SPECS) as ImportTable[];

export function isImportTable(value: unknown): value is ImportTable {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(IMPORT_SPECS, value);
}

/** The fields a sheet's column can be mapped to: what identifies a row, then what is written. */
export function mappableFields(table: ImportTable): string[] {
  const spec: ImportSpec = IMPORT_SPECS[table];
  if (spec.kind === 'kpiPeriods') return ['id', 'metric', 'period', ...spec.editable];
  if (spec.kind === 'actuals') return ['id', ...spec.finds, ...spec.editable];
  return ['id', ...spec.editable];
}
