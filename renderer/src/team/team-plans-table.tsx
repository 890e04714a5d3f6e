import { useState } from 'react';
import type { Translate } from '../../../shared/i18n/types';
import type { TeamListing, TeamServerInfo } from '../../../shared/team/views';
import { LockIcon, MoreIcon, OpenIcon, SyncIcon } from '../components/icons';
import { MenuButton, type MenuItem } from '../components/menu-button';
import { formatTimestamp } from '../format/dates';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { navigate } from '../routing/use-route';
import { useStore } from '../state/store';
import { HistoryDialog } from './history-dialog';
import { TeamStateBadge } from './state-badge';
import { syncOnePlan, toastFailure } from './team-actions';

export type TeamPlanRow = TeamListing['plans'][number];

/** Whether the server says we lead this plan's team: only a lead locks and unlocks. */
function leads(server: TeamServerInfo | null, teamId: string): boolean {
  return server?.teams.some((m) => m.teamId === teamId && m.role === 'lead') ?? false;
}

/** Open: a plan on this computer opens; one that is not is pulled first, then offered to open. */
async function openRow(plan: TeamPlanRow, t: Translate): Promise<void> {
  if (plan.localPlanId) return navigate({ name: 'plan', planId: plan.localPlanId, section: 'details' });
  const result = await useStore.getState().pullFromTeam(plan.remoteId);
  if (!result.ok) return toastFailure(result.error, t);
  const summary = result.value.summary;
  useStore.getState().showToast({
    message: t('team.plans.pulled', { name: summary.name }),
    action: { label: t('team.plans.openPulled'), run: () => navigate({ name: 'plan', planId: summary.id, section: 'details' }) },
  });
}

/** The team library's plans: who changed each and when, its lock, and how this computer's copy stands. */
export function TeamPlansTable({ listing }: { listing: TeamListing }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const server = useStore((s) => s.teamServer);
  const [busy, setBusy] = useState<string | null>(null);
  const [history, setHistory] = useState<TeamPlanRow | null>(null);

  async function run(remoteId: string, work: () => Promise<void>) {
    setBusy(remoteId);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }

  const menu = (plan: TeamPlanRow): MenuItem[] => {
    const items: MenuItem[] = [{ id: 'history', label: t('team.plans.history'), onSelect: () => setHistory(plan) }];
    if (!leads(server, plan.teamId)) return items;
    if (plan.lockedVersion === null) {
      items.push({
        id: 'lock',
        label: t('team.plans.lock', { version: formatInteger(plan.headVersion, locale) }),
        icon: <LockIcon />,
        onSelect: () =>
          void run(plan.remoteId, async () => {
            const result = await useStore.getState().lockTeamPlan(plan.remoteId, plan.headVersion);
            if (!result.ok) return toastFailure(result.error, t);
            useStore.getState().showToast({ message: t('team.plans.lockedToast', { name: plan.name, version: plan.headVersion }) });
          }),
      });
    } else {
      items.push({
        id: 'unlock',
        label: t('team.plans.unlock'),
        onSelect: () =>
          void run(plan.remoteId, async () => {
            const result = await useStore.getState().unlockTeamPlan(plan.remoteId);
            if (!result.ok) return toastFailure(result.error, t);
            useStore.getState().showToast({ message: t('team.plans.unlockedToast', { name: plan.name }) });
          }),
      });
    }
    return items;
  };

  return (
    <div className="table-card">
      <table className="plan-table team-table" aria-label={t('team.plans.title')}>
        <colgroup>
          <col className="team-table__col-name" />
          <col span={7} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('team.plans.name')}</th>
            <th scope="col">{t('team.plans.team')}</th>
            <th scope="col" className="num">
              {t('team.plans.version')}
            </th>
            <th scope="col">{t('team.plans.changedBy')}</th>
            <th scope="col">{t('team.plans.changedAt')}</th>
            <th scope="col">{t('team.plans.locked')}</th>
            <th scope="col">{t('team.plans.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('team.plans.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {listing.plans.map((plan) => (
            <tr key={plan.remoteId} data-remote-id={plan.remoteId} aria-busy={busy === plan.remoteId || undefined}>
              <th scope="row" className="team-table__name" title={plan.name}>
                {plan.name}
              </th>
              <td className="team-table__text">{plan.teamName}</td>
              <td className="num">{formatInteger(plan.headVersion, locale)}</td>
              <td className="team-table__text">{plan.updatedBy}</td>
              <td className="team-table__when">
                <time dateTime={plan.updatedAt}>{formatTimestamp(plan.updatedAt, locale)}</time>
              </td>
              <td className="team-table__text">
                {plan.lockedVersion !== null ? (
                  <>
                    <span className="team-table__locked">
                      <LockIcon size={12} />
                      {t('team.plans.lockedValue', { version: formatInteger(plan.lockedVersion, locale) })}
                    </span>
                    {plan.lockedBy ? <span className="team-table__by">{t('team.plans.lockedBy', { name: plan.lockedBy })}</span> : null}
                  </>
                ) : (
                  <span className="team-muted">{t('team.plans.notLocked')}</span>
                )}
              </td>
              <td className="team-table__state">
                {plan.state ? <TeamStateBadge state={plan.state} /> : <span className="team-muted">{t('team.plans.notHere')}</span>}
              </td>
              <td className="team-table__actions">
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  disabled={busy === plan.remoteId}
                  aria-label={`${t('team.plans.open')} ${plan.name}`}
                  onClick={() => void run(plan.remoteId, () => openRow(plan, t))}
                >
                  <OpenIcon size={14} />
                  {busy === plan.remoteId && !plan.localPlanId ? t('team.plans.pulling') : t('team.plans.open')}
                </button>
                {plan.localPlanId ? (
                  <button
                    type="button"
                    className="button button--sm button--secondary"
                    disabled={busy === plan.remoteId}
                    aria-label={`${t('team.plans.sync')} ${plan.name}`}
                    onClick={() => void run(plan.remoteId, () => syncOnePlan(plan.localPlanId!, t))}
                  >
                    <SyncIcon size={14} />
                    {t('team.plans.sync')}
                  </button>
                ) : null}
                <MenuButton label={t('team.plans.moreFor', { name: plan.name })} items={menu(plan)} className="icon-button row-menu-button">
                  <MoreIcon />
                </MenuButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {history ? <HistoryDialog plan={history} onClose={() => setHistory(null)} /> : null}
    </div>
  );
}
