import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { budgetByMixChart, chartPalette, mixKeysShown, monthlySpendChart } from '../../../../shared/charts';
import type { BudgetLine } from '../../../../shared/domain';
import { monthForNewRow, type BudgetReport } from '../../../../shared/logic';
import { Chart, useChartContext, useChartTheme } from '../../components/chart';
import { EditableGrid, type CellValue, type GridColumn } from '../../components/grid';
import { formatMonth } from '../../components/grid/cell-values';
import { useLocale } from '../../hooks/use-locale';
import { percentText, useMoney } from './format';
import { useMixOptions } from './options';
import { monthCell } from './month-cell';
import { newBudgetLine } from './rows';
import { PartSection } from '../part-section';
import { useStable } from './use-stable';
import { useCollectionEditor } from '../../state/use-collection-editor';
import { SheetImportButton } from '../../components/sheet-import/sheet-import-button';

type SpendProps = {
  rows: readonly BudgetLine[];
  months: readonly string[];
  report: BudgetReport | null;
  currency: string;
  readOnly: boolean;
};

/** Marketing spend (营销费用): the manual lines, the spend by mix element and by month. */
export const SpendSection = memo(function SpendSection({ rows, months, report, currency, readOnly }: SpendProps) {
  const editor = useCollectionEditor('budgetLines');
  const { t } = useTranslation();
  const locale = useLocale();
  const mix = useMixOptions();
  const inPlan = useMemo(() => new Set(months), [months]);
  const columns = useMemo<GridColumn<BudgetLine>[]>(
    () => [
      { id: 'label', header: t('budgetEditor.lines.columns.label'), type: 'text', width: 240 },
      {
        id: 'month',
        header: t('budgetEditor.lines.columns.month'),
        type: 'month',
        nullable: false,
        width: 130,
        render: monthCell(inPlan, locale, t('budgetEditor.monthly.outside')),
      },
      {
        id: 'amount',
        header: t('budgetEditor.lines.columns.amount'),
        type: 'money',
        width: 150,
        set: (row, v: CellValue) => ({ ...row, amount: typeof v === 'number' ? v : 0 }),
      },
      { id: 'mixElement', header: t('budgetEditor.lines.columns.mixElement'), type: 'select', options: mix, width: 150 },
    ],
    [t, mix, inPlan, locale],
  );
  const newRow = useCallback(() => newBudgetLine(monthForNewRow(rows, months, 0)), [rows, months]);
  const rowName = useCallback((row: BudgetLine) => [row.label, formatMonth(row.month, locale)].filter(Boolean).join(' · '), [locale]);

  return (
    <PartSection title={t('budgetEditor.sections.spend')} lead={t('budgetEditor.sections.spendLead')}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('budgetEditor.lines.table')}
        description={t('budgetEditor.lines.description')}
        newRow={newRow}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly}
      />
      {readOnly ? null : (
        <div className="part-section__tools">
          <SheetImportButton table="budget-lines" />
        </div>
      )}
      {report && report.totals.marketing !== 0 ? <SpendFigures report={report} currency={currency} /> : null}
    </PartSection>
  );
});

function SpendFigures({ report, currency }: { report: BudgetReport; currency: string }) {
  const { t } = useTranslation();
  const ctx = useChartContext(currency);
  // Each chart is rebuilt only when what it draws changes, not with every figure of the report.
  const mixDrawn = useStable(report.spendByMix);
  const monthlyDrawn = useStable({ months: report.months, spend: report.spendByMonthAndMix });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the report's parts that this chart draws, not on the report object, so typing elsewhere does not redraw it
  const byMix = useMemo(() => budgetByMixChart(report, ctx), [mixDrawn, ctx]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the report's parts that this chart draws, not on the report object, so typing elsewhere does not redraw it
  const monthly = useMemo(() => monthlySpendChart(report, ctx), [monthlyDrawn, ctx]);
  return (
    <>
      <div className="budget-mix">
        <MixTable report={report} />
        <figure className="budget-chart">
          <figcaption className="budget-chart__title">{t('budgetEditor.byMix.chart')}</figcaption>
          <Chart option={byMix} label={t('budgetEditor.byMix.chart')} height={200} />
        </figure>
      </div>
      <figure className="budget-chart">
        <figcaption className="budget-chart__title">{t('budgetEditor.monthlyChart')}</figcaption>
        <Chart option={monthly} label={t('budgetEditor.monthlyChart')} height={260} />
      </figure>
    </>
  );
}

function MixTable({ report }: { report: BudgetReport }) {
  const { t } = useTranslation();
  const { money, locale } = useMoney(report.currency);
  // The swatches take the charts' own mix colours, so the table is the chart's legend.
  const palette = chartPalette(useChartTheme());
  const keys = mixKeysShown(report.spendByMix.unassigned !== 0);
  const total = report.totals.marketing;
  return (
    <table className="budget-table budget-table--mix">
      <caption className="budget-table__caption">{t('budgetEditor.byMix.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budgetEditor.byMix.element')}</th>
          <th scope="col" className="num">
            {t('budgetEditor.byMix.amount')}
          </th>
          <th scope="col" className="num">
            {t('budgetEditor.byMix.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key} data-mix={key}>
            <th scope="row">
              <span className="budget-swatch" style={{ background: palette.mix[key] }} aria-hidden="true" />
              {t(`budgetEditor.mix.${key}`)}
            </th>
            <td className="num">{money(report.spendByMix[key])}</td>
            <td className="num budget-muted">{total === 0 ? '—' : percentText((report.spendByMix[key] / total) * 100, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('budgetEditor.byMix.total')}</th>
          <td className="num">{money(total)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
