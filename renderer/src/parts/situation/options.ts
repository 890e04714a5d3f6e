import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { CUSTOMER_TIERS, LIFE_CYCLE_STAGES, MACRO_FORCES, MARKET_POSITIONS, TRENDS } from '../../../../shared/domain/situation';
import type { GridOption } from '../../components/grid';

const EFFECTS = ['opportunity', 'threat', 'neutral'] as const;

/** The Situation enums with their labels in the UI's language, for selects and grid columns. */
export function useSituationOptions() {
  const { t } = useTranslation();
  return useMemo(() => {
    const list = <K extends string>(values: readonly K[], label: (v: K) => string): GridOption[] =>
      values.map((value) => ({ value, label: label(value) }));
    return {
      stages: list(LIFE_CYCLE_STAGES, (v) => t(`situation.lifeCycle.${v}`)),
      positions: list(MARKET_POSITIONS, (v) => t(`situation.positions.${v}`)),
      forces: list(MACRO_FORCES, (v) => t(`situation.forces.${v}`)),
      tiers: list(CUSTOMER_TIERS, (v) => t(`situation.tiers.${v}`)),
      trends: list(TRENDS, (v) => t(`situation.trends.${v}`)),
      effects: list(EFFECTS, (v) => t(`situation.effects.${v}`)),
    };
  }, [t]);
}
