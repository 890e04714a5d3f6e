import { memo, useMemo } from 'react';
import { moneyOverTimeChart } from '../../../../shared/charts';
import { moneyOverTime, type BudgetReport } from '../../../../shared/logic';
import { Chart, useChartContext } from '../../components/chart';
import { formatMonth } from '../../components/grid/cell-values';
import { useTranslation } from '../../i18n/use-translation';
import { PartSection } from '../part-section';
import { useMoney } from './format';
import { useStable } from './use-stable';

const COLUMNS = ['revenue', 'cogs', 'marketing', 'contribution'] as const;

/**
 * Money over time: the running totals of revenue, cost of sales, marketing and contribution, the
 * chart a manager asks for first, and the month the plan breaks even (or that it does not within
 * the period). Every figure is the budget report's, cumulated by `moneyOverTime`.
 */
export const MoneyOverTimeSection = memo(function MoneyOverTimeSection({ report }: { report: BudgetReport }) {
  const { t } = useTranslation();
  const { plain, money, locale } = useMoney(report.currency);
  const ctx = useChartContext(report.currency);
  const { months, revenue, cogs, marketing, contribution, totals, breakEven } = report;
  const drawn = useStable({
    months,
    revenue,
    cogs,
    marketing,
    contribution,
    undated: totals.undatedActionsSpend,
    fixed: totals.fixedCosts,
    month: breakEven.month,
  });
  const data = useMemo(() => moneyOverTime(report), [drawn]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed on what is cumulated, not on the report object
  const option = useMemo(() => moneyOverTimeChart(report, ctx), [drawn, ctx]); // eslint-disable-line react-hooks/exhaustive-deps -- as above
  const last = data.months[data.months.length - 1];
  const statement =
    totals.revenue === 0 || !last
      ? t('budgetEditor.money.noRevenue')
      : data.breakEvenMonth
        ? t('budgetEditor.money.breakEven', { month: formatMonth(data.breakEvenMonth, locale), fixed: money(data.fixedCosts) })
        : t('budgetEditor.money.notReached', {
            month: formatMonth(last.month, locale),
            contribution: money(last.cumulative.contribution),
            fixed: money(data.fixedCosts),
          });

  return (
    <PartSection title={t('budgetEditor.money.title')} lead={t('budgetEditor.money.lead')}>
      <p className="money-time__statement" data-break-even={data.breakEvenMonth ?? 'none'}>
        {statement}
      </p>
      {data.months.length > 0 ? (
        <figure className="budget-chart">
          <figcaption className="budget-chart__title">{t('budgetEditor.money.chart')}</figcaption>
          <Chart option={option} label={t('budgetEditor.money.chart')} height={280} />
        </figure>
      ) : null}
      <div className="budget-table__scroll">
        <table className="budget-table budget-table--monthly money-time__table">
          <caption className="budget-table__caption">
            {t('budgetEditor.money.caption')}
            <span className="budget-table__unit">{t('budgetEditor.monthly.amountsIn', { currency: report.currency })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('budgetEditor.money.month')}</th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="num">
                  {t(`budgetEditor.money.${column}`)}
                </th>
              ))}
              <th scope="col" className="num budget-table__strong">
                {t('budgetEditor.money.position')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((m) => (
              <tr key={m.month} data-month={m.month} className={m.month === data.breakEvenMonth ? 'money-time__break-even' : undefined}>
                <th scope="row">
                  {formatMonth(m.month, locale)}
                  {m.month === data.breakEvenMonth ? <span className="budget-table__flag">{t('budgetEditor.money.breakEvenFlag')}</span> : null}
                </th>
                {COLUMNS.map((column) => (
                  <td key={column} className={`num${m.cumulative[column] < 0 ? ' budget-negative' : ''}`}>
                    {plain(m.cumulative[column])}
                  </td>
                ))}
                <td className={`num${m.position < 0 ? ' budget-negative' : ''}`}>{plain(m.position)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.undatedSpend !== 0 ? (
        <p className="budget-card__footnote">{t('budgetEditor.money.undated', { amount: money(data.undatedSpend) })}</p>
      ) : null}
    </PartSection>
  );
});
