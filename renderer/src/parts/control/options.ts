import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { CONTROL_KINDS, KPI_DIRECTIONS, PERIOD_KINDS } from '../../../../shared/domain';
import { KPI_STATUSES } from '../../../../shared/logic';
import type { GridOption } from '../../components/grid';

/** The Control enums with their labels in the UI's language, for selects and grid columns. */
export function useControlOptions() {
  const { t } = useTranslation();
  return useMemo(() => {
    const list = <K extends string>(values: readonly K[], label: (v: K) => string): GridOption[] =>
      values.map((value) => ({ value, label: label(value) }));
    return {
      periodKinds: list(PERIOD_KINDS, (v) => t(`controlEditor.periodKinds.${v}`)),
      directions: list(KPI_DIRECTIONS, (v) => t(`controlEditor.directions.${v}`)),
      controlKinds: list(CONTROL_KINDS, (v) => t(`controlEditor.kinds.${v}`)),
      statuses: list(KPI_STATUSES, (v) => t(`controlEditor.status.${v}`)),
    };
  }, [t]);
}
