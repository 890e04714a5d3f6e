import { randomUUID } from 'node:crypto';
import type { TeamRemote, TeamServerConfig } from '../../../electron/core/team/remote/team-remote';
import { TeamError } from '../../../electron/core/team/team-error';
import type { TeamPlanHead, TeamVersionInfo } from '../../../shared/team/views';

type Version = TeamVersionInfo & { document: string };
type StoredPlan = { id: string; teamId: string; name: string; versions: Version[]; lockedVersion: number | null; lockedBy: string | null };

/**
 * A team library in memory with the server's rules (docs/team.md): a member sees only their teams'
 * plans, a publish lands only on the head it names, a lead can lock. The sync engine's unit tests
 * run against it; test/unit/electron/core/team/*.pg.test.ts run the same steps on PostgreSQL.
 */
export class FakeTeamLibrary {
  readonly teams = new Map<string, string>();
  readonly members = new Map<string, { display: string; teams: Map<string, 'member' | 'lead'> }>();
  readonly plans = new Map<string, StoredPlan>();
  private clock = Date.parse('2027-03-01T09:00:00.000Z');
  /** When set, the next matching call rejects as a dropped connection (after the server did its part, for publish when `after`). */
  dropNext: { call: 'publish' | 'fetchVersion' | 'heads'; after?: boolean } | null = null;
  calls: string[] = [];

  addTeam(name: string): string {
    const id = randomUUID();
    this.teams.set(id, name);
    return id;
  }

  addMember(user: string, teamId: string, role: 'member' | 'lead' = 'member', display = user): void {
    const m = this.members.get(user) ?? { display, teams: new Map() };
    m.teams.set(teamId, role);
    this.members.set(user, m);
  }

  connect = async (config: TeamServerConfig): Promise<TeamRemote> => {
    const user = config.connection.user;
    if (config.password !== 'secret') throw new TeamError('teamAuth', 'The team library’s server refused the user name or password.');
    return this.remoteFor(user);
  };

  private now(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private visible(user: string, planId: string): StoredPlan | undefined {
    const plan = this.plans.get(planId);
    return plan && this.members.get(user)?.teams.has(plan.teamId) ? plan : undefined;
  }

  private head(plan: StoredPlan): TeamPlanHead {
    const last = plan.versions.at(-1)!;
    return {
      remoteId: plan.id,
      teamId: plan.teamId,
      teamName: this.teams.get(plan.teamId)!,
      name: plan.name,
      headVersion: last.version,
      headHash: last.contentHash,
      updatedAt: last.publishedAt,
      updatedBy: last.publishedBy,
      lockedVersion: plan.lockedVersion,
      lockedBy: plan.lockedBy,
    };
  }

  private drop(call: 'publish' | 'fetchVersion' | 'heads', after: boolean): void {
    if (this.dropNext?.call === call && Boolean(this.dropNext.after) === after) {
      this.dropNext = null;
      throw new TeamError('teamConnectionLost', 'The connection to the team library was lost.');
    }
  }

  remoteFor(user: string): TeamRemote {
    return remoteOf(this, user);
  }

  /** For remoteOf: the library's own steps. */
  headOf(plan: StoredPlan): TeamPlanHead {
    return this.head(plan);
  }
  visibleTo(user: string, planId: string): StoredPlan | undefined {
    return this.visible(user, planId);
  }
  tick(): string {
    return this.now();
  }
  dropIf(call: 'publish' | 'fetchVersion' | 'heads', after: boolean): void {
    this.drop(call, after);
  }
}

function remoteOf(lib: FakeTeamLibrary, user: string): TeamRemote {
  const me = () => {
    const m = lib.members.get(user);
    if (!m) throw new TeamError('teamNotMember', 'You are not a member of any team in this library.');
    return m;
  };
  return {
    async info() {
      const m = me();
      return {
        serverVersion: 'fake',
        schemaVersion: 1,
        user,
        displayName: m.display,
        teams: [...m.teams].map(([teamId, role]) => ({ teamId, name: lib.teams.get(teamId)!, role })),
        tls: false,
      };
    },
    async listPlans() {
      lib.calls.push('listPlans');
      return [...lib.plans.values()].filter((p) => lib.visibleTo(user, p.id)).map((p) => lib.headOf(p));
    },
    async heads(ids) {
      lib.calls.push('heads');
      lib.dropIf('heads', false);
      return ids.flatMap((id) => {
        const p = lib.visibleTo(user, id);
        return p ? [lib.headOf(p)] : [];
      });
    },
    async fetchVersion(remoteId, version) {
      lib.calls.push('fetchVersion');
      lib.dropIf('fetchVersion', false);
      const p = lib.visibleTo(user, remoteId);
      const v = p && (version === undefined ? p.versions.at(-1) : p.versions.find((x) => x.version === version));
      if (!p || !v) throw new TeamError('teamDenied', 'No such team plan, or not yours to read.', { detail: 'not found' });
      return { ...v, remoteId, teamId: p.teamId };
    },
    async publish(r) {
      lib.calls.push('publish');
      lib.dropIf('publish', false);
      const m = me();
      let plan = lib.plans.get(r.remoteId);
      if (plan && !lib.visibleTo(user, r.remoteId)) throw new TeamError('teamDenied', 'Not your team’s plan.', { detail: 'row-level security' });
      if (!plan) {
        if (!m.teams.has(r.teamId)) throw new TeamError('teamDenied', 'Not your team.', { detail: 'row-level security' });
        if (r.baseVersion !== 0) throw new TeamError('teamConflict', 'The plan is not in the library.', { headVersion: 0 });
        plan = { id: r.remoteId, teamId: r.teamId, name: r.name, versions: [], lockedVersion: null, lockedBy: null };
        lib.plans.set(plan.id, plan);
      }
      const head = plan.versions.at(-1)?.version ?? 0;
      if (plan.lockedVersion !== null) throw new TeamError('teamLocked', 'Locked.', { lockedVersion: plan.lockedVersion });
      if (r.baseVersion !== head) throw new TeamError('teamConflict', 'Someone published first.', { headVersion: head });
      const v: Version = {
        version: head + 1,
        name: r.name,
        publishedBy: m.display,
        publishedAt: lib.tick(),
        contentHash: r.contentHash,
        document: r.document,
      };
      plan.versions.push(v);
      plan.name = r.name;
      lib.dropIf('publish', true);
      return { version: v.version, publishedAt: v.publishedAt, publishedBy: v.publishedBy };
    },
    async lock(remoteId, version) {
      const p = lib.visibleTo(user, remoteId);
      if (!p || me().teams.get(p.teamId) !== 'lead') throw new TeamError('teamDenied', 'Only a lead can lock.', { detail: 'lead only' });
      p.lockedVersion = version;
      p.lockedBy = me().display;
      return lib.headOf(p);
    },
    async unlock(remoteId) {
      const p = lib.visibleTo(user, remoteId);
      if (!p || me().teams.get(p.teamId) !== 'lead') throw new TeamError('teamDenied', 'Only a lead can unlock.', { detail: 'lead only' });
      p.lockedVersion = null;
      p.lockedBy = null;
      return lib.headOf(p);
    },
    async history(remoteId) {
      const p = lib.visibleTo(user, remoteId);
      if (!p) throw new TeamError('teamDenied', 'No such team plan.', { detail: 'not found' });
      return [...p.versions].reverse().map(({ document: _d, ...info }) => info);
    },
    async close() {},
  };
}
