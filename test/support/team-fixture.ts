/**
 * The team library on a throwaway cluster (postgres-cluster.ts), for tests:
 *
 *   const cluster = await startPostgresCluster();
 *   await setupTeamLibrary(cluster, [
 *     { role: 'alice', password: 'alice-pw', team: 'Team A', lead: true },
 *     { role: 'carol', password: 'carol-pw', team: 'Team B' },
 *   ]);
 *   const remote = await connectTeamRemote(teamConfig(cluster, 'alice', 'alice-pw'));
 */
import { setupTeamSchema } from '../../electron/core/team/remote/server-schema';
import type { TeamServerConfig } from '../../electron/core/team/remote/team-remote';
import type { TeamConnection } from '../../shared/team/connection';
import type { PostgresCluster } from './postgres-cluster';

export type TestMember = { role: string; password: string; team: string; lead?: boolean; displayName?: string };

/** Settings to reach the cluster as this login (TLS off: the cluster is on loopback), with overrides. */
export function teamConfig(
  cluster: PostgresCluster,
  user: string,
  password: string | null,
  connection: Partial<TeamConnection> = {},
): TeamServerConfig {
  return {
    connection: { host: cluster.host, port: cluster.port, database: cluster.database, user, sslMode: 'disable', ...connection },
    password,
  };
}

export function ownerConfig(cluster: PostgresCluster, connection: Partial<TeamConnection> = {}): TeamServerConfig {
  return teamConfig(cluster, cluster.ownerUser, cluster.ownerPassword, connection);
}

/**
 * Sets the schema up with the owner's role, makes each login and adds it to its team (a login may
 * be listed once per team). Returns the teams' ids by name.
 */
export async function setupTeamLibrary(cluster: PostgresCluster, members: readonly TestMember[]): Promise<Map<string, string>> {
  await setupTeamSchema(ownerConfig(cluster));
  const made = new Set<string>();
  const teams = new Map<string, string>();
  for (const m of members) {
    if (!made.has(m.role)) {
      await cluster.createLogin(m.role, m.password);
      made.add(m.role);
    }
    const result = await cluster.ownerQuery<{ id: string }>('SELECT planwright.add_member($1, $2, $3, $4) AS id', [
      m.team,
      m.role,
      m.displayName ?? m.role,
      m.lead ?? false,
    ]);
    teams.set(m.team, result.rows[0]!.id);
  }
  return teams;
}
