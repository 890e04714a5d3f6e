import { useEffect, useState } from 'react';
import type { Translate } from '../../../shared/i18n/types';
import { AlertIcon, SyncIcon, TeamIcon } from '../components/icons';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { PublishDialog } from './publish-dialog';
import { compareConflict, syncOnePlan, teamConfigured } from './team-actions';
import './team.css';

/**
 * The workspace's way to the team library for the open plan, shown once a team library is set up
 * (or the plan is linked to one): Publish to team… for a plan not there yet, Sync with team for
 * one that is, and, while a clash is kept, Compare with the team's version. It names an action,
 * not a state: whether the plan changed here moves with every keystroke, and only a sync can say
 * whether the team has a newer version.
 */
export function TeamPlanButton({ planId, planName }: { planId: string; planName: string }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const configured = useStore((s) => Boolean(s.teamSettings?.connection));
  const link = useStore((s) => s.teamLinks.find((l) => l.planId === planId) ?? null);
  const [publishing, setPublishing] = useState(false);
  const [syncing, setSyncing] = useState(false);

  useEffect(() => {
    void teamConfigured();
    void useStore.getState().loadTeamLinks();
  }, [planId]);

  if (!configured && !link) return null;

  if (link?.conflict) {
    return (
      <button
        type="button"
        className="button button--ghost button--sm plan-file-export team-plan-button team-plan-button--conflict"
        title={t('team.stateHint.conflict')}
        disabled={!link.conflict.versionId}
        onClick={() => compareConflict(link)}
      >
        <AlertIcon />
        {t('team.plan.compare')}
      </button>
    );
  }

  if (link) {
    return (
      <button
        type="button"
        className="button button--ghost button--sm plan-file-export team-plan-button"
        disabled={syncing || !configured}
        title={configured ? t('team.plan.syncHint') : t('team.publish.notSetUp')}
        onClick={async () => {
          setSyncing(true);
          await syncOnePlan(planId, t);
          setSyncing(false);
        }}
      >
        <SyncIcon />
        {syncing ? t('team.sync.syncing') : t('team.plan.sync')}
      </button>
    );
  }

  return (
    <>
      <button type="button" className="button button--ghost button--sm plan-file-export team-plan-button" onClick={() => setPublishing(true)}>
        <TeamIcon />
        {t('team.publish.command')}
      </button>
      {publishing ? <PublishDialog plan={{ id: planId, name: planName }} onClose={() => setPublishing(false)} /> : null}
    </>
  );
}
