// The team library (docs/team.md) against a real PostgreSQL on this machine (a throwaway cluster,
// as the tests start it), each laptop a process of its own with its own data folder, going
// through the app's own commands:
// - the `stress` plan (300 actions, 40 KPIs × 12 months, 428 KiB as .mplan): its first publish,
//   a sync that publishes one change, a pull into a second laptop, a sync that brings a change
//   down, and a sync with nothing to do;
// - 20 laptops of one team, 50 plans each, all at once: each publishes its 50 plans (1,000 in the
//   library), opens 10 of its neighbour's, changes 5 of its own and syncs (60 linked plans: 5 go
//   up), syncs again (the neighbour's 5 changes come down), and syncs with nothing changed; then
//   one of them does the same syncs alone, as one user with a laptop of their own would.
// Times are of the commands inside each process (process start-up left out), and each phase's
// wall time from the first laptop's start to the last one's end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { rawText } from '../raw-text-plugin.mjs';
import { percentile, root } from './common.mjs';

const LAPTOPS = Number(process.env.PLANWRIGHT_BENCH_LAPTOPS) || 20;
const PLANS = Number(process.env.PLANWRIGHT_BENCH_TEAM_PLANS) || 50;

async function bundle(entry, out) {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', '@resvg/resvg-js', 'playwright-core', 'pg-native', 'pg-cloudflare'],
    plugins: [rawText],
    logLevel: 'warning',
  });
  return path.join(root, out);
}

function laptop(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim() ? JSON.parse(out.trim().split('\n').at(-1)) : null) : reject(new Error(err || `exit ${code}`)),
    );
  });
}

async function phase(label, jobs) {
  const start = performance.now();
  const results = await Promise.all(jobs.map((job) => job()));
  const wall = performance.now() - start;
  const times = results.flatMap((r) => r?.times ?? []);
  const outcomes = {};
  for (const r of results) for (const [k, n] of Object.entries(r?.results ?? {})) outcomes[k] = (outcomes[k] ?? 0) + n;
  console.log(
    `  ${label}: wall ${(wall / 1000).toFixed(2)} s; per call median ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms; ${JSON.stringify(outcomes)}`,
  );
  return { wall, times, results };
}

const row = (name, times, unit = 'ms') => ({ name, median: percentile(times, 50), p95: percentile(times, 95), unit, runs: times.length });

export async function run({ runs = Number(process.env.PLANWRIGHT_BENCH_RUNS) || 5 } = {}) {
  const serverModule = await bundle('scripts/bench/team-server.ts', 'dist/bench/team-server.cjs');
  const server = createRequire(import.meta.url)(serverModule);
  if (server.postgresMissing) {
    console.log(`  PostgreSQL is not installed (${server.postgresMissing}): the team benchmark is skipped`);
    return [];
  }
  const script = await bundle('scripts/bench/team-laptop.ts', 'dist/bench/team-laptop.cjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-team-'));
  const cluster = await server.startPostgresCluster();
  try {
    const members = [
      ...Array.from({ length: LAPTOPS }, (_, i) => ({
        role: `laptop${i + 1}`,
        password: `pw-${i + 1}`,
        team: 'Bench team',
        displayName: `Laptop ${i + 1}`,
      })),
      { role: 'stress_a', password: 'pw-a', team: 'Bench team' },
      { role: 'stress_b', password: 'pw-b', team: 'Bench team' },
    ];
    await server.setupTeamLibrary(cluster, members);
    const connection = (user) => JSON.stringify({ host: cluster.host, port: cluster.port, database: cluster.database, user, sslMode: 'disable' });
    const rows = [];

    // The stress plan.
    const a = path.join(dir, 'stress-a');
    const b = path.join(dir, 'stress-b');
    await laptop(script, ['seed', a, '1', 'Stress', 'stress']);
    const first = await laptop(script, ['publish', a, connection('stress_a'), 'pw-a']);
    const [stressId] = first.plans;
    const pulled = await laptop(script, ['pull', b, connection('stress_b'), 'pw-b', JSON.stringify([stressId])]);
    const up = [];
    const down = [];
    const idle = [];
    for (let i = 0; i < runs; i++) {
      up.push(...(await laptop(script, ['edit-sync', a, connection('stress_a'), 'pw-a', '1'])).times);
      down.push(...(await laptop(script, ['sync', b, connection('stress_b'), 'pw-b'])).times);
      idle.push(...(await laptop(script, ['sync', b, connection('stress_b'), 'pw-b'])).times);
    }
    console.log(`  stress plan: first publish ${first.times[0].toFixed(0)} ms, first pull ${pulled.times[0].toFixed(0)} ms`);
    rows.push(row('team: stress plan, first publish', first.times));
    rows.push(row('team: stress plan, open (pull) on a second laptop', pulled.times));
    rows.push(row('team: stress plan, sync publishing a change', up));
    rows.push(row('team: stress plan, sync bringing a change down', down));
    rows.push(row('team: stress plan, sync with nothing to do', idle));

    // 20 laptops × 50 plans, all at once.
    const folders = Array.from({ length: LAPTOPS }, (_, i) => path.join(dir, `laptop-${i + 1}`));
    for (const [i, f] of folders.entries()) await laptop(script, ['seed', f, String(PLANS), `Laptop ${i + 1}`]);
    const as = (i) => [connection(`laptop${i + 1}`), `pw-${i + 1}`];
    const published = await phase(
      `${LAPTOPS} laptops publish ${PLANS} plans each`,
      folders.map((f, i) => () => laptop(script, ['publish', f, ...as(i)])),
    );
    const own = published.results.map((r) => r.plans);
    const opened = await phase(
      `each opens 10 of its neighbour's plans`,
      folders.map((f, i) => () => laptop(script, ['pull', f, ...as(i), JSON.stringify(own[(i + 1) % LAPTOPS].slice(0, 10))])),
    );
    const editSync = await phase(
      `each changes 5 of its plans and syncs (${PLANS + 10} linked)`,
      folders.map((f, i) => () => laptop(script, ['edit-sync', f, ...as(i), '5'])),
    );
    const downSync = await phase(
      `each syncs again: the neighbour's 5 changes come down`,
      folders.map((f, i) => () => laptop(script, ['sync', f, ...as(i)])),
    );
    const idleSync = await phase(
      'each syncs with nothing changed',
      folders.map((f, i) => () => laptop(script, ['sync', f, ...as(i)])),
    );
    // The same syncs by one laptop while the other 19 are idle: each laptop has a CPU of its own,
    // which the 20 processes above share (2 cores here), so this is what one user waits for.
    const alone = { send: [], down: [], idle: [] };
    for (let i = 0; i < runs; i++) {
      alone.send.push(...(await laptop(script, ['edit-sync', folders[1], ...as(1), '5'])).times);
      alone.down.push(...(await laptop(script, ['sync', folders[0], ...as(0)])).times);
      alone.idle.push(...(await laptop(script, ['sync', folders[0], ...as(0)])).times);
    }
    console.log(
      `  one laptop alone (60 linked plans): sending 5 median ${percentile(alone.send, 50)} ms, bringing 5 down ${percentile(alone.down, 50)} ms, nothing to do ${percentile(alone.idle, 50)} ms`,
    );
    const versions = (await cluster.ownerQuery('SELECT count(*)::int AS n FROM planwright.plan_versions')).rows[0].n;
    console.log(
      `  the library holds ${versions} versions of ${(await cluster.ownerQuery('SELECT count(*)::int AS n FROM planwright.plans')).rows[0].n} plans`,
    );
    const sec = (p) => [p.wall / 1000];
    rows.push(row(`team: ${LAPTOPS} laptops × ${PLANS} plans, one publish`, published.times));
    rows.push(row(`team: ${LAPTOPS} laptops × ${PLANS} plans, all published (wall)`, sec(published), 's'));
    rows.push(row(`team: ${LAPTOPS} laptops, one pull`, opened.times));
    rows.push(row(`team: ${LAPTOPS} laptops, sync sending 5 of ${PLANS + 10}`, editSync.times));
    rows.push(row(`team: ${LAPTOPS} laptops, sync bringing 5 down`, downSync.times));
    rows.push(row(`team: ${LAPTOPS} laptops, sync with nothing to do`, idleSync.times));
    rows.push(row(`team: ${LAPTOPS} laptops all syncing (wall)`, sec(editSync), 's'));
    rows.push(row(`team: one laptop alone, sync sending 5 of ${PLANS + 10}`, alone.send));
    rows.push(row(`team: one laptop alone, sync bringing 5 down`, alone.down));
    rows.push(row(`team: one laptop alone, sync with nothing to do`, alone.idle));
    return rows;
  } finally {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
