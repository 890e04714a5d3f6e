import type { TeamLinkView, TeamPlanState, TeamSyncReport } from '../../../shared/team/views';

/** The colour family of a state's badge: its label says the state, the colour only helps. */
export type BadgeTone = 'neutral' | 'success' | 'accent' | 'warning' | 'danger';

export function stateTone(state: TeamPlanState): BadgeTone {
  switch (state) {
    case 'notPublished':
      return 'neutral';
    case 'inStep':
      return 'success';
    case 'localChanges':
      return 'accent';
    case 'teamChanges':
      return 'warning';
    case 'conflict':
      return 'danger';
  }
}

/**
 * A linked plan's standing as this computer knows it without the server (the plan list's
 * badge, offline too): a kept clash, changes made here, or in step as of the last sync. Only
 * the server can tell whether the team has a newer version.
 */
export function linkState(link: TeamLinkView): TeamPlanState {
  if (link.conflict !== null) return 'conflict';
  if (link.localChanges) return 'localChanges';
  return 'inStep';
}

export type SyncCounts = { published: number; pulled: number; conflicts: number; failed: number; locked: number; upToDate: number };

/** What a sync did, counted by outcome, for its summary. */
export function countSync(report: TeamSyncReport): SyncCounts {
  const counts: SyncCounts = { published: 0, pulled: 0, conflicts: 0, failed: 0, locked: 0, upToDate: 0 };
  for (const outcome of report.outcomes) {
    if (outcome.result === 'published') counts.published++;
    else if (outcome.result === 'pulled') counts.pulled++;
    else if (outcome.result === 'conflict') counts.conflicts++;
    else if (outcome.result === 'failed') counts.failed++;
    else if (outcome.result === 'locked') counts.locked++;
    else counts.upToDate++;
  }
  return counts;
}
