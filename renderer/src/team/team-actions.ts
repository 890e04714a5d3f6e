import type { AppError } from '../../../shared/contracts/result';
import type { Translate } from '../../../shared/i18n/types';
import type { TeamLinkView, TeamSyncOutcome } from '../../../shared/team/views';
import { errorText } from '../format/issues';
import { navigate } from '../routing/use-route';
import { useStore } from '../state/store';
import { useVersionsUi } from '../versions/versions-store';

/** One plan's sync, publish or pull, in a sentence. */
export function outcomeText(outcome: TeamSyncOutcome, t: Translate): string {
  return t(`team.sync.outcome.${outcome.result}`, { name: outcome.name, version: outcome.version });
}

export function toastFailure(error: AppError, t: Translate): void {
  useStore.getState().showToast({ message: t('team.failed', { reason: errorText(error) }) });
}

/** Tells the user what a single plan's sync did, or why it was refused. */
export function toastOutcome(result: { ok: true; value: TeamSyncOutcome } | { ok: false; error: AppError }, t: Translate): void {
  if (result.ok) useStore.getState().showToast({ message: outcomeText(result.value, t) });
  else toastFailure(result.error, t);
}

/** Whether a team library is set up, its settings read first if this window has not read them yet. */
export async function teamConfigured(): Promise<boolean> {
  if (!useStore.getState().teamSettings) await useStore.getState().loadTeamSettings();
  return Boolean(useStore.getState().teamSettings?.connection);
}

/** Syncs one linked plan and says in a toast what it did, why it was refused, or that the connection dropped. */
export async function syncOnePlan(planId: string, t: Translate): Promise<void> {
  const result = await useStore.getState().syncTeam([planId]);
  if (!result.ok) return toastFailure(result.error, t);
  const outcome = result.value.outcomes.find((o) => o.planId === planId);
  if (outcome) toastOutcome({ ok: true, value: outcome }, t);
  else if (result.value.interrupted) useStore.getState().showToast({ message: t('team.sync.interrupted') });
}

/**
 * Opens the plan with the versions' compare view between the version that holds the team's copy
 * (kept when the clash was found) and the plan as it is now. The workspace mounts the compare
 * view once the plan is loaded, so it is asked for before the plan opens.
 */
export function compareConflict(link: TeamLinkView): void {
  const versionId = link.conflict?.versionId;
  if (!versionId) return;
  useVersionsUi.getState().openCompare({ kind: 'version', id: versionId }, { kind: 'now' });
  navigate({ name: 'plan', planId: link.planId, section: 'details' });
}
