import { useCallback, useMemo } from 'react';
import { SWOT_KINDS } from '../../../shared/domain/swot';
import { isMajorThreat } from '../../../shared/logic/health';
import { useStore } from '../state/store';
import { PartPage } from './part-page';
import { SwotBoard } from './swot/board';
import { rowsByGroup } from './swot/group-order';
import { useStableGroups } from './swot/use-stable-groups';
import { useEvidenceGroups } from './swot/options';
import { focusCardText } from './swot/row-edits';
import { newTowsStrategy } from './swot/rows';
import { TowsSection } from './swot/tows-section';
import type { PartProps } from './types';
import './swot/swot.css';

/** Part 3, threats and opportunities (威胁和机会): the SWOT board and the TOWS cross strategies that answer it. */
export function SwotPart({ plan, number, readOnly }: PartProps) {
  const { swotItems, towsStrategies } = plan.collections;
  const evidenceGroups = useEvidenceGroups(plan.collections);
  const byKind = useStableGroups(useMemo(() => rowsByGroup(swotItems, SWOT_KINDS, (i) => i.kind), [swotItems]));
  // A strategy still without text cannot be saved, so it answers nothing yet (as the plan's health sees it).
  const answered = useMemo(() => new Set(towsStrategies.filter((s) => s.strategy.trim() !== '').flatMap((s) => s.swotItemIds)), [towsStrategies]);
  const unanswered = useMemo(() => byKind.T.filter((i) => isMajorThreat(i) && !answered.has(i.id)), [byKind.T, answered]);

  /** A new ST strategy that pairs the threat, with the focus in its text. */
  const answer = useCallback((threatId: string) => {
    const strategy = newTowsStrategy('ST', '', [threatId]);
    useStore.getState().upsertRow('towsStrategies', strategy, { immediate: true });
    focusCardText(strategy.id);
  }, []);

  return (
    <PartPage part="swot" plan={plan} number={number}>
      <SwotBoard byKind={byKind} answered={answered} evidenceGroups={evidenceGroups} readOnly={readOnly} onAnswer={answer} />
      <TowsSection strategies={towsStrategies} byKind={byKind} unanswered={unanswered} readOnly={readOnly} onAnswer={answer} />
    </PartPage>
  );
}
