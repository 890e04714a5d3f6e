import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectTeamRemote } from '../../../../../../electron/core/team/remote/connect';
import { setupTeamSchema, TEAM_SCHEMA_VERSION, teamSchemaSql } from '../../../../../../electron/core/team/remote/server-schema';
import { TeamError } from '../../../../../../electron/core/team/team-error';
import { describeWithPostgres, startPostgresCluster, type PostgresCluster } from '../../../../../support/postgres-cluster';
import { ownerConfig, teamConfig } from '../../../../../support/team-fixture';

/** Setting the server's schema up, and the app's refusals of a schema it cannot use. */

async function rejection(promise: Promise<unknown>): Promise<TeamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(TeamError);
  return error as TeamError;
}

it('teamSchemaSql is every migration in one transaction, ending at this version', () => {
  const sql = teamSchemaSql();
  expect(sql).toMatch(/^-- Planwright team library/);
  expect(sql.match(/^BEGIN;$/gm)).toHaveLength(1);
  expect(sql.trimEnd().endsWith('COMMIT;')).toBe(true);
  expect(sql).toContain(`UPDATE planwright.schema_info SET version = ${TEAM_SCHEMA_VERSION};`);
  expect(sql).toContain('CREATE TABLE planwright.plan_versions');
});

describeWithPostgres('the team library schema on PostgreSQL', () => {
  let cluster: PostgresCluster;
  /** A fresh database of the cluster for one test, as the connection to it. */
  let databases = 0;
  async function freshDatabase(): Promise<string> {
    const name = `lib_${++databases}`;
    await cluster.ownerQuery(`CREATE DATABASE ${name}`);
    return name;
  }
  const owner = (database: string) => ownerConfig(cluster, { database });
  async function ownerSql(database: string, sql: string): Promise<unknown[]> {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ host: cluster.host, port: cluster.port, user: cluster.ownerUser, password: cluster.ownerPassword, database });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    await cluster.createLogin('dana', 'dana-Secret-4');
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('sets up an empty database, and a second setup changes nothing', async () => {
    const db = await freshDatabase();
    expect(await setupTeamSchema(owner(db))).toEqual({ from: 0, to: TEAM_SCHEMA_VERSION });
    await ownerSql(db, `SELECT planwright.add_member('Team A', 'dana', 'Dana', false)`);
    expect(await setupTeamSchema(owner(db))).toEqual({ from: TEAM_SCHEMA_VERSION, to: TEAM_SCHEMA_VERSION });
    expect(await ownerSql(db, 'SELECT version FROM planwright.schema_info')).toEqual([{ version: TEAM_SCHEMA_VERSION }]);
    expect(await ownerSql(db, 'SELECT member_role FROM planwright.members')).toEqual([{ member_role: 'dana' }]);
    const tables = await ownerSql(
      db,
      `SELECT relname, relrowsecurity FROM pg_class WHERE relnamespace = 'planwright'::regnamespace AND relkind = 'r' ORDER BY relname`,
    );
    expect(tables).toEqual(['members', 'plan_versions', 'plans', 'schema_info', 'teams'].map((relname) => ({ relname, relrowsecurity: true })));
  });

  it('two setups at once: one applies the schema, the other finds it done', async () => {
    const db = await freshDatabase();
    const results = await Promise.all([setupTeamSchema(owner(db)), setupTeamSchema(owner(db)), setupTeamSchema(owner(db))]);
    expect(results.map((r) => r.from).sort()).toEqual([0, TEAM_SCHEMA_VERSION, TEAM_SCHEMA_VERSION]);
    expect(await ownerSql(db, 'SELECT version FROM planwright.schema_info')).toEqual([{ version: TEAM_SCHEMA_VERSION }]);
  });

  it('the one-file schema for a DBA sets a database up the same way', async () => {
    const db = await freshDatabase();
    await ownerSql(db, teamSchemaSql());
    expect(await ownerSql(db, 'SELECT version FROM planwright.schema_info')).toEqual([{ version: TEAM_SCHEMA_VERSION }]);
    expect(await setupTeamSchema(owner(db))).toEqual({ from: TEAM_SCHEMA_VERSION, to: TEAM_SCHEMA_VERSION });
  });

  it('refuses a database set up by a newer app, naming both versions, and changes nothing', async () => {
    const db = await freshDatabase();
    await setupTeamSchema(owner(db));
    await ownerSql(db, `SELECT planwright.add_member('Team A', 'dana', 'Dana', false)`);
    await ownerSql(db, `UPDATE planwright.schema_info SET version = ${TEAM_SCHEMA_VERSION + 1}`);

    const bySetup = await rejection(setupTeamSchema(owner(db)));
    expect(bySetup.reason).toBe('teamSchemaNewer');
    expect(bySetup.because?.params).toEqual({ server: TEAM_SCHEMA_VERSION + 1, app: TEAM_SCHEMA_VERSION });
    const byMember = await rejection(connectTeamRemote(teamConfig(cluster, 'dana', 'dana-Secret-4', { database: db })));
    expect(byMember.reason).toBe('teamSchemaNewer');
    expect(byMember.because?.params).toEqual({ server: TEAM_SCHEMA_VERSION + 1, app: TEAM_SCHEMA_VERSION });
    expect(await ownerSql(db, 'SELECT version FROM planwright.schema_info')).toEqual([{ version: TEAM_SCHEMA_VERSION + 1 }]);
  });

  it('a database without the team library, or with an older one, asks for the owner’s setup', async () => {
    const db = await freshDatabase();
    const missing = await rejection(connectTeamRemote(owner(db)));
    expect(missing.reason).toBe('teamSchemaMissing');

    await setupTeamSchema(owner(db));
    await ownerSql(db, `UPDATE planwright.schema_info SET version = 0`);
    const older = await rejection(connectTeamRemote(owner(db)));
    expect(older.reason).toBe('teamSchemaMissing');
    expect(older.message).toMatch(/owner must run setup/);
  });

  it('a login that is no member of the library is told so; a member of no team here sees no teams', async () => {
    const db = await freshDatabase();
    await setupTeamSchema(owner(db));
    await cluster.createLogin('erin', 'erin-Secret-5');
    const error = await rejection(connectTeamRemote(teamConfig(cluster, 'erin', 'erin-Secret-5', { database: db })));
    expect(error.reason).toBe('teamNotMember');
    // Roles are the cluster's: a member of a team in another database is a member here too, of no team.
    await cluster.ownerQuery('GRANT planwright_member TO dana');
    const remote = await connectTeamRemote(teamConfig(cluster, 'dana', 'dana-Secret-4', { database: db }));
    try {
      expect((await remote.info()).teams).toEqual([]);
      expect(await remote.listPlans()).toEqual([]);
    } finally {
      await remote.close();
    }
  });

  it('an owner that is no superuser (as on a managed service) sets it up and adds members', async () => {
    await cluster.ownerQuery(`CREATE ROLE lib_owner LOGIN CREATEROLE PASSWORD 'owner-Secret-6'`);
    await cluster.ownerQuery('CREATE DATABASE lib_managed OWNER lib_owner');
    // The member role is the cluster's, made by another database's setup (here: the superuser's);
    // its admin hands it on, as PostgreSQL 16+ asks.
    await cluster.ownerQuery(
      `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planwright_member') THEN CREATE ROLE planwright_member NOLOGIN; END IF; END $$`,
    );
    await cluster.ownerQuery('GRANT planwright_member TO lib_owner WITH ADMIN OPTION');
    const owner = teamConfig(cluster, 'lib_owner', 'owner-Secret-6', { database: 'lib_managed' });
    expect(await setupTeamSchema(owner)).toEqual({ from: 0, to: TEAM_SCHEMA_VERSION });
    const { default: pg } = await import('pg');
    const client = new pg.Client({ host: cluster.host, port: cluster.port, user: 'lib_owner', password: 'owner-Secret-6', database: 'lib_managed' });
    await client.connect();
    try {
      await client.query(`CREATE ROLE fran LOGIN PASSWORD 'fran-Secret-7'`);
      const team = (await client.query<{ id: string }>(`SELECT planwright.add_member('Team M', 'fran', 'Fran', true) AS id`)).rows[0]!.id;
      const remote = await connectTeamRemote(teamConfig(cluster, 'fran', 'fran-Secret-7', { database: 'lib_managed' }));
      try {
        const remoteId = '0d4b7a3e-5c1f-4e8a-b2d9-7f6e5a4b3c21';
        await remote.publish({ remoteId, teamId: team, baseVersion: 0, name: 'M', document: '{}', contentHash: 'm1' });
        expect((await remote.lock(remoteId, 1)).lockedBy).toBe('Fran');
        expect(
          (await rejection(remote.publish({ remoteId, teamId: team, baseVersion: 1, name: 'M', document: '{}', contentHash: 'm2' }))).reason,
        ).toBe('teamLocked');
      } finally {
        await remote.close();
      }
    } finally {
      await client.end();
    }
  });

  it('a member cannot set the schema up, and nothing is made', async () => {
    const db = await freshDatabase();
    const error = await rejection(setupTeamSchema(teamConfig(cluster, 'dana', 'dana-Secret-4', { database: db })));
    expect(error.reason).toBe('teamDenied');
    expect(await ownerSql(db, `SELECT to_regnamespace('planwright') AS schema`)).toEqual([{ schema: null }]);
  });
});
