import type pg from 'pg';
import m001 from '../../../../team/migrations/001-team-library.sql?raw';
import { TeamError } from '../team-error';
import { openClient, type ClientOptions } from './pg-client';
import { toTeamError } from './pg-errors';
import type { TeamServerConfig } from './team-remote';

/** The server schema's migrations (team/migrations), in order: migration N makes version N. */
const MIGRATIONS: readonly { name: string; sql: string }[] = [{ name: '001-team-library.sql', sql: m001 }];

/** The schema version this app reads and writes. */
export const TEAM_SCHEMA_VERSION = MIGRATIONS.length;

/** Serialises setups of one database (two owners, or two windows, setting it up at once). */
const SETUP_LOCK_KEY = 0x706c616e; // "plan"

function migrationSql(index: number): string {
  const m = MIGRATIONS[index]!;
  return `-- ${m.name}\n${m.sql.trim()}\n\nUPDATE planwright.schema_info SET version = ${index + 1};\n`;
}

/**
 * The whole schema as one file a DBA can run on an empty database with the owner's role
 * (psql -f): every migration in order, in one transaction.
 */
export function teamSchemaSql(): string {
  const header = [
    `-- Planwright team library, schema version ${TEAM_SCHEMA_VERSION}, for PostgreSQL 14 or newer.`,
    '-- Run once on an empty database as the role that will own it, e.g. psql -v ON_ERROR_STOP=1 -f planwright-team.sql',
    "-- Then add each member: CREATE ROLE alice LOGIN PASSWORD '…'; SELECT planwright.add_member('Team name', 'alice', 'Alice Li', false);",
    '',
  ].join('\n');
  return `${header}BEGIN;\nSELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY});\n\n${MIGRATIONS.map((_, i) => migrationSql(i)).join('\n')}\nCOMMIT;\n`;
}

/** The schema version a database holds: 0 when it has no team library. */
export async function readSchemaVersion(client: pg.Client): Promise<number> {
  const present = await client.query<{ present: boolean }>(`SELECT to_regclass('planwright.schema_info') IS NOT NULL AS present`);
  if (!present.rows[0]?.present) return 0;
  const row = await client.query<{ version: number }>('SELECT version FROM planwright.schema_info');
  return row.rows[0]?.version ?? 0;
}

export function schemaNewerError(server: number): TeamError {
  return new TeamError(
    'teamSchemaNewer',
    `This team library has schema version ${server}, newer than this app's ${TEAM_SCHEMA_VERSION}: update Planwright.`,
    { server, app: TEAM_SCHEMA_VERSION },
  );
}

export type SetupResult = { from: number; to: number };

/**
 * Brings the database's team library to this app's schema, with the owner's role: under an
 * advisory lock, every pending migration in one transaction (all or nothing). Refuses a database
 * set up by a newer app ('teamSchemaNewer') and changes nothing then.
 */
export async function setupTeamSchema(config: TeamServerConfig, options?: ClientOptions): Promise<SetupResult> {
  const client = await openClient(config, options);
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK_KEY]);
    const from = await readSchemaVersion(client);
    if (from > TEAM_SCHEMA_VERSION) throw schemaNewerError(from);
    for (let i = from; i < TEAM_SCHEMA_VERSION; i++) await client.query(migrationSql(i));
    await client.query('COMMIT');
    return { from, to: TEAM_SCHEMA_VERSION };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw toTeamError(error, config.password);
  } finally {
    await client.end().catch(() => undefined);
  }
}
