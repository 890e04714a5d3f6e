import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { CHANNEL_DESIGNS, MEDIA, PRICING_METHODS } from '../../../../shared/domain/strategy';
import type { SelectOption } from '../../components/form';

/** The Strategy enums with their labels in the UI's language, for selects and checkbox groups. */
export function useStrategyOptions() {
  const { t } = useTranslation();
  return useMemo(() => {
    const list = <K extends string>(values: readonly K[], label: (v: K) => string): SelectOption[] =>
      values.map((value) => ({ value, label: label(value) }));
    return {
      methods: list(PRICING_METHODS, (v) => t(`strategyEditor.price.methods.${v}`)),
      designs: list(CHANNEL_DESIGNS, (v) => t(`strategyEditor.place.designs.${v}`)),
      media: list(MEDIA, (v) => t(`strategyEditor.promotion.mediaOptions.${v}`)),
    };
  }, [t]);
}
