import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { navigate } from '../routing/use-route';
import { useStore } from '../state/store';
import { countSync } from './team-badges';

/**
 * On connect, local changes go up and the team's come down (issue 17): once when the app starts
 * with a team library set up, in the background. It speaks only when it did something (a plan
 * sent or brought, a clash kept); an unreachable server is quiet, since working offline is normal.
 */
export function useSyncOnConnect(t: TFunction): void {
  useEffect(() => {
    let cancelled = false;
    void useStore
      .getState()
      .syncTeamOnConnect()
      .then(() => {
        const report = useStore.getState().teamConnectSync;
        if (cancelled || !report) return;
        const counts = countSync(report);
        if (counts.published + counts.pulled + counts.conflicts === 0) return;
        useStore.getState().showToast({
          message: t('team.sync.onConnect', { published: counts.published, pulled: counts.pulled, conflicts: counts.conflicts }),
          action: { label: t('team.sync.openTeam'), run: () => navigate({ name: 'team' }) },
        });
      });
    return () => {
      cancelled = true;
    };
    // Once a start: t changes with the language, which is no reason to sync again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
