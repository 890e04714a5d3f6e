import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { BudgetReport } from '../../../../shared/logic';
import { formatMonth } from '../../components/grid/cell-values';
import { useMoney } from './format';
import { PartSection } from '../part-section';

type MonthlyProps = { report: BudgetReport; months: readonly string[] };

const COLUMNS = ['revenue', 'cogs', 'grossMargin', 'actionsSpend', 'manualSpend', 'marketing', 'contribution'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The budget month by month, months as rows (a plan's twelve months read down, like a ledger,
 * and the seven figures fit across). An action without dates belongs to no month: its spend
 * has a row of its own, so the columns add up to the totals below.
 */
export const MonthlySection = memo(function MonthlySection({ report, months }: MonthlyProps) {
  const { t } = useTranslation();
  const { plain, locale } = useMoney(report.currency);
  const inPlan = useMemo(() => new Set(months), [months]);
  const { totals } = report;
  const undated = totals.undatedActionsSpend;
  const total: Record<Column, number> = {
    revenue: totals.revenue,
    cogs: totals.cogs,
    grossMargin: totals.grossMargin,
    actionsSpend: totals.actionsSpend,
    manualSpend: totals.manualSpend,
    marketing: totals.marketing,
    contribution: totals.contribution,
  };
  const cell = (column: Column, value: number) => (
    <td
      key={column}
      className={`num${value < 0 && (column === 'contribution' || column === 'grossMargin') ? ' budget-negative' : ''}${value === 0 ? ' budget-zero' : ''}`}
    >
      {plain(value)}
    </td>
  );

  return (
    <PartSection title={t('budgetEditor.sections.monthly')} lead={t('budgetEditor.sections.monthlyLead')}>
      <div className="budget-table__scroll">
        <table className="budget-table budget-table--monthly">
          <caption className="budget-table__caption">
            {t('budgetEditor.monthly.caption')}
            <span className="budget-table__unit">{t('budgetEditor.monthly.amountsIn', { currency: report.currency })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('budgetEditor.monthly.month')}</th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className={`num${column === 'marketing' || column === 'contribution' ? ' budget-table__strong' : ''}`}>
                  {t(`budgetEditor.monthly.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.months.map((month) => (
              <tr key={month} data-month={month}>
                <th scope="row">
                  {formatMonth(month, locale)}
                  {inPlan.has(month) ? null : <span className="budget-table__flag">{t('budgetEditor.monthly.outside')}</span>}
                </th>
                {COLUMNS.map((column) => cell(column, report[column][month] ?? 0))}
              </tr>
            ))}
            {undated !== 0 ? (
              <tr data-month="undated" className="budget-table__undated">
                <th scope="row">{t('budgetEditor.monthly.undated')}</th>
                {COLUMNS.map((column) =>
                  cell(column, column === 'actionsSpend' || column === 'marketing' ? undated : column === 'contribution' ? -undated : 0),
                )}
              </tr>
            ) : null}
          </tbody>
          <tfoot>
            <tr data-month="total">
              <th scope="row">{t('budgetEditor.monthly.total')}</th>
              {COLUMNS.map((column) => cell(column, total[column]))}
            </tr>
          </tfoot>
        </table>
      </div>
    </PartSection>
  );
});
