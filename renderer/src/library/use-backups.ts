import { useCallback, useEffect, useState } from 'react';
import type { BackupsView } from '../../../shared/contracts/views';
import type { AppError } from '../../../shared/contracts/result';
import { getApi } from '../api';

/** The backups of the library, as the backend lists them; `reload` asks again. */
export function useBackups(): { view: BackupsView | null; error: AppError | null; reload: () => Promise<void> } {
  const [view, setView] = useState<BackupsView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const reload = useCallback(async () => {
    const result = await getApi().invoke('backups.list', {});
    if (result.ok) {
      setView(result.value);
      setError(null);
    } else setError(result.error);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { view, error, reload };
}
