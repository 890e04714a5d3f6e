import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../electron/core/storage/database';
import { richTextFromPlain, richTextToPlain } from '../../../../shared/domain';
import { describeWithPostgres, startPostgresCluster, type PostgresCluster } from '../../../support/postgres-cluster';
import { setupTeamLibrary } from '../../../support/team-fixture';
import { testBackend } from '../../helpers/backend';
import { tempDir } from '../../helpers/temp-dir';

const root = path.resolve(__dirname, '../../../..');
const bundle = path.join(root, 'dist/node/cli.cjs');
const KILLS = 8;
const PLANS = 12;

/**
 * kill -9 in the middle of a sync, again and again: whatever moment the laptop's process dies
 * (before, during or after a publish, between the server's answer and the local write), the next
 * sync finishes the job: every plan's last draft is the team's head, no version repeats the one
 * before it, and the data file is whole. It runs the built command line (`npm test` builds first).
 */
describeWithPostgres('planwright team sync killed mid-way', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    await setupTeamLibrary(cluster, [{ role: 'alice', password: 'alice-pw', team: 'Team A' }]);
  }, 60_000);
  afterAll(async () => cluster?.stop());

  it.runIf(fs.existsSync(bundle))(
    `survives ${KILLS} kills and ends with every plan's last draft sent, none sent twice`,
    { timeout: 120_000 },
    async () => {
      const dataDir = tempDir();
      const setup = testBackend(dataDir);
      setup.call('team.saveSettings', {
        connection: { host: cluster.host, port: cluster.port, database: cluster.database, user: 'alice', sslMode: 'disable' },
      });
      const samples = ['education', 'trade-course', 'infant-formula', 'social-campaign'] as const;
      const ids = Array.from(
        { length: PLANS },
        (_, i) => setup.call('plans.createFromSample', { sample: samples[i % 4]!, language: i % 2 ? 'zh-CN' : 'en' }).id,
      );
      setup.call('team.saveSettings', {
        connection: { host: cluster.host, port: cluster.port, database: cluster.database, user: 'alice', sslMode: 'disable' },
        password: 'alice-pw',
      });
      for (const planId of ids) await setup.callAsync('team.publish', { planId });
      setup.close();
      /** A new draft of every plan, written as the app writes it, while no sync runs. */
      const redraft = (round: number) => {
        const b = testBackend(dataDir);
        for (const planId of ids)
          b.call('fields.set', { planId, part: 'summary', fields: { narrative: richTextFromPlain(`Draft ${round} of ${planId}`) } });
        b.close();
      };

      const env = { ...process.env, PGPASSWORD: 'alice-pw', PLANWRIGHT_DATA_DIR: '', PLANWRIGHT_TEAM_URL: '' };
      const versions = async () => (await cluster.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM planwright.plan_versions')).rows[0]!.n;
      const seen: number[] = [];
      for (let kill = 0; kill < KILLS; kill++) {
        redraft(kill);
        const child = spawn(process.execPath, [bundle, 'team', 'sync', '--data-dir', dataDir], { env, stdio: 'ignore' });
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Killed as soon as the server holds the round's k-th new version (k = 1 … 11, one more each
        // round): right after a publish committed, before or while this laptop writes that it did.
        const start = await versions();
        const target = start + 1 + (kill % (PLANS - 1));
        let done = false;
        void exited.then(() => (done = true));
        while (!done && (await versions()) < target) await new Promise((resolve) => setTimeout(resolve, 2));
        child.kill('SIGKILL');
        await exited;
        seen.push(await versions());
        const db = new Database(path.join(dataDir, DATABASE_FILE));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
      }
      console.info(`team kill test: versions on the server after each kill: ${seen.join(', ')} (${PLANS} to start with, ${PLANS} more a round)`);
      const last = spawnSync(process.execPath, [bundle, 'team', 'sync', '--data-dir', dataDir], { env, encoding: 'utf8' });
      expect(last.status, last.stderr + last.stdout).toBe(0);

      // Every plan's latest draft is the team's head, and no version repeats the one before it
      // (a publish sent twice would): nothing lost, nothing sent twice.
      const rows = await cluster.ownerQuery<{ plan_id: string; version: number; content_hash: string }>(
        'SELECT plan_id, version, content_hash FROM planwright.plan_versions ORDER BY plan_id, version',
      );
      for (const planId of ids) {
        const history = rows.rows.filter((r) => r.plan_id === planId);
        expect(history.length).toBeGreaterThanOrEqual(2);
        history.forEach((v, i) => {
          expect(v.version).toBe(i + 1);
          if (i > 0) expect(v.content_hash).not.toBe(history[i - 1]!.content_hash);
        });
      }
      const after = testBackend(dataDir);
      const links = after.call('team.links', {});
      expect(links).toHaveLength(PLANS);
      for (const link of links) {
        const head = rows.rows.filter((r) => r.plan_id === link.planId).at(-1)!;
        expect(link).toMatchObject({ syncedVersion: head.version, localChanges: false, conflict: null });
        expect(richTextToPlain(after.call('plans.get', { planId: link.planId }).fields.summary.narrative)).toBe(
          `Draft ${KILLS - 1} of ${link.planId}`,
        );
      }
      // Each kill fell within its round: the server had some of the round's new versions, not all.
      seen.forEach((n, i) => expect(n - (i === 0 ? PLANS : seen[i - 1]!)).toBeLessThan(PLANS + 1));
    },
  );
});
