import type { TeamPlanState } from './views';

/** What this laptop remembers of a plan's last step with the team library. */
export type TeamLinkFacts = {
  syncedVersion: number;
  /** The content hash the plan had when it was last in step (shared/team: contentHash). */
  syncedHash: string;
  /** A newer team version that clashed with local changes, until the user chooses. */
  conflictVersion: number | null;
};

/** The team's latest version of the plan, as the server lists it. */
export type TeamHeadFacts = { headVersion: number; headHash: string };

/**
 * A plan's standing with the team library, from three facts: the link (null: never published or
 * pulled here), the plan's hash now, and the team's head (null: not on the server, or not
 * readable by us). Hashes decide, not clocks: a publish whose answer was lost (the connection
 * dropped after the server committed) finds the team's head equal to the plan, so it is in
 * step rather than a conflict with itself.
 */
export function teamPlanState(link: TeamLinkFacts | null, localHash: string, head: TeamHeadFacts | null): TeamPlanState {
  if (head === null) return link === null ? 'notPublished' : link.conflictVersion === null ? 'notPublished' : 'conflict';
  if (head.headHash === localHash) return 'inStep';
  if (link === null) return 'conflict';
  if (link.conflictVersion !== null) return 'conflict';
  const localChanged = localHash !== link.syncedHash;
  const teamChanged = head.headVersion > link.syncedVersion && head.headHash !== link.syncedHash;
  if (localChanged && teamChanged) return 'conflict';
  if (localChanged) return 'localChanges';
  if (teamChanged) return 'teamChanges';
  return 'inStep';
}

/** What a sync does for a plan in each state. */
export type TeamSyncStep = 'none' | 'publish' | 'pull' | 'keepBoth';

export function syncStep(state: TeamPlanState): TeamSyncStep {
  switch (state) {
    case 'inStep':
      return 'none';
    case 'localChanges':
      return 'publish';
    // A sync never publishes a plan by itself: publishing is the user's choice (team.publish).
    case 'notPublished':
      return 'none';
    case 'teamChanges':
      return 'pull';
    case 'conflict':
      return 'keepBoth';
  }
}
