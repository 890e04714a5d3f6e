import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { HealthFinding } from '../../../shared/logic/health';
import { useLocale } from '../hooks/use-locale';
import { displayParams } from './display-params';

/** The message and the how-to-fix hint of a finding, in the UI's language. */
export function useFindingText(currency: string): (finding: HealthFinding) => { message: string; hint: string } {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (finding: HealthFinding) => {
      const params = displayParams(finding, currency, locale, (year, n) => t('charts.quarter', { year, n }));
      return { message: t(`health.checks.${finding.check}`, params), hint: t(`health.fix.${finding.check}`, params) };
    },
    [t, locale, currency],
  );
}
