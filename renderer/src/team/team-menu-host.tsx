import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../../../shared/i18n/types';
import { useTranslation } from '../i18n/use-translation';
import { getApi } from '../api';
import { exportTarget } from '../plan-files/plan-file-actions';
import { navigate, useRoute } from '../routing/use-route';
import { useStore } from '../state/store';
import { PublishDialog } from './publish-dialog';
import { teamConfigured, toastFailure } from './team-actions';
import { countSync } from './team-badges';

/**
 * File → Publish to Team… and File → Sync with Team (the desktop menu). Publish asks for the open
 * plan (from the library, the selected row's); with none, or with no team library set up yet,
 * both go to the Team view, where the connection is set up and the plans are listed.
 */
export function TeamMenuHost() {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const route = useRoute();
  const routeRef = useRef(route);
  routeRef.current = route;
  const [publishing, setPublishing] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    const sync = async () => {
      if (!(await teamConfigured())) return navigate({ name: 'team' });
      const result = await useStore.getState().syncTeam();
      if (!result.ok) return toastFailure(result.error, t);
      useStore.getState().showToast({
        message: t('team.sync.summary', countSync(result.value)),
        action: { label: t('team.sync.openTeam'), run: () => navigate({ name: 'team' }) },
      });
    };
    const publish = async () => {
      const planId = exportTarget(routeRef.current);
      if (!planId || !(await teamConfigured())) return navigate({ name: 'team' });
      const { plan, plans } = useStore.getState();
      const name = plan?.meta.id === planId ? plan.meta.name : (plans.find((p) => p.id === planId)?.name ?? '');
      setPublishing({ id: planId, name });
    };
    return getApi().onMenu((command) => {
      if (command === 'team-sync') void sync();
      else if (command === 'team-publish') void publish();
    });
  }, [t]);

  return publishing ? <PublishDialog plan={publishing} onClose={() => setPublishing(null)} /> : null;
}
