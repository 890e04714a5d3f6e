import type { Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import { BudgetOverflowError, type BudgetReport } from '../logic/budget';
import { SCENARIO_FIGURE_KIND, SCENARIO_FIGURES, scenarioFigure, scenarioOutcomes, type ScenarioOutcome } from '../logic/scenarios';
import type { SheetCellKind, SheetTable } from './plan-tables';

/**
 * The base case and each scenario, one row each, with the figures of its budget as columns (so each
 * column holds one kind of value: money in minor units, units, a month). A plan without scenarios
 * has the base case alone.
 */
export function scenarioTable(plan: Plan, base: BudgetReport, t: Translate): Omit<SheetTable, 'name'> {
  const kind: Record<(typeof SCENARIO_FIGURE_KIND)[keyof typeof SCENARIO_FIGURE_KIND], SheetCellKind> = {
    money: 'money',
    units: 'number',
    month: 'month',
  };
  const header = (figure: (typeof SCENARIO_FIGURES)[number]) => {
    const label = t(`scenarios.compare.figures.${figure}`);
    return SCENARIO_FIGURE_KIND[figure] === 'money' ? t('report.sheets.withCurrency', { label, currency: plan.meta.currency }) : label;
  };
  return {
    id: 'scenarios',
    columns: [
      { key: 'scenario', header: t('scenarios.columns.name'), kind: 'text', width: 30 },
      ...SCENARIO_FIGURES.map((figure) => ({ key: figure, header: header(figure), kind: kind[SCENARIO_FIGURE_KIND[figure]], width: 16 })),
      { key: 'id', header: t('report.sheets.id'), kind: 'text', width: 12 },
    ],
    rows: outcomesOrBase(plan, base, t('scenarios.compare.base')).map((o) => [
      o.name,
      ...SCENARIO_FIGURES.map((figure) => scenarioFigure(o.report, figure)),
      o.id ?? '',
    ]),
    totalRows: 0,
  };
}

/** Every case, or the base case alone when a scenario's sums overflow (the app says so in the Budget part). */
function outcomesOrBase(plan: Plan, base: BudgetReport, baseName: string): ScenarioOutcome[] {
  try {
    return scenarioOutcomes(plan, baseName, base);
  } catch (error) {
    if (error instanceof BudgetOverflowError) return [{ id: null, name: baseName, report: base }];
    throw error;
  }
}
