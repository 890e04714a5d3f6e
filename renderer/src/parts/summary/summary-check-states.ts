import type { Plan } from '../../../../shared/domain';
import type { BudgetReport } from '../../../../shared/logic/budget';
import { topObjectives, type HealthFinding } from '../../../../shared/logic/health';

export type CheckState = 'met' | 'notMet' | 'none';

export type SummaryCheckStates = {
  /** Plan health says there is no summary yet. */
  empty: boolean;
  /** The objectives the summary must name (health's top objectives), each with its state. */
  objectives: { id: string; title: string; state: CheckState }[];
  objectivesState: CheckState;
  budgetState: CheckState;
};

/**
 * The summary page's indicators, read off plan health's own findings (shared/logic/health.ts)
 * for the same plan, never judged again here: an objective is not named exactly when health
 * reports it, and the budget is not stated exactly when health reports it, so the page and the
 * health panel cannot disagree. `budgetAmount` only tells "nothing to state yet" from "stated".
 */
export function summaryCheckStates(plan: Plan, findings: readonly HealthFinding[], budgetAmount: number | null): SummaryCheckStates {
  const own = findings.filter((f) => f.part === 'summary');
  const empty = own.some((f) => f.check === 'noSummary');
  const missing = new Set(own.filter((f) => f.check === 'summaryMissingObjective').map((f) => f.subject?.rowId));
  const objectives = topObjectives(plan).map((o) => ({
    id: o.id,
    title: o.title,
    state: (empty || missing.has(o.id) ? 'notMet' : 'met') as CheckState,
  }));
  const objectivesState: CheckState = objectives.length === 0 ? 'none' : objectives.every((o) => o.state === 'met') ? 'met' : 'notMet';
  const budgetMissing = own.some((f) => f.check === 'summaryMissingBudget');
  const budgetState: CheckState = budgetMissing ? 'notMet' : budgetAmount === null ? 'none' : empty ? 'notMet' : 'met';
  return { empty, objectives, objectivesState, budgetState };
}

/**
 * The total the budget check looks for, to show beside it: the granted marketing budget, else the
 * planned marketing spend (health's summaryMissingBudget accepts either); null when there is
 * neither or the budget is too large to add up.
 */
export function summaryBudgetAmount(report: BudgetReport | null): number | null {
  if (!report) return null;
  return [report.budget.granted, report.totals.marketing].find((a): a is number => a !== null && a !== 0) ?? null;
}
