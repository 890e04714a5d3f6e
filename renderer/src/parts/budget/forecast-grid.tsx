import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { ForecastLine, Product } from '../../../../shared/domain';
import { forecastGridMonths, forecastGridRows, forecastRowTotals, monthsByYear, planMonths, type Month } from '../../../../shared/logic';
import { SparklesIcon } from '../../components/editor-icons';
import { EditableGrid, type CellValue, type GridColumn, type GridFooterRow, type GridHeaderGroup } from '../../components/grid';
import { displayCell } from '../../components/grid/cell-values';
import { useTranslation } from '../../i18n/use-translation';
import { FillForecastDialog } from './fill-forecast-dialog';
import { useForecastGridEditor, withEdit, type ForecastGridViewRow } from './forecast-grid-editor';
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
        id: `m:${month}`,
        header: shortMonth(month, locale),
        type: measure === 'units' ? 'quantity' : 'money',
        width: 48,
        get: (row) => row.lines[month]?.[measure] ?? null,
        set: (row, v) => withEdit(row, { field: measure, month, value: typeof v === 'number' ? v : null }),
      });
    }
    if (years.length > 1) {
      for (const { year, months: ofYear } of years) {
        out.push({
          id: `y:${year}`,
          header: t('budgetEditor.grid.columns.year', { year }),
          type: 'quantity',
          readOnly: true,
          width: 64,
          get: (row) => ofYear.reduce((sum, m) => sum + (row.lines[m]?.units ?? 0), 0),
        });
      }
    }
    out.push(
      {
        id: 'units',
        header: t('budgetEditor.grid.columns.units'),
        type: 'quantity',
        readOnly: true,
        width: 64,
        get: (row) => forecastRowTotals(row).units,
      },
      {
        id: 'revenue',
        header: t('budgetEditor.grid.columns.revenue'),
        type: 'money',
        readOnly: true,
        width: 96,
        get: (row) => forecastRowTotals(row).revenue,
      },
    );
    return out;
  }, [t, plain, months, years, measure, locale]);

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
    const unitsOf = (filter: (m: Month) => boolean) => {
      let sum = 0;
      for (const row of rows) for (const [m, line] of Object.entries(row.lines)) if (filter(m)) sum += line.units;
      return sum;
    };
    const totalRevenue = rows.reduce((sum, row) => sum + forecastRowTotals(row).revenue, 0);
    const yearCells = years.length > 1 ? years.map(({ months: ofYear }) => qty(unitsOf((m) => ofYear.includes(m)))) : [];
    // Revenue by month is the month-by-month table's; here only its total, so the month columns stay as narrow as their units.
    return [
      {
        id: 'total',
        label: t('budgetEditor.grid.totals'),
        cells: [
          t('budgetEditor.grid.totals'),
          '',
          '',
          ...months.map((m) => qty(unitsOf((x) => x === m))),
          ...yearCells,
          qty(unitsOf(() => true)),
          plain(totalRevenue),
        ],
      },
    ];
  }, [rows, months, years, plain, locale, currency, t]);

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
