import type { StateCreator } from 'zustand';
import type { AppError, Result } from '../../../shared/contracts/result';
import type { PlanSummary } from '../../../shared/contracts/views';
import type { TeamConnection } from '../../../shared/team/connection';
import type {
  TeamLinkView,
  TeamListing,
  TeamPlanHead,
  TeamServerInfo,
  TeamSettingsView,
  TeamSyncOutcome,
  TeamSyncReport,
} from '../../../shared/team/views';
import { getApi } from '../api';
import { flushPendingSaves } from './pending-saves';
import type { LoadState } from './library-slice';
import type { Store } from './store';

/**
 * The team library (docs/team.md) as the backend last answered: the connection's settings (no
 * password), the local plans' links (readable offline), and the server's listing. Every write is
 * a `team.*` command; after one, what it may have changed is asked again.
 */
export type TeamSlice = {
  teamSettings: TeamSettingsView | null;
  teamSettingsError: AppError | null;
  teamLinks: TeamLinkView[];
  teamListing: TeamListing | null;
  teamListState: LoadState;
  teamListError: AppError | null;
  /** Who the server said we are (the last Test or listing): the teams and roles publishing and locking need. */
  teamServer: TeamServerInfo | null;
  loadTeamSettings(): Promise<void>;
  saveTeamSettings(connection: TeamConnection, password?: string): Promise<Result<TeamSettingsView>>;
  forgetTeam(): Promise<Result<TeamSettingsView>>;
  testTeam(connection?: TeamConnection, password?: string): Promise<Result<TeamServerInfo>>;
  loadTeamLinks(): Promise<void>;
  loadTeamListing(): Promise<void>;
  publishToTeam(planId: string, teamId?: string): Promise<Result<TeamSyncOutcome>>;
  pullFromTeam(remoteId: string): Promise<Result<{ summary: PlanSummary; outcome: TeamSyncOutcome }>>;
  syncTeam(planIds?: string[]): Promise<Result<TeamSyncReport>>;
  resolveTeamConflict(planId: string, keep: 'mine' | 'theirs'): Promise<Result<TeamSyncOutcome>>;
  lockTeamPlan(remoteId: string, version: number): Promise<Result<TeamPlanHead>>;
  unlockTeamPlan(remoteId: string): Promise<Result<TeamPlanHead>>;
  /**
   * "On connect": once the app starts with a team library set up (and after each save of its
   * connection), linked plans are synced in the background. Null until it has run; an
   * unreachable server leaves it null (offline is normal: the Team tab says so when opened).
   */
  teamConnectSync: TeamSyncReport | null;
  syncTeamOnConnect(): Promise<void>;
};

// A listing asked for before a write may answer after the one asked for after it: only the newest lands.
let listRequest = 0;

export const createTeamSlice: StateCreator<Store, [], [], TeamSlice> = (set, get) => {
  /** After a write: the links always (local), the listing when a server is set up. */
  async function refresh(): Promise<void> {
    await Promise.all([get().loadTeamLinks(), get().teamSettings?.connection ? get().loadTeamListing() : Promise.resolve()]);
  }

  /**
   * A sync or a resolve may write the plan open in the editor: its edits still waiting go first
   * (so they are part of what is compared and sent), and a plan the team's version replaced is
   * taken as the open plan, so no stale copy is saved over it.
   */
  async function reloadIfPulled(planIds: string[]): Promise<void> {
    const open = get().planId;
    if (!open || !planIds.includes(open)) return;
    const plan = await getApi().invoke('plans.get', { planId: open });
    if (plan.ok) get().replaceOpenPlan(plan.value);
  }
  const pulledIn = (outcomes: TeamSyncOutcome[]) => outcomes.filter((o) => o.result === 'pulled').map((o) => o.planId);

  return {
    teamConnectSync: null,
    async syncTeamOnConnect() {
      const settings = await getApi().invoke('team.getSettings', {});
      if (!settings.ok || !settings.value.connection) return;
      const links = await getApi().invoke('team.links', {});
      if (!links.ok || links.value.length === 0) return;
      const result = await get().syncTeam();
      if (result.ok) set({ teamConnectSync: result.value });
    },
    teamSettings: null,
    teamSettingsError: null,
    teamLinks: [],
    teamListing: null,
    teamListState: 'idle',
    teamListError: null,
    teamServer: null,

    async loadTeamSettings() {
      const result = await getApi().invoke('team.getSettings', {});
      if (result.ok) set({ teamSettings: result.value, teamSettingsError: null });
      else set({ teamSettingsError: result.error });
    },

    async saveTeamSettings(connection, password) {
      const result = await getApi().invoke('team.saveSettings', password ? { connection, password } : { connection });
      if (result.ok) {
        set({ teamSettings: result.value, teamSettingsError: null });
        void get().loadTeamListing();
        void get().syncTeamOnConnect();
      }
      return result;
    },

    async forgetTeam() {
      const result = await getApi().invoke('team.forget', {});
      if (result.ok) {
        ++listRequest;
        set({ teamSettings: result.value, teamListing: null, teamListState: 'idle', teamListError: null, teamServer: null });
      }
      return result;
    },

    async testTeam(connection, password) {
      const result = await getApi().invoke('team.test', {
        ...(connection ? { connection } : {}),
        ...(password ? { password } : {}),
      });
      // Only the saved connection's answer stands for "who we are" elsewhere (publishing, locking).
      if (result.ok && !connection) set({ teamServer: result.value });
      return result;
    },

    async loadTeamLinks() {
      const result = await getApi().invoke('team.links', {});
      if (result.ok) set({ teamLinks: result.value });
    },

    async loadTeamListing() {
      const request = ++listRequest;
      set((s) => ({ teamListState: s.teamListState === 'ready' ? 'ready' : 'loading' }));
      const result = await getApi().invoke('team.list', {});
      if (request !== listRequest) return;
      if (result.ok) set({ teamListing: result.value, teamServer: result.value.server, teamListState: 'ready', teamListError: null });
      else set({ teamListState: 'error', teamListError: result.error });
    },

    async publishToTeam(planId, teamId) {
      const result = await getApi().invoke('team.publish', teamId ? { planId, teamId } : { planId });
      await refresh();
      return result;
    },

    async pullFromTeam(remoteId) {
      flushPendingSaves();
      const result = await getApi().invoke('team.pull', { remoteId });
      if (result.ok) {
        get().acceptSummary(result.value.summary);
        await reloadIfPulled(pulledIn([result.value.outcome]));
      }
      await refresh();
      return result;
    },

    async syncTeam(planIds) {
      flushPendingSaves();
      const result = await getApi().invoke('team.sync', planIds ? { planIds } : {});
      if (result.ok) await reloadIfPulled(pulledIn(result.value.outcomes));
      // Pulled plans changed in the library: its list is asked again too.
      await Promise.all([refresh(), get().loadPlans()]);
      return result;
    },

    async resolveTeamConflict(planId, keep) {
      flushPendingSaves();
      const result = await getApi().invoke('team.resolve', { planId, keep });
      if (result.ok) await reloadIfPulled(pulledIn([result.value]));
      await Promise.all([refresh(), get().loadPlans()]);
      return result;
    },

    async lockTeamPlan(remoteId, version) {
      const result = await getApi().invoke('team.lock', { remoteId, version });
      await refresh();
      return result;
    },

    async unlockTeamPlan(remoteId) {
      const result = await getApi().invoke('team.unlock', { remoteId });
      await refresh();
      return result;
    },
  };
};
