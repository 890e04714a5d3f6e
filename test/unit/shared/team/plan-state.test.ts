import { describe, expect, it } from 'vitest';
import { syncStep, teamPlanState } from '../../../../shared/team/plan-state';

const link = (syncedVersion: number, syncedHash: string, conflictVersion: number | null = null) => ({ syncedVersion, syncedHash, conflictVersion });
const head = (headVersion: number, headHash: string) => ({ headVersion, headHash });

describe('teamPlanState: a plan’s standing with the team library', () => {
  it('is not published without a link or a head, or when the head is gone', () => {
    expect(teamPlanState(null, 'a', null)).toBe('notPublished');
    expect(teamPlanState(link(3, 'a'), 'a', null)).toBe('notPublished');
  });

  it('is in step when the contents equal the team’s head, whatever the link says', () => {
    expect(teamPlanState(link(2, 'a'), 'a', head(2, 'a'))).toBe('inStep');
    // A publish whose answer was lost: the link is behind, the head is this plan.
    expect(teamPlanState(link(2, 'a'), 'b', head(3, 'b'))).toBe('inStep');
    // The same plan imported on two laptops, never linked.
    expect(teamPlanState(null, 'a', head(1, 'a'))).toBe('inStep');
  });

  it('tells local changes, team changes and both apart', () => {
    expect(teamPlanState(link(2, 'a'), 'b', head(2, 'a'))).toBe('localChanges');
    expect(teamPlanState(link(2, 'a'), 'a', head(3, 'c'))).toBe('teamChanges');
    expect(teamPlanState(link(2, 'a'), 'b', head(3, 'c'))).toBe('conflict');
    expect(teamPlanState(null, 'a', head(1, 'z'))).toBe('conflict');
    // A recorded clash stays one until the user chooses.
    expect(teamPlanState(link(2, 'a', 3), 'a', head(3, 'c'))).toBe('conflict');
    expect(teamPlanState(link(2, 'a', 3), 'a', null)).toBe('conflict');
  });

  it('maps each state to what a sync does; a sync never publishes a plan by itself', () => {
    expect(['notPublished', 'inStep', 'localChanges', 'teamChanges', 'conflict'].map((s) => syncStep(s as never))).toEqual([
      'none',
      'none',
      'publish',
      'pull',
      'keepBoth',
    ]);
  });
});
