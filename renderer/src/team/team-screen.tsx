import { useEffect, useId, useRef, useState } from 'react';
import type { Translate } from '../../../shared/i18n/types';
import { describeConnection } from '../../../shared/team/connection';
import type { TeamSyncReport } from '../../../shared/team/views';
import { EmptyState } from '../components/empty-state';
import { AlertIcon, SettingsIcon, SyncIcon, TeamIcon } from '../components/icons';
import { errorText } from '../format/issues';
import { useTranslation } from '../i18n/use-translation';
import { LibraryTabs } from '../library/library-tabs';
import { useStore } from '../state/store';
import { ConflictsList } from './conflicts-list';
import { ConnectionPanel } from './connection-panel';
import { SyncSummary } from './sync-summary';
import { toastFailure } from './team-actions';
import { TeamPlansTable } from './team-plans-table';
import './team.css';

/** Refusals the connection's settings can fix (a password this session has not been given, a wrong one, TLS). */
const CONNECTION_REASONS = new Set(['teamNoPassword', 'teamAuth', 'teamTls', 'teamNotConfigured']);

/**
 * The library's Team view: conflicts first, the connection to the team's PostgreSQL server, and
 * the team's plans with how this computer's copies stand. Not set up or unreachable, it says so
 * calmly; the plans on this computer never depend on it.
 */
export function TeamScreen() {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const settings = useStore((s) => s.teamSettings);
  const settingsError = useStore((s) => s.teamSettingsError);
  const links = useStore((s) => s.teamLinks);
  const listing = useStore((s) => s.teamListing);
  const listState = useStore((s) => s.teamListState);
  const listError = useStore((s) => s.teamListError);
  const [connectionOpen, setConnectionOpen] = useState<boolean | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [summary, setSummary] = useState<TeamSyncReport | null>(null);
  const hostRef = useRef<HTMLInputElement>(null);
  const connectionId = useId();

  useEffect(() => {
    const store = useStore.getState();
    void store.loadTeamSettings().then(() => {
      if (useStore.getState().teamSettings?.connection) void useStore.getState().loadTeamListing();
    });
    void store.loadTeamLinks();
    // The conflicts name local plans: the library's list holds their names.
    if (store.plansState === 'idle') void store.loadPlans('');
  }, []);

  const connection = settings?.connection ?? null;
  const configured = connection !== null;
  const showConnection = connectionOpen ?? (settings !== null && !configured);

  // Open when first found not set up, folded when set up; after that only the user folds it, so
  // saving the first connection leaves the form (and what Test showed) where it was.
  useEffect(() => {
    if (settings !== null && connectionOpen === null) setConnectionOpen(settings.connection === null);
  }, [settings, connectionOpen]);

  function setUp() {
    setConnectionOpen(true);
    // The form mounts on this render; its first field takes the focus after.
    requestAnimationFrame(() => hostRef.current?.focus());
  }

  async function syncAll() {
    setSyncing(true);
    setSummary(null);
    const result = await useStore.getState().syncTeam();
    setSyncing(false);
    if (result.ok) setSummary(result.value);
    else toastFailure(result.error, t);
  }

  return (
    <main className="library team-screen" aria-labelledby="team-title">
      <div className="library__inner">
        <header className="page-header">
          <div className="page-header__titles">
            <h1 id="team-title" className="page-header__title">
              {t('team.title')}
            </h1>
            <p className="page-header__subtitle">{t('team.subtitle')}</p>
          </div>
          <div className="page-header__actions">
            {configured ? (
              <button
                type="button"
                className="button button--secondary"
                aria-expanded={showConnection}
                aria-controls={connectionId}
                onClick={() => setConnectionOpen(!showConnection)}
              >
                <SettingsIcon />
                {showConnection ? t('team.connection.hide') : t('team.connection.edit')}
              </button>
            ) : null}
            {configured ? (
              <button type="button" className="button button--primary" disabled={syncing} onClick={() => void syncAll()}>
                <SyncIcon />
                {syncing ? t('team.sync.syncing') : t('team.sync.all')}
              </button>
            ) : null}
          </div>
        </header>

        <div className="toolbar">
          <LibraryTabs current="team" />
          {connection ? (
            <p className="team-connection-line">
              <span className="team-connection-line__label">{t('team.connection.title')}</span>
              <span className="team-connection-line__value">{describeConnection(connection)}</span>
              <span className="tag">{t(`team.connection.ssl.${connection.sslMode}`)}</span>
            </p>
          ) : null}
        </div>

        {settingsError ? (
          <div className="banner banner--danger" role="alert">
            <AlertIcon />
            <span>{t('team.settingsFailed', { reason: errorText(settingsError) })}</span>
            <button type="button" className="button button--sm button--secondary" onClick={() => void useStore.getState().loadTeamSettings()}>
              {t('common.retry')}
            </button>
          </div>
        ) : null}

        {summary ? <SyncSummary report={summary} onDismiss={() => setSummary(null)} /> : null}

        <ConflictsList links={links} />

        {showConnection ? (
          <section id={connectionId} className="team-section team-section--card" aria-labelledby={`${connectionId}-title`}>
            <h2 id={`${connectionId}-title`} className="team-section__title">
              {t('team.connection.title')}
            </h2>
            <ConnectionPanel
              key={`${connection ? describeConnection(connection) : ''}|${connection?.sslMode ?? ''}|${connection?.caFile ?? ''}|${settings?.hasPassword ?? ''}`}
              settings={settings}
              hostRef={hostRef}
            />
          </section>
        ) : null}

        <section className="team-section" aria-labelledby="team-plans-title">
          <h2 id="team-plans-title" className="team-section__title">
            {t('team.plans.title')}
          </h2>
          {settings === null && !settingsError ? (
            <div className="table-card table-card--loading" aria-busy="true">
              <p className="loading-text">{t('common.loading')}</p>
            </div>
          ) : !configured ? (
            <EmptyState
              icon={<TeamIcon size={28} />}
              title={t('team.notSetUpTitle')}
              body={t('team.notSetUpBody')}
              action={
                showConnection ? undefined : (
                  <button type="button" className="button button--primary" onClick={setUp}>
                    {t('team.setUp')}
                  </button>
                )
              }
            />
          ) : listState === 'error' && listError ? (
            <EmptyState
              icon={<AlertIcon size={28} />}
              title={t('team.offlineTitle')}
              body={t('team.offlineBody', { reason: errorText(listError) })}
              action={
                <>
                  {CONNECTION_REASONS.has(listError.reason ?? '') ? (
                    <button type="button" className="button button--primary" onClick={setUp}>
                      {t('team.connection.edit')}
                    </button>
                  ) : null}
                  <button type="button" className="button button--secondary" onClick={() => void useStore.getState().loadTeamListing()}>
                    {t('common.retry')}
                  </button>
                </>
              }
            />
          ) : listing === null ? (
            <div className="table-card table-card--loading" aria-busy="true">
              <p className="loading-text">{t('team.plans.loading')}</p>
            </div>
          ) : listing.plans.length === 0 ? (
            <EmptyState icon={<TeamIcon size={28} />} title={t('team.plans.emptyTitle')} body={t('team.plans.emptyBody')} />
          ) : (
            <TeamPlansTable listing={listing} />
          )}
        </section>
      </div>
    </main>
  );
}
