import type { ComponentType } from 'react';
import type { PartKey } from '../../../shared/domain/parts';
import { SummaryPart } from './summary';
import { SituationPart } from './situation';
import { SwotPart } from './swot';
import { ObjectivesPart } from './objectives';
import { StrategyPart } from './strategy';
import { ActionsPart } from './actions';
import { BudgetPart } from './budget';
import { ControlPart } from './control';
import type { PartProps } from './types';

/** One component per part, each in its own file, so a part's editor can grow without touching the others. */
export const PART_COMPONENTS: Record<PartKey, ComponentType<PartProps>> = {
  summary: SummaryPart,
  situation: SituationPart,
  swot: SwotPart,
  objectives: ObjectivesPart,
  strategy: StrategyPart,
  actions: ActionsPart,
  budget: BudgetPart,
  control: ControlPart,
};
