import type { Plan } from '../../domain';
import { computeBudget, type BudgetReport } from '../budget';
import { applyScenario } from './apply';

/** The base case (id null) or one scenario, with its whole budget. */
export type ScenarioOutcome = { id: string | null; name: string; report: BudgetReport };

/** The base case and then every scenario in the plan's order, each through `computeBudget`. */
export function scenarioOutcomes(plan: Plan, baseName: string, base: BudgetReport = computeBudget(plan)): ScenarioOutcome[] {
  return [
    { id: null, name: baseName, report: base },
    ...plan.collections.scenarios.map((s) => ({ id: s.id, name: s.name, report: computeBudget(applyScenario(plan, s)) })),
  ];
}

/** The figures the side-by-side table shows, in its order. */
export const SCENARIO_FIGURES = [
  'units',
  'revenue',
  'cogs',
  'grossMargin',
  'marketing',
  'contribution',
  'fixedCosts',
  'profit',
  'breakEvenUnits',
  'breakEvenRevenue',
  'breakEvenMonth',
] as const;
export type ScenarioFigure = (typeof SCENARIO_FIGURES)[number];

/** What kind of value a figure is, so each writer formats it (money in minor units, units, a month). */
export const SCENARIO_FIGURE_KIND: Record<ScenarioFigure, 'money' | 'units' | 'month'> = {
  units: 'units',
  revenue: 'money',
  cogs: 'money',
  grossMargin: 'money',
  marketing: 'money',
  contribution: 'money',
  fixedCosts: 'money',
  profit: 'money',
  breakEvenUnits: 'units',
  breakEvenRevenue: 'money',
  breakEvenMonth: 'month',
};

/** One figure of one outcome: a number (money in minor units, units), a month `YYYY-MM`, or null (none). */
export function scenarioFigure(report: BudgetReport, figure: ScenarioFigure): number | string | null {
  switch (figure) {
    case 'breakEvenUnits':
      return report.breakEven.units;
    case 'breakEvenRevenue':
      return report.breakEven.revenue;
    case 'breakEvenMonth':
      return report.breakEven.month;
    default:
      return report.totals[figure];
  }
}

/** A scenario's money figure minus the base case's, exact in minor units; null where either has none. */
export function scenarioDelta(base: BudgetReport, report: BudgetReport, figure: ScenarioFigure): number | null {
  if (SCENARIO_FIGURE_KIND[figure] !== 'money') return null;
  const a = scenarioFigure(base, figure);
  const b = scenarioFigure(report, figure);
  return typeof a === 'number' && typeof b === 'number' ? b - a : null;
}
