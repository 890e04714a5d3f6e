import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/actions';
import { MIX_ELEMENTS, type MixElement } from '../../../../shared/domain/strategy';
import type { GridOption } from '../../components/grid';

/** The Action enums with their labels in the UI's language, for selects, grid columns, sorting and search. */
export function useActionOptions() {
  const { t } = useTranslation();
  return useMemo(() => {
    const statusLabels = Object.fromEntries(ACTION_STATUSES.map((v) => [v, t(`actionsEditor.statuses.${v}`)])) as Record<ActionStatus, string>;
    const mixLabels = Object.fromEntries(MIX_ELEMENTS.map((v) => [v, t(`actionsEditor.mix.${v}`)])) as Record<MixElement, string>;
    const statuses: GridOption[] = ACTION_STATUSES.map((value) => ({ value, label: statusLabels[value] }));
    const mix: GridOption[] = MIX_ELEMENTS.map((value) => ({ value, label: mixLabels[value] }));
    return { statuses, mix, statusLabels, mixLabels };
  }, [t]);
}

export type ActionOptions = ReturnType<typeof useActionOptions>;
