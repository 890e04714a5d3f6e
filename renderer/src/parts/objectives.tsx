import { useBudgetReport } from './budget/use-budget-report';
import { IssuesSection } from './objectives/issues-section';
import { ObjectivesSection } from './objectives/objectives-section';
import { PartPage } from './part-page';
import type { PartProps } from './types';
import './objectives/objectives.css';

/** Part 4, objectives and issues (目标和问题): SMART objectives with their coverage, and the issues that may block them. */
export function ObjectivesPart({ plan, number, readOnly }: PartProps) {
  const { objectives, issues, actions, kpis } = plan.collections;
  const currency = plan.meta.currency;
  // The forecast's revenue and profit, shown beside the financial objectives' targets.
  const { report } = useBudgetReport(plan);
  return (
    <PartPage part="objectives" plan={plan} number={number}>
      <ObjectivesSection rows={objectives} actions={actions} kpis={kpis} report={report} currency={currency} readOnly={readOnly} />
      <IssuesSection rows={issues} objectives={objectives} currency={currency} readOnly={readOnly} />
    </PartPage>
  );
}
