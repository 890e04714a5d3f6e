import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { ForecastLine, Product } from '../../../../shared/domain';
import {
  forecastGridMonths,
  forecastGridRows,
  forecastRowTotals,
  monthsByYear,
  planMonths,
  unitsByMonth,
  type Month,
} from '../../../../shared/logic';
import { SparklesIcon } from '../../components/editor-icons';
import { EditableGrid, type CellValue, type GridColumn, type GridFooterRow, type GridHeaderGroup } from '../../components/grid';
import { displayCell } from '../../components/grid/cell-values';
import { useTranslation } from '../../i18n/use-translation';
import { FillForecastDialog } from './fill-forecast-dialog';
import { monthColumnId, useForecastGridEditor, withEdit, type ForecastGridViewRow } from './forecast-grid-editor';
import { useMoney } from './format';

type Measure = 'units' | 'unitPrice' | 'unitCost';
const MEASURES: readonly Measure[] = ['units', 'unitPrice', 'unitCost'];

type ForecastGridProps = {
  lines: readonly ForecastLine[];
  products: readonly Product[];
  period: { periodStart: string; periodEnd: string };
  currency: string;
  readOnly: boolean;
};

const monthNames = new Map<string, Intl.DateTimeFormat>();
/** "Jan" / "1月": the year stands in the header row above. */
function shortMonth(month: Month, locale: string): string {
  let f = monthNames.get(locale);
  if (!f) monthNames.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })));
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

const noRow = (): ForecastGridViewRow => {
  throw new Error('The forecast grid has one row per product and adds none.');
};

/**
 * The revenue forecast as a grid (收入预测): products × months, units in the cells, the price and
 * unit cost per product (or, under "Show", per month), totals by row, year and month. It edits the
 * plan's forecast lines through `useForecastGridEditor`; the keys and the paste are the grid's.
 */
export const ForecastGrid = memo(function ForecastGrid({ lines, products, period, currency, readOnly }: ForecastGridProps) {
  const { t } = useTranslation();
  const { plain, locale } = useMoney(currency);
  const editor = useForecastGridEditor();
  const measureId = useId();
  const [measure, setMeasure] = useState<Measure>('units');
  const [filling, setFilling] = useState(false);
  const [notice, setNotice] = useState('');

  const months = useMemo(() => forecastGridMonths(period, lines), [period, lines]);
  const years = useMemo(() => monthsByYear(months), [months]);
  const fillMonths = useMemo(() => planMonths(period), [period]);
  const rows = useMemo<ForecastGridViewRow[]>(
    () =>
      forecastGridRows(lines, products).map((row) => {
        const base = row.productId !== null ? (products.find((p) => p.id === row.productId)?.name ?? '') : row.label;
        return { ...row, name: row.occurrence === 0 ? base : t('budgetEditor.grid.copy', { name: base, n: row.occurrence + 1 }), edits: [] };
      }),
    [lines, products, t],
  );

  const totals = useMemo(() => {
    const byMonth = unitsByMonth(rows, months);
    const byYear = years.map(({ months: ofYear }) => ofYear.reduce((sum, m) => sum + (byMonth[m] ?? 0), 0));
    const rowTotals = rows.map(forecastRowTotals);
    return {
      byMonth,
      byYear,
      units: rowTotals.reduce((sum, r) => sum + r.units, 0),
      revenue: rowTotals.reduce((sum, r) => sum + r.revenue, 0),
    };
  }, [rows, months, years]);

  const columns = useMemo<GridColumn<ForecastGridViewRow>[]>(() => {
    const varies = t('budgetEditor.grid.varies');
    const amount = (value: CellValue) => (typeof value === 'number' ? plain(value) : varies);
    const out: GridColumn<ForecastGridViewRow>[] = [
      { id: 'product', header: t('budgetEditor.grid.columns.product'), type: 'text', readOnly: true, width: 180, get: (row) => row.name },
      {
        id: 'unitPrice',
        header: t('budgetEditor.grid.columns.unitPrice'),
        type: 'money',
        width: 72,
        get: (row) => row.price,
        set: (row, v) => withEdit(row, { field: 'unitPrice', month: null, value: typeof v === 'number' ? v : null }),
        render: amount,
      },
      {
        id: 'unitCost',
        header: t('budgetEditor.grid.columns.unitCost'),
        type: 'money',
        width: 72,
        get: (row) => row.unitCost,
        set: (row, v) => withEdit(row, { field: 'unitCost', month: null, value: typeof v === 'number' ? v : null }),
        render: amount,
      },
    ];
    for (const month of months) {
      out.push({
        id: monthColumnId(month),
        header: shortMonth(month, locale),
        type: measure === 'units' ? 'quantity' : 'money',
        width: 48,
        widthSamples: measure === 'units' ? [totals.byMonth[month] ?? 0] : undefined,
        get: (row) => row.lines[month]?.[measure] ?? null,
        set: (row, v) => withEdit(row, { field: measure, month, value: typeof v === 'number' ? v : null }),
      });
    }
    if (years.length > 1) {
      years.forEach(({ year, months: ofYear }, index) => {
        out.push({
          id: `y-${year}`,
          header: t('budgetEditor.grid.columns.year', { year }),
          type: 'quantity',
          readOnly: true,
          width: 64,
          widthSamples: [totals.byYear[index] ?? 0],
          get: (row) => ofYear.reduce((sum, m) => sum + (row.lines[m]?.units ?? 0), 0),
        });
      });
    }
    out.push(
      {
        id: 'units',
        header: t('budgetEditor.grid.columns.units'),
        type: 'quantity',
        readOnly: true,
        width: 64,
        widthSamples: [totals.units],
        get: (row) => forecastRowTotals(row).units,
      },
      {
        id: 'revenue',
        header: t('budgetEditor.grid.columns.revenue'),
        type: 'money',
        readOnly: true,
        width: 96,
        widthSamples: [totals.revenue],
        get: (row) => forecastRowTotals(row).revenue,
      },
    );
    return out;
  }, [t, plain, months, years, measure, locale, totals]);

  const headerGroups = useMemo<GridHeaderGroup[]>(
    () => [
      { id: 'product', label: '', span: 1 },
      { id: 'prices', label: '', span: 2 },
      ...years.map(({ year, months: ofYear }) => ({ id: `g:${year}`, label: year, span: ofYear.length })),
      { id: 'totals', label: '', span: (years.length > 1 ? years.length : 0) + 2 },
    ],
    [years],
  );

  const footerRows = useMemo<GridFooterRow[]>(() => {
    const ctx = { locale, currency, t: (key: string) => key };
    const qty = (v: number) => displayCell({ id: 'q', header: '', type: 'quantity' }, v, ctx);
    // Revenue by month is the month-by-month table's; here only its total, so the month columns stay as narrow as their units.
    const label = t('budgetEditor.grid.totals');
    return [
      {
        id: 'total',
        label,
        cells: [
          label,
          '',
          '',
          ...months.map((m) => (measure === 'units' ? qty(totals.byMonth[m] ?? 0) : '')),
          ...(years.length > 1 ? totals.byYear.map(qty) : []),
          qty(totals.units),
          plain(totals.revenue),
        ],
      },
    ];
  }, [totals, months, years, measure, plain, locale, currency, t]);

  const rowName = useCallback((row: ForecastGridViewRow) => row.name, []);

  const toolbar = useMemo(
    () => (
      <div className="forecast-grid__tools">
        <label className="forecast-grid__measure" htmlFor={measureId}>
          <span>{t('budgetEditor.grid.measure')}</span>
          <select id={measureId} className="select select--sm" value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`budgetEditor.grid.measures.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {readOnly || rows.length === 0 ? null : (
          <button type="button" className="button button--secondary button--sm" onClick={() => setFilling(true)}>
            <SparklesIcon />
            {t('budgetEditor.grid.fill')}
          </button>
        )}
      </div>
    ),
    [t, measureId, measure, readOnly, rows.length],
  );

  return (
    <div className="forecast-grid" data-measure={measure}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('budgetEditor.grid.table')}
        description={t('budgetEditor.grid.description')}
        newRow={noRow}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly}
        canAddRow={false}
        canMoveRows={false}
        headerGroups={headerGroups}
        footerRows={footerRows}
        toolbar={toolbar}
        emptyMessage={t('budgetEditor.grid.noProducts')}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {filling ? (
        <FillForecastDialog
          rows={rows}
          months={fillMonths}
          onClose={() => setFilling(false)}
          onFill={(row, units) => {
            setFilling(false);
            let next = row;
            fillMonths.forEach((month, i) => {
              next = withEdit(next, { field: 'units', month, value: units[i] ?? 0 });
            });
            editor.commit(next);
            setNotice(t('budgetEditor.fillTool.done', { name: row.name, count: fillMonths.length }));
          }}
        />
      ) : null}
    </div>
  );
});
