import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { OBJECTIVE_KINDS, OBJECTIVE_METRICS } from '../../../../shared/domain/objectives';
import type { GridOption } from '../../components/grid';

/** The objective enums with their labels in the UI's language, for the grid's select columns. */
export function useObjectiveOptions() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kinds: OBJECTIVE_KINDS.map((value): GridOption => ({ value, label: t(`objectivesEditor.kinds.${value}`) })),
      metrics: OBJECTIVE_METRICS.map((value): GridOption => ({ value, label: t(`objectivesEditor.metrics.${value}`) })),
    }),
    [t],
  );
}
