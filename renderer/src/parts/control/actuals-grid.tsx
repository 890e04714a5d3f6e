import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { monthsByYear, type Month } from '../../../../shared/logic';
import { EditableGrid, type CellValue, type GridColumn, type GridEditor, type GridFooterRow, type GridHeaderGroup } from '../../components/grid';
import { displayCell } from '../../components/grid/cell-values';
import { useTranslation } from '../../i18n/use-translation';
import { signedText } from './format';

export type ActualsGridMeasure<M extends string> = {
  id: M;
  label: string;
  type: 'quantity' | 'money';
  /** The row's actual in a month (null: not entered). */
  actual(row: unknown, month: Month): number | null;
  /** The row's plan in a month; null when the figure has no plan (an action's results). */
  planned(row: unknown, month: Month): number | null;
  /** The months reported for this figure (a row without an entry there counts as zero). */
  reported: ReadonlySet<Month>;
};

type ActualsGridProps<R extends { id: string; name: string }, M extends string> = {
  editor: GridEditor<R>;
  rows: readonly R[];
  months: readonly Month[];
  /** The year to date's months: the "to date" columns sum the reported ones. */
  toDate: readonly Month[];
  measures: readonly ActualsGridMeasure<M>[];
  measure: M;
  onMeasure(measure: M): void;
  withEdit(row: R, field: M, month: Month, value: number | null): R;
  nameHeader: string;
  label: string;
  description: string;
  emptyMessage: string;
  currency: string;
  locale: string;
  readOnly: boolean;
  /** More in the name cell (a row's kind). */
  renderName?(row: R): ReactNode;
};

const monthNames = new Map<string, Intl.DateTimeFormat>();
/** "Jan" / "1月": the year stands in the header row above. */
function shortMonth(month: Month, locale: string): string {
  let f = monthNames.get(locale);
  if (!f) monthNames.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })));
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

/** A month's column (no colon: a cell's key is `<collection>:<rowId>:<columnId>`), the Fix link's `field`. */
export const monthColumn = (month: Month) => `m-${month}`;

const noRow = (): never => {
  throw new Error('An actuals grid has one row per product, action or budget line and adds none.');
};

function sum(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
}

/**
 * Actuals (实际值) as a grid: rows × months, one figure at a time (the measure under "Show"), then
 * this year to date: actual, plan and variance %. The footer holds each month's actual, plan and
 * variance %. Typing, paste and clearing are the grid's; the editor turns cells into actuals.
 */
export function ActualsGrid<R extends { id: string; name: string }, M extends string>(props: ActualsGridProps<R, M>) {
  const {
    editor,
    rows,
    months,
    toDate,
    measures,
    measure,
    onMeasure,
    withEdit,
    nameHeader,
    label,
    description,
    emptyMessage,
    currency,
    locale,
    readOnly,
    renderName,
  } = props;
  const { t } = useTranslation();
  const measureId = useId();
  const m = measures.find((x) => x.id === measure) ?? measures[0]!;
  const years = useMemo(() => monthsByYear(months), [months]);
  const counted = useMemo(() => toDate.filter((month) => m.reported.has(month)), [toDate, m]);

  const rowToDate = useCallback(
    (row: R) => {
      const actual = counted.length === 0 ? null : counted.reduce((s, month) => s + (m.actual(row, month) ?? 0), 0);
      const plans = counted.map((month) => m.planned(row, month));
      const plan = plans.some((p) => p !== null) ? plans.reduce<number>((s, p) => s + (p ?? 0), 0) : null;
      const pct = actual === null || plan === null || plan === 0 ? null : ((actual - plan) / Math.abs(plan)) * 100;
      return { actual, plan, pct };
    },
    [counted, m],
  );

  const columns = useMemo<GridColumn<R>[]>(() => {
    const out: GridColumn<R>[] = [
      {
        id: 'name',
        header: nameHeader,
        type: 'text',
        readOnly: true,
        width: 240,
        get: (row) => row.name,
        ...(renderName ? { render: (_v: CellValue, row: R) => renderName(row) } : {}),
      },
    ];
    for (const month of months) {
      out.push({
        id: monthColumn(month),
        header: shortMonth(month, locale),
        type: m.type,
        width: 56,
        get: (row) => m.actual(row, month),
        set: (row, v) => withEdit(row, m.id, month, typeof v === 'number' ? v : null),
      });
    }
    out.push(
      { id: 'toDateActual', header: t('actuals.grid.ytd'), type: m.type, readOnly: true, width: 80, get: (row) => rowToDate(row).actual },
      { id: 'toDatePlan', header: t('actuals.grid.plan'), type: m.type, readOnly: true, width: 80, get: (row) => rowToDate(row).plan },
      {
        id: 'toDateVariance',
        header: t('actuals.figures.variancePct'),
        type: 'percent',
        readOnly: true,
        width: 72,
        get: (row) => rowToDate(row).pct,
        render: (v) => (typeof v === 'number' ? signedText(v, locale, true) : ''),
      },
    );
    return out;
  }, [months, m, locale, t, nameHeader, withEdit, rowToDate, renderName]);

  const headerGroups = useMemo<GridHeaderGroup[]>(
    () => [
      { id: 'name', label: '', span: 1 },
      ...years.map(({ year, months: ofYear }) => ({ id: `g:${year}`, label: year, span: ofYear.length })),
      { id: 'toDate', label: t('actuals.figures.ytd'), span: 3 },
    ],
    [years, t],
  );

  const footerRows = useMemo<GridFooterRow[]>(() => {
    const ctx = { locale, currency, t: (key: string) => key };
    const show = (v: number | null) => (v === null ? '' : displayCell({ id: 'x', header: '', type: m.type }, Math.round(v * 100) / 100, ctx));
    const actualOf = (month: Month) => (m.reported.has(month) ? (sum(rows.map((r) => m.actual(r, month))) ?? 0) : null);
    const planOf = (month: Month) => sum(rows.map((r) => m.planned(r, month)));
    const pctOf = (month: Month) => {
      const a = actualOf(month);
      const p = planOf(month);
      return a === null || p === null || p === 0 ? '' : signedText(((a - p) / Math.abs(p)) * 100, locale, true);
    };
    const totals = rows.map(rowToDate);
    const actualTotal = counted.length === 0 ? null : (sum(totals.map((x) => x.actual)) ?? 0);
    const planTotal = sum(totals.map((x) => x.plan));
    const pctTotal =
      actualTotal === null || planTotal === null || planTotal === 0
        ? ''
        : signedText(((actualTotal - planTotal) / Math.abs(planTotal)) * 100, locale, true);
    return [
      {
        id: 'actual',
        label: t('actuals.grid.totalActual'),
        cells: [t('actuals.grid.totalActual'), ...months.map((mo) => show(actualOf(mo))), show(actualTotal), '', ''],
      },
      {
        id: 'plan',
        label: t('actuals.grid.totalPlan'),
        cells: [t('actuals.grid.totalPlan'), ...months.map((mo) => show(planOf(mo))), '', show(planTotal), ''],
      },
      { id: 'variance', label: t('actuals.grid.totalVariance'), cells: [t('actuals.grid.totalVariance'), ...months.map(pctOf), '', '', pctTotal] },
    ];
  }, [rows, months, m, counted, rowToDate, locale, currency, t]);

  const rowName = useCallback((row: R) => row.name, []);
  const toolbar = useMemo(
    () => (
      <label className="forecast-grid__measure" htmlFor={measureId}>
        <span>{t('actuals.grid.measure')}</span>
        <select id={measureId} className="select select--sm" value={m.id} onChange={(e) => onMeasure(e.target.value as M)}>
          {measures.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </label>
    ),
    [measureId, m.id, measures, onMeasure, t],
  );

  return (
    <div className="forecast-grid actuals-grid" data-measure={m.id}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={label}
        headingLevel={3}
        description={description}
        newRow={noRow}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly}
        canAddRow={false}
        canMoveRows={false}
        headerGroups={headerGroups}
        footerRows={footerRows}
        toolbar={toolbar}
        emptyMessage={emptyMessage}
      />
    </div>
  );
}
