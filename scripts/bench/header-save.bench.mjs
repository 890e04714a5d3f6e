// What one save of the plan header costs on the wire, on the `stress` plan (300 actions,
// 40 KPIs × 12 months…): a pause after typing into the Client field sends its save; counted
// are the commands the page sends for it (round trips) and the bytes that cross, both ways,
// counted in the page on the app's own command socket and its POST fallback.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, root } from './common.mjs';

function startServer(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'dist/node/web.cjs'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}: ${out}`)));
  });
}

/** Counts every command message the page sends and every answer it gets, with their sizes. */
function countTraffic() {
  const traffic = { commands: [], sent: 0, received: 0 };
  window.__traffic = traffic;
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => (traffic.received += typeof e.data === 'string' ? e.data.length : 0));
    }
    send(data) {
      traffic.sent += data.length;
      traffic.commands.push(JSON.parse(data).command);
      super.send(data);
    }
  };
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await nativeFetch(input, init);
    if (String(input).includes('/api/invoke')) {
      traffic.sent += init.body.length;
      traffic.commands.push(JSON.parse(init.body).command);
      traffic.received += (await response.clone().text()).length;
    }
    return response;
  };
}

export async function run({ runs = 5 } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-header-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const trips = [];
  const sent = [];
  const received = [];
  let names = '';
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(countTraffic);
    await page.goto(server.url);
    await page.locator('h1').first().waitFor();
    const created = await page.evaluate(async () => {
      const token = document.querySelector('meta[name="planwright-token"]').content;
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
        body: JSON.stringify({ command: 'plans.createFromSample', request: { sample: 'stress', language: 'en' } }),
      });
      return response.json();
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await page.goto(`${server.url}#/plans/${created.value.id}`);
    const client = page.locator('main input[id$="-client"]');
    await client.waitFor();
    await page.waitForTimeout(1000);
    for (let i = 0; i < runs; i++) {
      await page.evaluate(() => Object.assign(window.__traffic, { commands: [], sent: 0, received: 0 }));
      await client.click();
      await client.press('End');
      await client.press(String(i));
      // The save goes after a 400 ms pause; whatever follows it has landed well within the second after.
      await page.waitForTimeout(1500);
      const t = await page.evaluate(() => ({ ...window.__traffic }));
      trips.push(t.commands.length);
      sent.push(t.sent);
      received.push(t.received);
      names = t.commands.join(' + ');
    }
  } finally {
    await browser.close();
    server.child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const row = (name, unit, values) => ({ name, unit, median: median(values), p95: Math.max(...values), runs });
  return [
    row(`stress plan: one header save, commands sent (${names})`, 'round trips', trips),
    row('stress plan: one header save, bytes sent by the page', 'B', sent),
    row('stress plan: one header save, bytes received by the page', 'B', received),
  ];
}
