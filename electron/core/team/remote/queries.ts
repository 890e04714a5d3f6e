import type { TeamMembership, TeamPlanHead, TeamVersionInfo } from '../../../../shared/team/views';

// The team library's statements. Every value is a parameter; row-level security decides what
// each member sees, so no statement filters by team itself.

export const INFO_SQL = `
SELECT current_setting('server_version') AS server_version,
       current_user AS user_name,
       (SELECT version FROM planwright.schema_info) AS schema_version,
       coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false) AS tls,
       coalesce((SELECT json_agg(json_build_object('teamId', t.id, 'name', t.name, 'lead', m.is_lead,
                                                   'displayName', m.display_name) ORDER BY t.name)
                   FROM planwright.members m JOIN planwright.teams t ON t.id = m.team_id
                  WHERE m.member_role = current_user), '[]'::json) AS teams`;

export type InfoRow = {
  server_version: string;
  user_name: string;
  schema_version: number;
  tls: boolean;
  teams: { teamId: string; name: string; lead: boolean; displayName: string }[];
};

export function membershipsOf(row: InfoRow): TeamMembership[] {
  return row.teams.map((t) => ({ teamId: t.teamId, name: t.name, role: t.lead ? 'lead' : 'member' }));
}

/** The name members know us by: the first team's display name that is set, else the login. */
export function displayNameOf(row: InfoRow): string {
  return row.teams.find((t) => t.displayName.trim() !== '')?.displayName ?? row.user_name;
}

// Who changed a plan is shown by the name the owner gave the member (their login where none).
const shownAs = (team: string, role: string) =>
  `coalesce((SELECT nullif(m.display_name, '') FROM planwright.members m WHERE m.team_id = ${team} AND m.member_role = ${role}), ${role})`;

// A plan whose first version is not committed yet has head 0: it is not listed.
const HEAD_COLUMNS = `
SELECT p.id, p.team_id, t.name AS team_name, p.name, p.head_version, p.head_hash, p.updated_at,
       ${shownAs('p.team_id', 'p.updated_by')} AS updated_by,
       p.locked_version, ${shownAs('p.team_id', 'p.locked_by')} AS locked_by
  FROM planwright.plans p JOIN planwright.teams t ON t.id = p.team_id
 WHERE p.head_version > 0`;

export const LIST_PLANS_SQL = `${HEAD_COLUMNS} ORDER BY p.updated_at DESC, p.id`;
export const HEADS_SQL = `${HEAD_COLUMNS} AND p.id = ANY($1::uuid[]) ORDER BY p.updated_at DESC, p.id`;

export type HeadRow = {
  id: string;
  team_id: string;
  team_name: string;
  name: string;
  head_version: number;
  head_hash: string;
  updated_at: Date;
  updated_by: string;
  locked_version: number | null;
  locked_by: string | null;
};

export function headOf(row: HeadRow): TeamPlanHead {
  return {
    remoteId: row.id,
    teamId: row.team_id,
    teamName: row.team_name,
    name: row.name,
    headVersion: row.head_version,
    headHash: row.head_hash,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
    lockedVersion: row.locked_version,
    lockedBy: row.locked_by,
  };
}

export const FETCH_VERSION_SQL = `
SELECT v.plan_id, p.team_id, v.version, v.name, ${shownAs('p.team_id', 'v.published_by')} AS published_by,
       v.published_at, v.content_hash, v.document
  FROM planwright.plan_versions v JOIN planwright.plans p ON p.id = v.plan_id
 WHERE v.plan_id = $1 AND v.version = coalesce($2::int, p.head_version)`;

export type VersionRow = {
  plan_id: string;
  team_id: string;
  version: number;
  name: string;
  published_by: string;
  published_at: Date;
  content_hash: string;
};

export function versionInfoOf(row: Omit<VersionRow, 'plan_id' | 'team_id'>): TeamVersionInfo {
  return {
    version: row.version,
    name: row.name,
    publishedBy: row.published_by,
    publishedAt: row.published_at.toISOString(),
    contentHash: row.content_hash,
  };
}

export const HISTORY_SQL = `
SELECT v.version, v.name, ${shownAs('p.team_id', 'v.published_by')} AS published_by, v.published_at, v.content_hash
  FROM planwright.plan_versions v JOIN planwright.plans p ON p.id = v.plan_id
 WHERE v.plan_id = $1 ORDER BY v.version DESC`;

// A plan new to the library: its row at head 0 (a plan already there is left as it is, and the
// version's trigger then says why the publish cannot go on: a conflict, or not our team's plan).
export const NEW_PLAN_SQL = `
INSERT INTO planwright.plans (id, team_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`;

// The trigger sets the version, checks the base against the head and moves the head.
export const PUBLISH_SQL = `
INSERT INTO planwright.plan_versions (plan_id, base_version, name, document, content_hash)
VALUES ($1, $2, $3, $4::jsonb, $5)
RETURNING version, published_at, published_by`;

// Row-level security lets only a lead of the plan's team change the lock columns.
export const LOCK_SQL = `
UPDATE planwright.plans SET locked_version = $2, locked_by = current_user, locked_at = now()
 WHERE id = $1 AND $2::int BETWEEN 1 AND head_version`;
export const UNLOCK_SQL = `
UPDATE planwright.plans SET locked_version = NULL, locked_by = NULL, locked_at = NULL WHERE id = $1`;

/** Why a lock or unlock changed nothing: the plan unseen, we are no lead, or no such version. */
export const LOCK_PROBE_SQL = `
SELECT head_version, planwright.is_lead(team_id) AS lead FROM planwright.plans WHERE id = $1`;
