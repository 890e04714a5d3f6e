import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { revenueForecastChart } from '../../../../shared/charts';
import type { ForecastLine, Product } from '../../../../shared/domain';
import { forecastLineRevenue, monthForNewRow, type BudgetReport } from '../../../../shared/logic';
import { Chart, useChartContext } from '../../components/chart';
import { SparklesIcon } from '../../components/editor-icons';
import { EditableGrid, type CellValue, type GridColumn } from '../../components/grid';
import { formatMonth } from '../../components/grid/cell-values';
import { FillMonthsDialog } from './fill-months-dialog';
import { ForecastGrid } from './forecast-grid';
import { useMoney } from './format';
import { monthCell } from './month-cell';
import { newForecastLine } from './rows';
import { PartSection } from '../part-section';
import { useStable } from './use-stable';
import { useCollectionEditor } from '../../state/use-collection-editor';
import { SheetImportButton } from '../../components/sheet-import/sheet-import-button';

type ForecastProps = {
  rows: readonly ForecastLine[];
  products: readonly Product[];
  months: readonly string[];
  period: { periodStart: string; periodEnd: string };
  report: BudgetReport | null;
  currency: string;
  readOnly: boolean;
};

const wholeOrZero = (value: CellValue) => (typeof value === 'number' ? value : 0);

/**
 * The revenue forecast (收入预测): the grid of products × months on top; the same lines one per
 * row below it, folded (for free labels, months outside the period, and a line-by-line check); the
 * revenue chart.
 */
export const ForecastSection = memo(function ForecastSection({ rows, products, months, period, report, currency, readOnly }: ForecastProps) {
  const editor = useCollectionEditor('forecastLines');
  const { t } = useTranslation();
  const { plain, locale } = useMoney(currency);
  const [filling, setFilling] = useState(false);
  const [notice, setNotice] = useState('');
  const [linesOpen, setLinesOpen] = useState(false);

  const productOptions = useMemo(() => products.filter((p) => p.name.trim() !== '').map((p) => ({ value: p.id, label: p.name })), [products]);
  const inPlan = useMemo(() => new Set(months), [months]);
  const columns = useMemo<GridColumn<ForecastLine>[]>(
    () => [
      { id: 'productId', header: t('budgetEditor.forecast.columns.product'), type: 'link', options: productOptions, width: 130 },
      { id: 'label', header: t('budgetEditor.forecast.columns.label'), type: 'text', width: 88 },
      {
        id: 'month',
        header: t('budgetEditor.forecast.columns.month'),
        type: 'month',
        nullable: false,
        width: 90,
        render: monthCell(inPlan, locale, t('budgetEditor.monthly.outside')),
      },
      {
        id: 'units',
        header: t('budgetEditor.forecast.columns.units'),
        type: 'quantity',
        unit: t('budgetEditor.forecast.unitsPeriod'),
        width: 72,
        set: (row, v) => ({ ...row, units: wholeOrZero(v) }),
      },
      {
        id: 'unitPrice',
        header: t('budgetEditor.forecast.columns.unitPrice'),
        type: 'money',
        width: 88,
        set: (row, v) => ({ ...row, unitPrice: wholeOrZero(v) }),
      },
      {
        id: 'unitCost',
        header: t('budgetEditor.forecast.columns.unitCost'),
        type: 'money',
        width: 104,
        set: (row, v) => ({ ...row, unitCost: wholeOrZero(v) }),
      },
      {
        id: 'revenue',
        header: t('budgetEditor.forecast.columns.revenue'),
        type: 'money',
        readOnly: true,
        width: 104,
        get: (row) => forecastLineRevenue(row),
        render: (value) => (typeof value === 'number' ? plain(value) : t('budgetEditor.forecast.revenueTooLarge')),
      },
    ],
    [t, productOptions, plain, inPlan, locale],
  );

  const newRow = useCallback(() => newForecastLine(monthForNewRow(rows, months, 1)), [rows, months]);
  const rowName = useCallback(
    (row: ForecastLine) => {
      const name = (row.productId ? products.find((p) => p.id === row.productId)?.name : undefined) ?? row.label;
      return [name, formatMonth(row.month, locale)].filter(Boolean).join(' · ');
    },
    [products, locale],
  );

  // Kept as one element so the memoized grid does not re-render when only the report changes.
  const fillButton = useMemo(
    () =>
      readOnly ? null : (
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => setFilling(true)}
          title={t('budgetEditor.fill.buttonHint')}
        >
          <SparklesIcon />
          {t('budgetEditor.fill.button', { count: months.length })}
        </button>
      ),
    [readOnly, t, months.length],
  );

  return (
    <PartSection title={t('budgetEditor.sections.forecast')} lead={t('budgetEditor.sections.forecastLead')}>
      <ForecastGrid lines={rows} products={products} period={period} currency={currency} readOnly={readOnly} />
      <details className="forecast-lines" open={linesOpen} onToggle={(e) => setLinesOpen(e.currentTarget.open)}>
        <summary>{t('budgetEditor.grid.asLines', { count: rows.length })}</summary>
        {linesOpen ? (
          <EditableGrid
            editor={editor}
            rows={rows}
            columns={columns}
            label={t('budgetEditor.forecast.table')}
            description={t('budgetEditor.forecast.description')}
            newRow={newRow}
            rowName={rowName}
            currency={currency}
            readOnly={readOnly}
            toolbar={rows.length > 0 ? fillButton : null}
            emptyAction={fillButton}
          />
        ) : null}
      </details>
      {readOnly ? null : (
        <div className="part-section__tools">
          <SheetImportButton table="forecast" />
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {report && rows.length > 0 ? <RevenueChart report={report} currency={currency} /> : null}
      {filling ? (
        <FillMonthsDialog
          months={months}
          products={products}
          currency={currency}
          onClose={() => setFilling(false)}
          onDone={(count) => {
            setFilling(false);
            setNotice(t('budgetEditor.fill.added', { count }));
          }}
        />
      ) : null}
    </PartSection>
  );
});

function RevenueChart({ report, currency }: { report: BudgetReport; currency: string }) {
  const { t } = useTranslation();
  const ctx = useChartContext(currency);
  // Only what the chart draws: a change of fixed costs or of the budget granted leaves it alone.
  const { months, revenue, cogs, grossMargin, contribution, totals } = report;
  const drawn = useStable({ months, revenue, cogs, grossMargin, contribution, totals: [totals.revenue, totals.grossMargin, totals.contribution] });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the report's parts that this chart draws, not on the report object, so typing elsewhere does not redraw it
  const option = useMemo(() => revenueForecastChart(report, ctx), [drawn, ctx]);
  return (
    <figure className="budget-chart">
      <figcaption className="budget-chart__title">{t('budgetEditor.forecast.chart')}</figcaption>
      <Chart option={option} label={t('budgetEditor.forecast.chart')} height={260} />
    </figure>
  );
}
