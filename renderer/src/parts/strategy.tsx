import { useMemo } from 'react';
import type { Plan } from '../../../shared/domain';
import type { MixElement } from '../../../shared/domain/strategy';
import { BudgetOverflowError } from '../../../shared/logic/budget';
import { cachedBudget } from '../state/budget-cache';
import { partCompleteness } from '../../../shared/logic/completeness';
import { PartPage } from './part-page';
import { CompetitiveSection } from './strategy/competitive-section';
import { DifferentiationSection } from './strategy/differentiation-section';
import { useStrategyFindings, useTargets } from './strategy/findings';
import { MixSection } from './strategy/mix-section';
import { PositioningSection } from './strategy/positioning-section';
import { TargetingSection } from './strategy/targeting-section';
import type { PartProps } from './types';
import './strategy/strategy.css';

/** Part 5, the marketing strategy (市场营销战略): targeting, positioning, differentiation, competitive strategy and the 4P. */
export function StrategyPart({ plan, number, readOnly }: PartProps) {
  const { meta, collections } = plan;
  const targets = useTargets(plan);
  const findings = useStrategyFindings(plan);
  const done = useMixDone(plan);
  const promotionSpend = usePromotionSpend(plan);
  return (
    <PartPage part="strategy" plan={plan} number={number}>
      <TargetingSection
        planId={meta.id}
        segments={collections.segments}
        scores={collections.segmentScores}
        currency={meta.currency}
        readOnly={readOnly}
      />
      <PositioningSection targets={targets} warnings={findings.positioning} language={meta.language} readOnly={readOnly} />
      <DifferentiationSection readOnly={readOnly} />
      <CompetitiveSection planId={meta.id} position={plan.fields.situation.ourPosition} readOnly={readOnly} />
      <MixSection
        currency={meta.currency}
        language={meta.language}
        products={collections.products}
        targets={targets}
        promotionWarnings={findings.promotion}
        promotionSpend={promotionSpend}
        done={done}
        readOnly={readOnly}
      />
    </PartPage>
  );
}

/** Which of the 4P are done by the part's completeness; a new object only when an answer changes. */
function useMixDone(plan: Plan): Record<MixElement, boolean> {
  const items = partCompleteness(plan, 'strategy').items;
  const is = (key: MixElement) => items.find((i) => i.key === key)?.done ?? false;
  const [product, price, place, promotion] = [is('product'), is('price'), is('place'), is('promotion')];
  return useMemo(() => ({ product, price, place, promotion }), [product, price, place, promotion]);
}

/**
 * The spend the budget rolls up for the promotion mix, for the promotion budget's hint. The
 * budget reads neither the strategy nor the summary, so typing here never recomputes it.
 */
function usePromotionSpend(plan: Plan): number | null {
  const { meta, collections } = plan;
  const budgetFields = plan.fields.budget;
  // Not `meta` itself: every save stamps a new updatedAt on it.
  return useMemo(() => {
    try {
      const spend = cachedBudget(plan).spendByMix.promotion;
      return spend === 0 ? null : spend;
    } catch (error) {
      if (error instanceof BudgetOverflowError) return null;
      throw error;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the parts of the plan this reads, not on the whole plan, so typing elsewhere does not rerun it
  }, [meta.currency, meta.periodStart, meta.periodEnd, collections, budgetFields]);
}
