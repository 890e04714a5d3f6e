import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contracts/result';
import type { VersionInfo } from '../../../shared/contracts/views';
import { getApi } from '../api';
import { useVersionsUi } from './versions-store';

/** The open plan's versions, listed again after every write of one. */
export function useVersions(planId: string): { versions: VersionInfo[] | null; error: AppError | null } {
  const revision = useVersionsUi((s) => s.revision);
  const [state, setState] = useState<{ versions: VersionInfo[] | null; error: AppError | null }>({ versions: null, error: null });
  useEffect(() => {
    let live = true;
    void getApi()
      .invoke('versions.list', { planId })
      .then((result) => {
        if (live) setState(result.ok ? { versions: result.value, error: null } : { versions: null, error: result.error });
      });
    return () => {
      live = false;
    };
  }, [planId, revision]);
  return state;
}
