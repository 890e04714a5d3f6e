// The library at 10, 100, 1,000 and 10,000 plans (a mix of sizes: the workshop samples, the
// `stress` plan, empty plans; see seed-library.ts), in browser mode and on the command line:
// - `planwright list` (a process: start, open the database, list, print);
// - the list command's round trip from the page (plans.list over POST /api/invoke);
// - cold start to the library's first paint (server spawned on the seeded folder → rows painted);
// - a search matching one plan in eight, typed into the library's search box, until its rows are painted;
// - opening a plan from the library (a workshop-size plan) until its workspace is painted.
// Targets: growth no worse than linear in the number of plans, independent of their size, and
// 10,000 plans listed and painted in ≤ 500 ms. PLANWRIGHT_BENCH_LIBRARY=10,100 picks the sizes.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, percentile, root } from './common.mjs';

const SIZES = (process.env.PLANWRIGHT_BENCH_LIBRARY ?? '10,100,1000,10000').split(',').map(Number);
const cli = path.join(root, 'dist/node/cli.cjs');

function startServer(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist/node/web.cjs'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) resolve({ child, url: match[1], started });
    });
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}: ${out}`)));
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    server.child.once('exit', resolve);
    server.child.kill();
  });
}

/** Bundled into dist/ (not the temp folder) so that it finds better-sqlite3 in node_modules. */
async function seeder() {
  const out = path.join(root, 'dist/bench/seed-library.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts/bench/seed-library.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return out;
}

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

/** plans.list from inside the page, the way the app's HTTP bridge sends it; ms and the answer's size. */
function listInPage(page) {
  return page.evaluate(async () => {
    const token = document.querySelector('meta[name="planwright-token"]').content;
    const start = performance.now();
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
      body: JSON.stringify({ command: 'plans.list', request: { trashed: false } }),
    });
    const text = await response.text();
    const ms = performance.now() - start;
    const result = JSON.parse(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return { ms, bytes: text.length, count: result.value.length, firstWorkshop: result.value.find((p) => p.client === 'Client 0')?.id };
  });
}

const timedCli = (args) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`planwright ${args.join(' ')}: ${result.stderr}`);
  return performance.now() - start;
};

const rowsOf = (page) => page.locator('tr[data-plan-id]');

/** Notes in the page when an answer to plans.list arrives on the app's command socket. */
function watchListAnswers() {
  const NativeSocket = window.WebSocket;
  const lists = new Set();
  window.__listAnswered = 0;
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (lists.delete(JSON.parse(e.data).id)) window.__listAnswered = performance.now();
      });
    }
    send(data) {
      const message = JSON.parse(data);
      if (message.command === 'plans.list') lists.add(message.id);
      super.send(data);
    }
  };
}

export async function run({ runs = 3 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-library-'));
  const seed = await seeder();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const rows = [];
  const add = (name, unit, values) => rows.push({ name, unit, median: percentile(values, 50), p95: percentile(values, 95), runs: values.length });
  try {
    for (const size of SIZES) {
      const dataDir = path.join(dir, `library-${size}`);
      fs.mkdirSync(dataDir);
      const seedStart = performance.now();
      execFileSync(process.execPath, [seed, dataDir, String(size)], { stdio: 'inherit', cwd: root });
      console.log(`  ${size} plans seeded in ${Math.round(performance.now() - seedStart)} ms`);

      const cliRuns = [];
      for (let i = 0; i < runs; i++) cliRuns.push(timedCli(['list', '--data-dir', dataDir]));
      add(`library ${size} plans: \`planwright list\` (process start to exit)`, 'ms', cliRuns);

      const paint = [];
      const list = [];
      const search = [];
      const open = [];
      const back = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const server = await startServer(dataDir);
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.addInitScript(watchListAnswers);
        try {
          await page.goto(server.url);
          await rowsOf(page).first().waitFor({ state: 'visible', timeout: 600_000 });
          await nextFrame(page);
          paint.push(performance.now() - server.started);

          for (let j = 0; j < 3; j++) {
            const answer = await listInPage(page);
            if (answer.count !== size) throw new Error(`listed ${answer.count} of ${size} plans`);
            list.push(answer.ms);
            bytes = answer.bytes;
          }

          // A long library renders only the rows in view: a search has landed when those all match.
          const allMatch = () => {
            const rows = [...document.querySelectorAll('tr[data-plan-id]')];
            return rows.length > 0 && rows.every((r) => r.textContent.includes('Client 3'));
          };
          const searchStart = performance.now();
          await page.locator('#plan-search').fill('Client 3');
          await page.waitForFunction(allMatch, null, { timeout: 600_000 });
          await nextFrame(page);
          search.push(performance.now() - searchStart);
          await page.locator('#plan-search').fill('');
          await page.waitForFunction(
            () => [...document.querySelectorAll('tr[data-plan-id]')].some((r) => !r.textContent.includes('Client 3')),
            null,
            { timeout: 600_000 },
          );

          const target = page.locator('tr[data-plan-id]').filter({ hasText: 'Client 0' }).first();
          const openStart = performance.now();
          await target.locator('a').first().click();
          await page.getByRole('navigation', { name: 'Parts of the plan' }).waitFor({ timeout: 600_000 });
          await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
          await nextFrame(page);
          open.push(performance.now() - openStart);

          // Back to the library: the list command and the table painted from its answer, in a warm page.
          const clicked = await page.evaluate(() => performance.now());
          const backStart = performance.now();
          await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Plans' }).click();
          await page.waitForFunction((t) => window.__listAnswered > t, clicked, { timeout: 600_000 });
          await rowsOf(page).first().waitFor({ state: 'visible', timeout: 600_000 });
          await nextFrame(page);
          back.push(performance.now() - backStart);
        } finally {
          await page.close();
          await stopServer(server);
        }
      }
      add(`library ${size} plans: plans.list round trip from the page (${Math.round(bytes / 1024)} KiB)`, 'ms', list);
      add(`library ${size} plans: cold start to the library's first paint`, 'ms', paint);
      add(`library ${size} plans: search matching one plan in eight, typed to painted (incl. the 150 ms debounce)`, 'ms', search);
      add(`library ${size} plans: opening a workshop plan from the library, click to painted`, 'ms', open);
      add(`library ${size} plans: back to the library, click to the rows painted from the list's answer (listed and painted)`, 'ms', back);
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
