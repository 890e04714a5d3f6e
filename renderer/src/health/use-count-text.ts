import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { HealthCounts } from './plan-health-cache';

/** "2 problems", "1 warning", and both together, for counts shown as figures and read aloud in words. */
export function useCountText(): (counts: HealthCounts) => { problems: string; warnings: string; both: string } {
  const { t } = useTranslation();
  return useCallback(
    ({ problems, warnings }: HealthCounts) => {
      const p = t('health.problemCount', { count: problems });
      const w = t('health.warningCount', { count: warnings });
      return { problems: p, warnings: w, both: t('health.counts', { problems: p, warnings: w }) };
    },
    [t],
  );
}
