import { describe, expect, it } from 'vitest';
import { countSync, linkState, stateTone } from '../../../../renderer/src/team/team-badges';
import { TEAM_PLAN_STATES, type TeamLinkView, type TeamSyncOutcome } from '../../../../shared/team/views';

const link = (patch: Partial<TeamLinkView> = {}): TeamLinkView => ({
  planId: 'p1',
  remoteId: 'r1',
  teamId: 't1',
  library: 'db:5432/plans',
  syncedVersion: 3,
  syncedAt: '2026-12-07T06:00:00.000Z',
  localChanges: false,
  conflict: null,
  ...patch,
});

describe('team badges', () => {
  it('gives every state its own tone, a conflict the danger one', () => {
    const tones = TEAM_PLAN_STATES.map(stateTone);
    expect(new Set(tones).size).toBe(TEAM_PLAN_STATES.length);
    expect(stateTone('conflict')).toBe('danger');
    expect(stateTone('inStep')).toBe('success');
  });

  it('reads a linked plan’s standing offline: a kept clash first, then changes here, else in step', () => {
    expect(linkState(link())).toBe('inStep');
    expect(linkState(link({ localChanges: true }))).toBe('localChanges');
    const conflict = { version: 4, versionId: 'v1', publishedBy: 'Lin', publishedAt: '2026-12-07T06:10:00.000Z' };
    expect(linkState(link({ localChanges: true, conflict }))).toBe('conflict');
  });

  it('counts a sync’s outcomes for its summary', () => {
    const outcome = (result: TeamSyncOutcome['result']): TeamSyncOutcome => ({ planId: 'p', remoteId: 'r', name: 'n', result, version: 1 });
    const report = {
      outcomes: ['published', 'published', 'pulled', 'conflict', 'failed', 'locked', 'upToDate', 'upToDate'].map((r) =>
        outcome(r as TeamSyncOutcome['result']),
      ),
      interrupted: false,
    };
    expect(countSync(report)).toEqual({ published: 2, pulled: 1, conflicts: 1, failed: 1, locked: 1, upToDate: 2 });
    expect(countSync({ outcomes: [], interrupted: true })).toEqual({ published: 0, pulled: 0, conflicts: 0, failed: 0, locked: 0, upToDate: 0 });
  });
});
