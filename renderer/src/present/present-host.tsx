import { useEffect, useRef, useState } from 'react';
import { DEFAULT_BRAND_COLOR } from '../../../shared/report/options';
import { getApi } from '../api';
import { useTranslation } from '../i18n/use-translation';
import { useRoute } from '../routing/use-route';
import { useStore } from '../state/store';
import { Presentation } from './presentation';
import { usePresent } from './present-store';

/**
 * Present mode once per window: View → Present, F5 and the workspace's button start it for the
 * open plan, drawn from the plan the workspace holds (so it shows the last keystroke) in the
 * brand colour of the plan's report options.
 */
export function PresentHost() {
  const { t } = useTranslation();
  const route = useRoute();
  const routeRef = useRef(route);
  routeRef.current = route;
  const planId = usePresent((s) => s.planId);
  const plan = useStore((s) => s.plan);
  const [brand, setBrand] = useState<{ planId: string; color: string } | null>(null);

  useEffect(() => {
    const start = () => {
      const current = routeRef.current;
      const open = useStore.getState().plan;
      if (current.name === 'plan' && open?.meta.id === current.planId) usePresent.getState().start(current.planId);
      else useStore.getState().showToast({ message: t('present.noPlan') });
    };
    const unsubscribe = getApi().onMenu((command) => {
      if (command === 'present') start();
    });
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F5' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      // F5 reloads the page in a browser: on a plan it presents instead; elsewhere it stays a reload.
      if (routeRef.current.name !== 'plan' || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      start();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [t]);

  // The brand colour the plan's report uses; the default navy until it is read (or if it cannot be).
  useEffect(() => {
    if (!planId) return;
    let live = true;
    void getApi()
      .invoke('report.getOptions', { planId })
      .then((result) => {
        if (live) setBrand({ planId, color: result.ok ? result.value.brandColor : DEFAULT_BRAND_COLOR });
      });
    return () => {
      live = false;
    };
  }, [planId]);

  // Leaving the plan (Back, a link) ends its presentation.
  useEffect(() => {
    if (planId && (route.name !== 'plan' || route.planId !== planId)) usePresent.getState().stop();
  }, [planId, route]);

  if (!planId || !plan || plan.meta.id !== planId || brand?.planId !== planId) return null;
  return <Presentation key={planId} plan={plan} brandColor={brand.color} onLeave={() => usePresent.getState().stop()} />;
}
