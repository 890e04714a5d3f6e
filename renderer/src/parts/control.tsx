import { useCallback, useId, useMemo, useState } from 'react';
import '../styles/parts-control.css';
import { resolvedKpis } from '../../../shared/logic';
import { ActualsSection } from './control/actuals-section';
import { KindsSection } from './control/kinds-section';
import { KpisSection } from './control/kpis-section';
import { PlanVsActualSection } from './control/plan-vs-actual-section';
import { TrackingSection } from './control/tracking-section';
import { usePlanVsActual } from './control/use-plan-vs-actual';
import { PartPage } from './part-page';
import type { PartProps } from './types';

/**
 * Part 8, control (控制): the KPIs and their status, targets and actuals per period for the KPI
 * in view, plan versus actual (its dashboard, then the grids of actual sales and spend), and the
 * four kinds of control. Variances and statuses come from computeKpi and shared/logic/actuals.
 */
export function ControlPart({ plan, number, readOnly }: PartProps) {
  const { periodStart, periodEnd, currency } = plan.meta;
  const period = useMemo(() => ({ periodStart, periodEnd }), [periodStart, periodEnd]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A KPI linked to the forecast shows the forecast's targets (derived here, never stored).
  const { kpis, forecastLines } = plan.collections;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what the linked targets read, not on the whole plan
  const shown = useMemo(() => resolvedKpis(plan), [kpis, forecastLines, periodStart, periodEnd, currency]);
  const selectId = useId();
  const actuals = usePlanVsActual(plan);
  // "Show" in the overview brings the KPI into the period table and the focus to its select.
  const show = useCallback(
    (kpiId: string) => {
      setSelectedId(kpiId);
      window.requestAnimationFrame(() => {
        const select = document.getElementById(selectId);
        select?.scrollIntoView({ block: 'start', behavior: 'smooth' });
        select?.focus({ preventScroll: true });
      });
    },
    [selectId],
  );
  return (
    <PartPage part="control" plan={plan} number={number}>
      <KpisSection
        rows={plan.collections.kpis}
        shown={shown}
        objectives={plan.collections.objectives}
        currency={currency}
        readOnly={readOnly}
        onShow={show}
      />
      <TrackingSection
        kpis={shown}
        selectedId={selectedId}
        onSelect={setSelectedId}
        period={period}
        currency={currency}
        readOnly={readOnly}
        selectId={selectId}
      />
      {actuals ? (
        <>
          <PlanVsActualSection plan={plan} pva={actuals.pva} threshold={actuals.threshold} readOnly={readOnly} />
          <ActualsSection
            pva={actuals.pva}
            months={actuals.months}
            toDate={actuals.toDate}
            actions={plan.collections.actions}
            actionResults={plan.collections.actionResults}
            currency={currency}
            readOnly={readOnly}
          />
        </>
      ) : null}
      <KindsSection readOnly={readOnly} />
    </PartPage>
  );
}
