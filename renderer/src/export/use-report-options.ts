import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contracts/result';
import type { ReportOptions } from '../../../shared/report/options';
import { getApi } from '../api';

export type LoadedOptions = { state: 'loading' } | { state: 'ready'; options: ReportOptions } | { state: 'error'; error: AppError };

/** The plan's remembered report options (or its defaults), as the backend holds them. */
export function useReportOptions(planId: string): { loaded: LoadedOptions; reload: () => void } {
  const [loaded, setLoaded] = useState<LoadedOptions>({ state: 'loading' });
  const load = useCallback(async () => {
    setLoaded({ state: 'loading' });
    const result = await getApi().invoke('report.getOptions', { planId });
    setLoaded(result.ok ? { state: 'ready', options: result.value } : { state: 'error', error: result.error });
  }, [planId]);
  useEffect(() => {
    void load();
  }, [load]);
  return { loaded, reload: () => void load() };
}
