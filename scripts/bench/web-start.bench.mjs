// Cold start of browser mode: from spawning the server on an empty data folder to the library
// screen's first paint in Chromium. The browser is started once beforehand, so the figure is
// the app's own cost (server start, database creation, page load, first render).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, percentile, root } from './common.mjs';

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
      if (match) resolve({ child, url: match[1], started, readyMs: performance.now() - started });
    });
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}: ${out}`)));
  });
}

export async function run({ runs = 7 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const ready = [];
  const paint = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-'));
      const server = await startServer(dataDir);
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.locator('h1').first().waitFor({ state: 'visible' });
      // The frame after the heading is in the DOM is the one that paints it.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      paint.push(performance.now() - server.started);
      ready.push(server.readyMs);
      await page.close();
      server.child.kill();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  return [
    { name: 'browser mode: server ready (cold, empty data folder)', unit: 'ms', median: percentile(ready, 50), p95: percentile(ready, 95), runs },
    { name: 'browser mode: start to first paint of the library', unit: 'ms', median: percentile(paint, 50), p95: percentile(paint, 95), runs },
  ];
}
