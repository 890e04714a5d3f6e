import { TeamError } from '../team-error';
import { openClient, type ClientOptions } from './pg-client';
import { toTeamError } from './pg-errors';
import { PgTeamRemote } from './pg-team-remote';
import { readSchemaVersion, schemaNewerError, TEAM_SCHEMA_VERSION } from './server-schema';
import type { TeamRemote, TeamServerConfig } from './team-remote';

/**
 * Opens the team library on a PostgreSQL server: one session, its TLS as the settings say, and
 * its schema checked: missing or older than this app's → 'teamSchemaMissing' (the owner runs
 * setup), newer → 'teamSchemaNewer' (update the app); nothing is written either way.
 */
export async function connectTeamRemote(config: TeamServerConfig, options?: ClientOptions): Promise<TeamRemote> {
  const client = await openClient(config, options);
  try {
    let version: number;
    try {
      version = await readSchemaVersion(client);
    } catch (error) {
      const mapped = toTeamError(error, config.password);
      // A login that is no member of planwright_member may not even look into the schema.
      if (mapped instanceof TeamError && mapped.reason === 'teamDenied') {
        throw new TeamError('teamNotMember', 'This login is not a member of any team in this library. Ask its owner to add you.');
      }
      throw mapped;
    }
    if (version === 0) {
      throw new TeamError('teamSchemaMissing', 'This database has no Planwright team library yet: its owner must run setup (planwright team setup).');
    }
    if (version > TEAM_SCHEMA_VERSION) throw schemaNewerError(version);
    if (version < TEAM_SCHEMA_VERSION) {
      throw new TeamError(
        'teamSchemaMissing',
        `This team library has schema version ${version}, older than this app's ${TEAM_SCHEMA_VERSION}: its owner must run setup (planwright team setup) to update it.`,
        { server: version, app: TEAM_SCHEMA_VERSION },
      );
    }
    return new PgTeamRemote(client, config.password);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}
