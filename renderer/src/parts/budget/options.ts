import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { MIX_ELEMENTS } from '../../../../shared/domain';
import type { GridOption } from '../../components/grid';

/** The four marketing-mix elements with their labels in the UI's language. */
export function useMixOptions(): GridOption[] {
  const { t } = useTranslation();
  return useMemo(() => MIX_ELEMENTS.map((value) => ({ value, label: t(`budgetEditor.mix.${value}`) })), [t]);
}
