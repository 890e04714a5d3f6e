import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { EmptyState } from '../components/empty-state';
import { isTypingTarget } from '../components/focusable';
import { AlertIcon, ChevronLeftIcon, ChevronRightIcon, DocumentIcon, RestoreIcon } from '../components/icons';
import { PART_COMPONENTS } from '../parts';
import { ExportPlanFileButton } from '../plan-files/export-plan-file-button';
import { HandOutButton } from '../classes/hand-out-button';
import { TeamPlanButton } from '../team/team-plan-button';
import { ExportReportButton } from '../export/export-report-button';
import { PresentButton } from '../present/present-button';
import { routeHref } from '../routing/route';
import { navigate } from '../routing/use-route';
import { useStore } from '../state/store';
import { PartRail } from './part-rail';
import { CollapsedPanel } from './collapsed-panel';
import { useCollapsed } from './use-collapsed';
import { PlanDetailsEditor } from './plan-details-editor';
import { PlaybooksView } from './playbooks-view';
import { ProgressPanel } from './progress-panel';
import { neighbourSection, partNumber, type Section } from '../routing/sections';
import { VersionsButtons } from '../versions/versions-buttons';
import { VersionsHost } from '../versions/versions-host';
import { VersionViewer } from '../versions/version-viewer';
import { useVersionsUi } from '../versions/versions-store';

type PlanWorkspaceProps = { planId: string; section: Section };

export function PlanWorkspace({ planId, section }: PlanWorkspaceProps) {
  const { t } = useTranslation();
  const plan = useStore((s) => s.plan);
  const summary = useStore((s) => s.planSummary);
  const planState = useStore((s) => s.planState);
  const planError = useStore((s) => s.planError);
  const mainRef = useRef<HTMLElement>(null);
  const [railHidden, toggleRail] = useCollapsed('planwright.railHidden');
  const [panelHidden, togglePanel] = useCollapsed('planwright.panelHidden');
  const viewing = useVersionsUi((s) => s.viewing);

  // Another part opens at its top, however far down the last one was scrolled (Next, the rail,
  // Alt+↓ and Fix all change the section); before paint, so the old position never shows.
  useLayoutEffect(() => {
    mainRef.current?.scrollTo({ top: 0, left: 0 });
  }, [planId, section]);

  useEffect(() => {
    void useStore.getState().openPlan(planId);
  }, [planId]);
  useEffect(() => () => useStore.getState().closePlan(), []);

  // Alt+↑/↓ move between sections; Alt+← (or Esc outside a field) goes back to the library.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]') || event.defaultPrevented) return;
      if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        const next = neighbourSection(section, event.key === 'ArrowDown' ? 1 : -1);
        event.preventDefault();
        if (next) navigate({ name: 'plan', planId, section: next });
      } else if ((event.altKey && event.key === 'ArrowLeft') || (event.key === 'Escape' && !isTypingTarget(event.target))) {
        event.preventDefault();
        navigate({ name: 'library' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [planId, section]);

  const loaded = plan && plan.meta.id === planId ? plan : null;

  if (!loaded) {
    if (planState === 'not_found' || planState === 'error') {
      return (
        <main className="workspace workspace--message">
          <EmptyState
            icon={planState === 'not_found' ? <DocumentIcon size={28} /> : <AlertIcon size={28} />}
            title={planState === 'not_found' ? t('workspace.notFoundTitle') : t('workspace.loadFailed', { reason: planError?.message ?? '' })}
            body={t('workspace.notFoundBody')}
            action={
              <a className="button button--primary" href={routeHref({ name: 'library' })}>
                <ChevronLeftIcon />
                {t('library.backToPlans')}
              </a>
            }
          />
        </main>
      );
    }
    return (
      <main className="workspace workspace--message" aria-busy="true">
        <p className="loading-text">{t('workspace.loading')}</p>
      </main>
    );
  }

  const readOnly = loaded.meta.deletedAt !== null;
  const previous = neighbourSection(section, -1);
  const next = neighbourSection(section, 1);
  const sectionTitle = (s: Section) => (s === 'details' ? t('workspace.details') : t(`parts.${s}`));
  const Part = section === 'details' ? null : PART_COMPONENTS[section];

  return (
    <div className={`workspace${railHidden ? ' workspace--rail-hidden' : ''}${panelHidden ? ' workspace--panel-hidden' : ''}`}>
      <div className="workspace__rail" id="workspace-rail">
        <button
          type="button"
          className="icon-button workspace__toggle workspace__toggle--rail"
          aria-label={railHidden ? t('workspace.showRail') : t('workspace.hideRail')}
          title={railHidden ? t('workspace.showRail') : t('workspace.hideRail')}
          aria-expanded={!railHidden}
          aria-controls="workspace-rail"
          onClick={toggleRail}
        >
          {railHidden ? <ChevronRightIcon /> : <ChevronLeftIcon />}
        </button>
        {railHidden ? null : (
          <>
            <div className="rail-header">
              <p className="rail-header__name">{loaded.meta.name}</p>
              {loaded.meta.client ? <p className="rail-header__client">{loaded.meta.client}</p> : null}
              <ExportReportButton planId={planId} />
              <ExportPlanFileButton planId={planId} />
              <HandOutButton planId={planId} planName={loaded.meta.name} />
              {readOnly ? null : <TeamPlanButton planId={planId} planName={loaded.meta.name} />}
              <PresentButton planId={planId} />
              <VersionsButtons editable={!readOnly} />
            </div>
            <PartRail planId={planId} current={section} plan={loaded} />
          </>
        )}
      </div>
      <main ref={mainRef} className="workspace__main" aria-label={sectionTitle(section)}>
        <div className="workspace__content">
          {viewing && viewing.info.planId === planId ? <VersionViewer viewing={viewing} /> : null}
          {viewing && viewing.info.planId === planId ? null : readOnly ? (
            <div className="banner banner--warning" role="status">
              <AlertIcon />
              <span>{t('workspace.inTrash')}</span>
              <button type="button" className="button button--sm button--secondary" onClick={() => void useStore.getState().restorePlan(planId)}>
                <RestoreIcon />
                {t('workspace.restore')}
              </button>
            </div>
          ) : null}
          {viewing && viewing.info.planId === planId ? null : Part && section !== 'details' ? (
            <Part plan={loaded} number={partNumber(section)} readOnly={readOnly} />
          ) : (
            <>
              <PlanDetailsEditor key={planId} plan={loaded} readOnly={readOnly} />
              <PlaybooksView plan={loaded} readOnly={readOnly} />
              {/* Parts bring their own Previous/Next (parts/part-page.tsx); the plan details have this one. */}
              <nav className="pager" aria-label={t('workspace.pager')}>
                {previous ? (
                  <a className="pager__link" href={routeHref({ name: 'plan', planId, section: previous })}>
                    <ChevronLeftIcon />
                    <span>{sectionTitle(previous)}</span>
                  </a>
                ) : (
                  <span />
                )}
                {next ? (
                  <a className="pager__link pager__link--next" href={routeHref({ name: 'plan', planId, section: next })}>
                    <span>{sectionTitle(next)}</span>
                    <ChevronRightIcon />
                  </a>
                ) : null}
              </nav>
            </>
          )}
        </div>
      </main>
      <div className="workspace__panel" id="workspace-panel">
        <button
          type="button"
          className="icon-button workspace__toggle workspace__toggle--panel"
          aria-label={panelHidden ? t('workspace.showPanel') : t('workspace.hidePanel')}
          title={panelHidden ? t('workspace.showPanel') : t('workspace.hidePanel')}
          aria-expanded={!panelHidden}
          aria-controls="workspace-panel"
          onClick={togglePanel}
        >
          {panelHidden ? <ChevronLeftIcon /> : <ChevronRightIcon />}
        </button>
        {panelHidden ? <CollapsedPanel plan={loaded} onOpen={togglePanel} /> : <ProgressPanel plan={loaded} summary={summary} />}
      </div>
      <VersionsHost planId={planId} planName={loaded.meta.name} part={section === 'details' ? 'summary' : section} editable={!readOnly} />
    </div>
  );
}
