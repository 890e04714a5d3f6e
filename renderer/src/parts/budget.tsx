import { useMemo } from 'react';
import { planMonths } from '../../../shared/logic';
import '../styles/parts-budget.css';
import { ForecastSection } from './budget/forecast-section';
import { MoneyOverTimeSection } from './budget/money-over-time-section';
import { MonthlySection } from './budget/monthly-section';
import { ResultSection } from './budget/result-section';
import { ScenariosSection } from './budget/scenarios-section';
import { SpendSection } from './budget/spend-section';
import { useBudgetReport } from './budget/use-budget-report';
import { PartPage } from './part-page';
import type { PartProps } from './types';

/**
 * Part 7, the budget (预算): the projected result on top, then what it is made of (the revenue
 * forecast and the marketing spend), then the month-by-month table. Every figure comes from
 * computeBudget; nothing derived is stored.
 */
export function BudgetPart({ plan, number, readOnly }: PartProps) {
  const { report } = useBudgetReport(plan);
  const { periodStart, periodEnd, currency, id } = plan.meta;
  const period = useMemo(() => ({ periodStart, periodEnd }), [periodStart, periodEnd]);
  const months = useMemo(() => planMonths(period), [period]);
  return (
    <PartPage part="budget" plan={plan} number={number}>
      <ResultSection report={report} currency={currency} planId={id} readOnly={readOnly} />
      <ForecastSection
        rows={plan.collections.forecastLines}
        products={plan.collections.products}
        months={months}
        period={period}
        report={report}
        currency={currency}
        readOnly={readOnly}
      />
      <SpendSection rows={plan.collections.budgetLines} months={months} report={report} currency={currency} readOnly={readOnly} />
      {report ? <MoneyOverTimeSection report={report} /> : null}
      {report ? <MonthlySection report={report} months={months} /> : null}
      <ScenariosSection plan={plan} report={report} readOnly={readOnly} />
    </PartPage>
  );
}
