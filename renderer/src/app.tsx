import { useEffect, useState } from 'react';
import { useTranslation } from './i18n/use-translation';
import { getApi } from './api';
import { isTypingTarget } from './components/focusable';
import { ChevronRightIcon } from './components/icons';
import { ShortcutsDialog } from './components/shortcuts-dialog';
import { Toasts } from './components/toasts';
import { TopBar } from './components/top-bar';
import { resolveTheme, useTheme } from './hooks/use-theme';
import { changeLanguage, resolveLanguage } from './i18n/setup';
import { BackupsScreen } from './library/backups-screen';
import { LibraryScreen } from './library/library-screen';
import { TeamScreen } from './team/team-screen';
import { ClassBoardScreen } from './classes/class-board-screen';
import { PlanFilesHost } from './plan-files/plan-files-host';
import { ExportHost } from './export/export-host';
import { PresentHost } from './present/present-host';
import { routeHref } from './routing/route';
import { navigate, useRoute } from './routing/use-route';
import { flushPendingSaves } from './state/pending-saves';
import { useStore } from './state/store';
import { PlanWorkspace } from './workspace/plan-workspace';
import { useSyncOnConnect } from './team/use-sync-on-connect';
import { TeamMenuHost } from './team/team-menu-host';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const settings = useStore((s) => s.settings);
  const openPlan = useStore((s) => s.plan);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [newPlanRequest, setNewPlanRequest] = useState(0);

  useTheme(settings?.theme ?? 'system');
  useSyncOnConnect(t);

  useEffect(() => {
    void changeLanguage(resolveLanguage(settings?.language ?? null));
  }, [settings?.language]);

  // Closing the window or leaving the page sends every edit still waiting for its pause.
  useEffect(() => {
    const flush = () => flushPendingSaves();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushPendingSaves();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  // Commands from the native menu (Electron); browser mode never sends any.
  useEffect(
    () =>
      getApi().onMenu((command) => {
        if (command === 'new-plan') {
          navigate({ name: 'library' });
          setNewPlanRequest((n) => n + 1);
        } else if (command === 'toggle-theme') {
          const current = resolveTheme(useStore.getState().settings?.theme ?? 'system');
          void useStore.getState().updateSettings({ theme: current === 'dark' ? 'light' : 'dark' });
        }
      }),
    [],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F1' || (event.key === '?' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey)) {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        setShowShortcuts(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const planName = route.name === 'plan' && openPlan?.meta.id === route.planId ? openPlan.meta.name : null;

  // The window title names what is open, as desktop apps do.
  useEffect(() => {
    const appName = t('app.name');
    document.title = planName
      ? `${planName} — ${appName}`
      : route.name === 'trash'
        ? `${t('library.trashTitle')} — ${appName}`
        : route.name === 'backups'
          ? `${t('backups.title')} — ${appName}`
          : route.name === 'team'
            ? `${t('team.title')} — ${appName}`
            : route.name === 'class'
              ? `${t('classes.board')} — ${appName}`
              : appName;
  }, [planName, route.name, t]);
  const breadcrumb =
    route.name === 'plan' ? (
      <nav aria-label={t('workspace.breadcrumb')} className="breadcrumb">
        <a className="breadcrumb__link" href={routeHref({ name: 'library' })}>
          {t('workspace.backToLibrary')}
        </a>
        <ChevronRightIcon className="breadcrumb__separator" />
        <span className="breadcrumb__current" aria-current="page">
          {planName ?? '…'}
        </span>
      </nav>
    ) : null;

  return (
    <div className="app">
      <TopBar breadcrumb={breadcrumb} onShowShortcuts={() => setShowShortcuts(true)} />
      {route.name === 'plan' ? (
        <PlanWorkspace planId={route.planId} section={route.section} />
      ) : route.name === 'backups' ? (
        <BackupsScreen />
      ) : route.name === 'team' ? (
        <TeamScreen />
      ) : route.name === 'class' ? (
        <ClassBoardScreen classId={route.classId} />
      ) : (
        <LibraryScreen view={route.name === 'trash' ? 'trash' : 'plans'} newPlanRequest={newPlanRequest} />
      )}
      <Toasts />
      <PlanFilesHost />
      <ExportHost />
      <PresentHost />
      <TeamMenuHost />
      {showShortcuts ? <ShortcutsDialog onClose={() => setShowShortcuts(false)} /> : null}
    </div>
  );
}
