import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LIMITS } from '../../../shared/domain/primitives';
import type { PlanSummary } from '../../../shared/contracts/views';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EmptyState } from '../components/empty-state';
import { isTypingTarget } from '../components/focusable';
import { AlertIcon, DocumentIcon, ImportFileIcon, PlusIcon, SearchIcon, TrashIcon } from '../components/icons';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { openImportPicker } from '../plan-files/import-picker';
import { exportPlanFile } from '../plan-files/plan-file-actions';
import { usePlanFiles } from '../plan-files/plan-files-store';
import { navigate } from '../routing/use-route';
import { useStore } from '../state/store';
import { NewPlanDialog } from './new-plan-dialog';
import { PlanTable } from './plan-table';
import type { RowActions } from './plan-row';
import { RenameDialog } from './rename-dialog';
import { SampleDialog } from './sample-dialog';
import { EmptyLibraryNotice } from './empty-library-notice';
import { LibraryTabs } from './library-tabs';
import { ClassFilter } from '../classes/class-filter';
import { AddToClassDialog } from '../classes/add-to-class-dialog';
import { removeFromClass } from '../classes/class-actions';
import { nextPlanSort, sortPlans } from './plan-sort';
import { PublishDialog } from '../team/publish-dialog';

const SEARCH_DEBOUNCE_MS = 150;

type Dialog =
  | { kind: 'new' }
  | { kind: 'sample' }
  | { kind: 'rename'; plan: PlanSummary }
  | { kind: 'delete'; plan: PlanSummary }
  | { kind: 'empty' }
  | { kind: 'addToClass'; plan: PlanSummary }
  | { kind: 'publish'; plan: PlanSummary }
  | null;

type LibraryScreenProps = { view: 'plans' | 'trash'; newPlanRequest: number };

export function LibraryScreen({ view, newPlanRequest }: LibraryScreenProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plans = useStore((s) => s.plans);
  const trashed = useStore((s) => s.trashed);
  const plansState = useStore((s) => s.plansState);
  const trashState = useStore((s) => s.trashState);
  const libraryError = useStore((s) => s.libraryError);
  const query = useStore((s) => s.query);
  const classFilter = useStore((s) => s.classFilter);
  const classes = useStore((s) => s.classes);
  const filteredClass = view === 'plans' ? (classes.find((c) => c.id === classFilter) ?? null) : null;
  const store = useStore.getState;
  const [search, setSearch] = useState(query);
  const [dialog, setDialog] = useState<Dialog>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const librarySort = useStore((s) => s.librarySort);
  const unsorted = view === 'plans' ? plans : trashed;
  // Sorted on the page: the backend lists by date, and 10,000 summaries sort in a few milliseconds.
  const list = useMemo(() => sortPlans(unsorted, librarySort, locale, view), [unsorted, librarySort, locale, view]);
  const state = view === 'plans' ? plansState : trashState;

  // Each view loads from the backend when shown; typing in the search box asks again, debounced.
  useEffect(() => {
    const timer = window.setTimeout(
      () => {
        if (view === 'plans') void store().loadPlans(search);
        else void store().loadTrash(search);
      },
      search === query ? 0 : SEARCH_DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, view]);

  // Which plans are linked to the team library: this computer's links, read without the server.
  useEffect(() => {
    if (view === 'plans') void store().loadTeamLinks();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  // The native menu's "New plan" (or any other trigger) bumps this counter.
  useEffect(() => {
    if (newPlanRequest > 0) setDialog({ kind: 'new' });
  }, [newPlanRequest]);

  // "/" jumps to the search box, as in most desktop and web apps.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTypingTarget(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const actions: RowActions = useMemo(
    () => ({
      open: (plan) => navigate({ name: 'plan', planId: plan.id, section: 'details' }),
      rename: (plan) => setDialog({ kind: 'rename', plan }),
      duplicate: async (plan) => {
        const suffix = t('library.copyName', { name: '' });
        const name = t('library.copyName', { name: plan.name.slice(0, LIMITS.shortText - suffix.length).trim() });
        const result = await useStore.getState().duplicatePlan(plan.id, name);
        if (result.ok) useStore.getState().showToast({ message: t('library.toastDuplicated', { name: result.value.name }) });
      },
      trash: async (plan) => {
        const result = await useStore.getState().trashPlan(plan.id);
        if (!result.ok) return;
        useStore.getState().showToast({
          message: t('library.toastTrashed', { name: plan.name }),
          action: {
            label: t('common.undo'),
            run: async () => {
              const restored = await useStore.getState().restorePlan(plan.id);
              if (restored.ok) useStore.getState().showToast({ message: t('library.toastRestored', { name: restored.value.name }) });
            },
          },
        });
      },
      exportFile: (plan) => void exportPlanFile(plan.id),
      restore: async (plan) => {
        const result = await useStore.getState().restorePlan(plan.id);
        if (result.ok) useStore.getState().showToast({ message: t('library.toastRestored', { name: result.value.name }) });
      },
      deletePermanently: (plan) => setDialog({ kind: 'delete', plan }),
      addToClass: (plan) => setDialog({ kind: 'addToClass', plan }),
      publishToTeam: (plan) => setDialog({ kind: 'publish', plan }),
      handOut: (plan) => usePlanFiles.getState().showHandOut({ planId: plan.id, planName: plan.name }),
      ...(filteredClass ? { removeFromClass: (plan: PlanSummary) => void removeFromClass(filteredClass, plan) } : {}),
    }),
    [t, filteredClass],
  );

  const searching = search.trim().length > 0;
  const count = formatInteger(list.length, locale);

  return (
    <main className="library" aria-labelledby="library-title">
      <div className="library__inner">
        <header className="page-header">
          <div className="page-header__titles">
            <h1 id="library-title" className="page-header__title">
              {view === 'plans' ? t('library.title') : t('library.trashTitle')}
              {state === 'ready' && list.length > 0 ? (
                <span className="count-badge num" aria-hidden="true">
                  {count}
                </span>
              ) : null}
            </h1>
            <p className="page-header__subtitle">{view === 'plans' ? t('app.tagline') : t('library.trashHint')}</p>
          </div>
          <div className="page-header__actions">
            {view === 'trash' && trashed.length > 0 ? (
              <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'empty' })}>
                <TrashIcon />
                {t('library.emptyTrash')}
              </button>
            ) : null}
            {view === 'plans' ? (
              <button type="button" className="button button--secondary" title={t('planFiles.importHint')} onClick={openImportPicker}>
                <ImportFileIcon />
                {t('planFiles.import')}
              </button>
            ) : null}
            {view === 'plans' ? (
              <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'sample' })}>
                <DocumentIcon />
                {t('samples.newFromSample')}
              </button>
            ) : null}
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'new' })}>
              <PlusIcon />
              {t('library.newPlan')}
            </button>
          </div>
        </header>

        <div className="toolbar">
          <LibraryTabs current={view} />
          {view === 'plans' ? <ClassFilter /> : null}
          <div className="search">
            <label className="search__label" htmlFor="plan-search">
              <SearchIcon />
              <span>{t('library.search')}</span>
            </label>
            <input
              ref={searchRef}
              id="plan-search"
              className="search__input"
              type="search"
              value={search}
              placeholder={t('library.searchPlaceholder')}
              maxLength={LIMITS.shortText}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && search) {
                  e.preventDefault();
                  e.stopPropagation();
                  setSearch('');
                } else if (e.key === 'ArrowDown') {
                  const first = document.querySelector<HTMLElement>('.plan-table tbody tr');
                  if (first) {
                    e.preventDefault();
                    first.focus();
                  }
                }
              }}
            />
          </div>
        </div>

        {view === 'plans' ? <EmptyLibraryNotice /> : null}

        {state === 'error' && libraryError ? (
          <div className="banner banner--danger" role="alert">
            <AlertIcon />
            <span>{t('library.loadFailed', { reason: libraryError.message })}</span>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => void (view === 'plans' ? store().loadPlans(search) : store().loadTrash(search))}
            >
              {t('common.retry')}
            </button>
          </div>
        ) : null}

        {state === 'idle' || state === 'loading' ? (
          <div className="table-card table-card--loading" aria-busy="true">
            <p className="loading-text">{t('common.loading')}</p>
          </div>
        ) : list.length > 0 ? (
          <PlanTable
            plans={list}
            view={view}
            actions={actions}
            sort={librarySort}
            onSort={(column) => store().setLibrarySort(nextPlanSort(librarySort, column))}
          />
        ) : state === 'ready' && searching ? (
          <EmptyState
            icon={<SearchIcon size={28} />}
            title={t('library.noMatchesTitle', { query: search.trim() })}
            body={t('library.noMatchesBody')}
            action={
              <button type="button" className="button button--secondary" onClick={() => setSearch('')}>
                {t('library.clearSearch')}
              </button>
            }
          />
        ) : state === 'ready' && view === 'plans' ? (
          <EmptyState
            icon={<DocumentIcon size={28} />}
            title={t('library.emptyTitle')}
            body={t('library.emptyBody')}
            action={
              <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'new' })}>
                <PlusIcon />
                {t('library.emptyAction')}
              </button>
            }
          />
        ) : state === 'ready' ? (
          <EmptyState
            icon={<TrashIcon size={28} />}
            title={t('library.trashEmptyTitle')}
            body={t('library.trashEmptyBody')}
            action={
              <a href="#/" className="button button--secondary">
                {t('library.backToPlans')}
              </a>
            }
          />
        ) : null}
      </div>

      {dialog?.kind === 'new' ? (
        <NewPlanDialog
          onClose={() => setDialog(null)}
          onCreated={(plan) => {
            setDialog(null);
            navigate({ name: 'plan', planId: plan.id, section: 'details' });
          }}
        />
      ) : null}
      {dialog?.kind === 'sample' ? (
        <SampleDialog
          onClose={() => setDialog(null)}
          onCreated={(plan) => {
            setDialog(null);
            navigate({ name: 'plan', planId: plan.id, section: 'details' });
          }}
        />
      ) : null}
      {dialog?.kind === 'rename' ? <RenameDialog plan={dialog.plan} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'addToClass' ? <AddToClassDialog plan={dialog.plan} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'publish' ? <PublishDialog plan={dialog.plan} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('confirmDelete.title')}
          body={t('confirmDelete.body', { name: dialog.plan.name })}
          confirmLabel={t('confirmDelete.confirm')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const result = await store().deletePlanPermanently(dialog.plan.id);
            if (result.ok) store().showToast({ message: t('library.toastDeleted', { name: dialog.plan.name }) });
          }}
        />
      ) : null}
      {dialog?.kind === 'empty' ? (
        <ConfirmDialog
          title={t('confirmEmpty.title')}
          body={t('confirmEmpty.body', { total: formatInteger(trashed.length, locale) })}
          confirmLabel={t('confirmEmpty.confirm')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const result = await store().emptyTrash();
            if (result.ok) store().showToast({ message: t('library.toastEmptied', { total: formatInteger(result.value.deleted, locale) }) });
          }}
        />
      ) : null}
    </main>
  );
}
