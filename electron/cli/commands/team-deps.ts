import type { AddTeamMemberRequest } from '../../core/team/admin';
import type { TeamServerConfig } from '../../core/team/remote/team-remote';
import type { TeamConnect } from '../../core/team/team-service';

/**
 * What `planwright team` needs from outside the data folder: the team library (the backend's
 * own PostgreSQL connection unless a test puts an in-memory library here) and the owner's steps
 * on the server. Loaded on use, so `pg` loads only for the commands that reach a server.
 */
export type TeamCliDeps = {
  /** Undefined: the backend's own (PostgreSQL through pg). */
  connect?: TeamConnect;
  setupSchema(config: TeamServerConfig): Promise<{ from: number; to: number }>;
  schemaSql(): Promise<{ sql: string; version: number }>;
  addMember(config: TeamServerConfig, request: AddTeamMemberRequest): Promise<{ teamId: string }>;
};

export const defaultTeamCliDeps: TeamCliDeps = {
  setupSchema: async (config) => (await import('../../core/team/remote/server-schema')).setupTeamSchema(config),
  schemaSql: async () => {
    const schema = await import('../../core/team/remote/server-schema');
    return { sql: schema.teamSchemaSql(), version: schema.TEAM_SCHEMA_VERSION };
  },
  addMember: async (config, request) => (await import('../../core/team/admin')).addTeamMember(config, request),
};
