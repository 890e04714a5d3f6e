import type { PlanSummary } from '../../../shared/contracts';
import { libraryKey, TeamConnection } from '../../../shared/team/connection';
import { teamPlanState } from '../../../shared/team/plan-state';
import type {
  TeamLinkView,
  TeamListing,
  TeamPlanHead,
  TeamServerInfo,
  TeamSettingsView,
  TeamSyncOutcome,
  TeamSyncReport,
  TeamVersionInfo,
} from '../../../shared/team/views';
import { writeTransaction, type Db } from '../storage/database';
import type { PlanStore } from '../storage/plan-store';
import { TeamLinkStore, type TeamLink } from '../storage/team-links';
import type { VersionStore } from '../storage/version-store';
import { planContentHash } from './content-hash';
import type { TeamRemote, TeamServerConfig } from './remote/team-remote';
import type { SecretStore } from './secret-store';
import { TeamError } from './team-error';
import { linkFacts, TeamSync } from './team-sync';

export type TeamConnect = (config: TeamServerConfig) => Promise<TeamRemote>;

export type TeamServiceOptions = {
  db: Db;
  store: PlanStore;
  versions: VersionStore;
  secrets: SecretStore;
  connect: TeamConnect;
  appVersion: string;
  now: () => string;
};

const SETTING_KEY = 'team';

function passwordKey(c: TeamConnection): string {
  return `team-password:${c.user}@${libraryKey(c)}`;
}

/**
 * The team library's commands: its settings (stored without the password), the password (in the
 * secret store), and each remote step over a connection opened for it and closed after, so no
 * connection outlives a command and a dropped network costs nothing but that command.
 */
export class TeamService {
  private readonly links: TeamLinkStore;

  constructor(private readonly o: TeamServiceOptions) {
    this.links = new TeamLinkStore(o.db);
  }

  connection(): TeamConnection | null {
    const parsed = TeamConnection.safeParse(this.o.store.getSetting(SETTING_KEY));
    return parsed.success ? parsed.data : null;
  }

  settings(): TeamSettingsView {
    const connection = this.connection();
    const hasPassword = connection !== null && this.o.secrets.get(passwordKey(connection)) !== null;
    return {
      connection,
      hasPassword,
      passwordStorage: hasPassword ? this.o.secrets.kind : 'none',
      keychainAvailable: this.o.secrets.kind === 'keychain',
    };
  }

  /** Saves where the library is; a password given is kept in the secret store, never with the settings. */
  saveSettings(connection: TeamConnection, password?: string): TeamSettingsView {
    const previous = this.connection();
    writeTransaction(this.o.db, () => this.o.store.setSetting(SETTING_KEY, connection));
    // A password belongs to one user on one server: another server or user does not inherit it.
    if (previous && passwordKey(previous) !== passwordKey(connection)) this.o.secrets.delete(passwordKey(previous));
    if (password !== undefined) this.o.secrets.set(passwordKey(connection), password);
    return this.settings();
  }

  forget(): TeamSettingsView {
    const previous = this.connection();
    if (previous) this.o.secrets.delete(passwordKey(previous));
    writeTransaction(this.o.db, () => this.o.store.setSetting(SETTING_KEY, null));
    return this.settings();
  }

  /** The links as this laptop knows them: readable offline. */
  linkViews(): TeamLinkView[] {
    return this.links.all().flatMap((link) => {
      const local = this.localHash(link);
      if (local === null) return [];
      return [
        {
          planId: link.planId,
          remoteId: link.planId,
          teamId: link.teamId,
          library: link.library,
          syncedVersion: link.syncedVersion,
          syncedAt: link.syncedAt,
          localChanges: local !== link.syncedHash,
          conflict: link.conflict,
        },
      ];
    });
  }

  async test(connection?: TeamConnection, password?: string): Promise<TeamServerInfo> {
    const config: TeamServerConfig = connection
      ? { connection, password: password ?? this.o.secrets.get(passwordKey(connection)) }
      : this.savedConfig();
    return this.withRemote(config, (remote) => remote.info());
  }

  async list(): Promise<TeamListing> {
    return this.withRemote(this.savedConfig(), async (remote) => {
      const [server, heads] = [await remote.info(), await remote.listPlans()];
      return { server, plans: heads.map((head) => ({ ...head, ...this.localStanding(head) })) };
    });
  }

  publish(planId: string, teamId?: string): Promise<TeamSyncOutcome> {
    return this.withSync((sync) => sync.publish(planId, teamId));
  }

  pull(remoteId: string): Promise<{ summary: PlanSummary; outcome: TeamSyncOutcome }> {
    return this.withSync((sync) => sync.pull(remoteId));
  }

  sync(planIds?: readonly string[]): Promise<TeamSyncReport> {
    return this.withSync((sync) => sync.sync(planIds));
  }

  resolve(planId: string, keep: 'mine' | 'theirs'): Promise<TeamSyncOutcome> {
    return this.withSync((sync) => sync.resolve(planId, keep));
  }

  lock(remoteId: string, version: number): Promise<TeamPlanHead> {
    return this.withRemote(this.savedConfig(), (remote) => remote.lock(remoteId, version));
  }

  unlock(remoteId: string): Promise<TeamPlanHead> {
    return this.withRemote(this.savedConfig(), (remote) => remote.unlock(remoteId));
  }

  history(remoteId: string): Promise<TeamVersionInfo[]> {
    return this.withRemote(this.savedConfig(), (remote) => remote.history(remoteId));
  }

  private localStanding(head: TeamPlanHead): { localPlanId: string | null; state: TeamListing['plans'][number]['state'] } {
    const here = this.o.db.prepare('SELECT deleted_at FROM plans WHERE id = ?').get(head.remoteId) as { deleted_at: string | null } | undefined;
    if (!here) return { localPlanId: null, state: null };
    const link = this.links.get(head.remoteId);
    const usable = link && link.library === this.library() ? link : null;
    const hash = usable ? this.localHash(usable) : planContentHash(this.o.store.get(head.remoteId));
    return { localPlanId: head.remoteId, state: teamPlanState(usable ? linkFacts(usable, head) : null, hash ?? '', head) };
  }

  /** The plan's hash now; an unchanged plan (same updated_at as when in step) is not read. Null: the plan is gone. */
  private localHash(link: TeamLink): string | null {
    const row = this.o.db.prepare('SELECT updated_at FROM plans WHERE id = ?').get(link.planId) as { updated_at: string } | undefined;
    if (!row) return null;
    if (row.updated_at === link.syncedUpdatedAt) return link.syncedHash;
    return planContentHash(this.o.store.get(link.planId));
  }

  private library(): string {
    const c = this.connection();
    return c ? libraryKey(c) : '';
  }

  private savedConfig(): TeamServerConfig {
    const connection = this.connection();
    if (!connection) throw new TeamError('teamNotConfigured', 'No team library is set up. Enter the server’s details under Team.');
    return { connection, password: this.o.secrets.get(passwordKey(connection)) };
  }

  private withSync<T>(fn: (sync: TeamSync) => Promise<T>): Promise<T> {
    const config = this.savedConfig();
    return this.withRemote(config, (remote) =>
      fn(
        new TeamSync(
          {
            db: this.o.db,
            store: this.o.store,
            versions: this.o.versions,
            links: this.links,
            library: libraryKey(config.connection),
            appVersion: this.o.appVersion,
            now: this.o.now,
          },
          remote,
        ),
      ),
    );
  }

  private async withRemote<T>(config: TeamServerConfig, fn: (remote: TeamRemote) => Promise<T>): Promise<T> {
    let remote: TeamRemote;
    try {
      remote = await this.o.connect(config);
    } catch (error) {
      // Without a password the server's refusal is ours to explain: ask for it.
      if (error instanceof TeamError && error.reason === 'teamAuth' && config.password === null) {
        throw new TeamError('teamNoPassword', 'The team library needs your password. Enter it under Team → Connection.');
      }
      throw error;
    }
    try {
      return await fn(remote);
    } finally {
      await remote.close().catch(() => undefined);
    }
  }
}
