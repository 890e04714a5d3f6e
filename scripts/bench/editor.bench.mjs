// The editor on a benchmark-size plan (the `stress` sample: 300 actions, 60 SWOT items,
// 20 objectives, 40 KPIs × 12 months, 150 budget lines) in browser mode:
// - keystroke to painted frame in a text field, a rich-text narrative, a cell of the
//   300-row actions table and a month of the forecast grid, and the main thread's work per keystroke until its frame is committed
//   (target: p95 ≤ 16 ms, one frame; see keystroke-work.mjs for why both);
// - switching steps with Alt+↓ until the next part's title is painted (target ≤ 100 ms);
// - a save's round trip, page → server → SQLite → page (target: p95 ≤ 10 ms).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, percentile, root } from './common.mjs';
import { keystrokeWork } from './keystroke-work.mjs';

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

/** Calls a command the way the app's HTTP bridge does, from inside the page. */
function invoke(page, command, request) {
  return page.evaluate(
    async ({ command, request }) => {
      const token = document.querySelector('meta[name="planwright-token"]').content;
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
        body: JSON.stringify({ command, request }),
      });
      return response.json();
    },
    { command, request },
  );
}

/**
 * Records, for each keydown, the time from the event to the frame after it: a rAF callback
 * runs before the frame is painted and a message posted from it runs once it has been.
 */
async function installFrameProbe(page) {
  await page.evaluate(() => {
    window.__frames = [];
    // A hash change keeps the document, so install once per document.
    if (window.__probe) return;
    window.__probe = true;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__frames.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
}

async function typeText(page, text) {
  for (const ch of text) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(100);
}

/**
 * Types `text` twice where the focus is: once timing each key to its painted frame in the page,
 * once under a trace for the main thread's work per key (keystroke-work.mjs), so the trace's own
 * cost never enters the first figure.
 */
async function typeAndMeasure(browser, page, text) {
  await page.evaluate(() => (window.__frames = []));
  await typeText(page, text);
  const frames = await page.evaluate(() => window.__frames.slice());
  const work = await keystrokeWork(browser, page, () => typeText(page, text));
  return { frames, work };
}

export async function run() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-editor-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const rows = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.locator('h1').first().waitFor();
    const created = await invoke(page, 'plans.createFromSample', { sample: 'stress', language: 'en' });
    if (!created.ok) throw new Error(`could not create the stress plan: ${JSON.stringify(created.error)}`);
    const planId = created.value.id;

    // What a keystroke costs in this browser with no app at all: the floor under every figure below.
    const blank = await browser.newPage();
    await blank.setContent('<label>Baseline <input id="baseline"></label>');
    await installFrameProbe(blank);
    await blank.locator('#baseline').click();
    const baseline = await typeAndMeasure(browser, blank, 'benchmark typing ');
    await blank.close();
    const base = `${server.url}#/plans/${planId}`;

    // Keystrokes: a plain text field (Strategy), a rich-text narrative (Summary), a cell of the actions table.
    const text = 'benchmark typing ';
    await page.goto(`${base}/strategy`);
    await installFrameProbe(page);
    const field = page.locator('main textarea, main input[type="text"]').first();
    await field.waitFor();
    await field.click();
    const fieldKeys = await typeAndMeasure(browser, page, text);

    await page.goto(`${base}/summary`);
    await installFrameProbe(page);
    const rich = page.locator('main [contenteditable="true"]').first();
    await rich.waitFor();
    await rich.click();
    const richKeys = await typeAndMeasure(browser, page, text);

    await page.goto(`${base}/actions`);
    await installFrameProbe(page);
    const grid = page.getByRole('grid').first();
    await grid.waitFor();
    await grid.getByRole('gridcell').first().click();
    await page.keyboard.press('Enter');
    await grid.locator('input, textarea').first().waitFor();
    const gridKeys = await typeAndMeasure(browser, page, text);
    await page.keyboard.press('Escape');

    // A month's cell of the forecast grid (products × months), on the Budget part with its charts.
    await page.goto(`${base}/budget`);
    await installFrameProbe(page);
    const forecast = page.getByRole('grid', { name: 'Forecast by product and month' });
    await forecast.waitFor();
    await forecast.locator('td[data-column^="m-"]').first().click();
    await page.keyboard.press('Enter');
    await forecast.locator('input').first().waitFor();
    const forecastKeys = await typeAndMeasure(browser, page, '1234567890 1234567');
    await page.keyboard.press('Escape');
    if (fieldKeys.frames.length === 0 || fieldKeys.work.length === 0) throw new Error('no keystroke was measured in the text field');

    const row = (name, values) => ({ name, unit: 'ms', median: percentile(values, 50), p95: percentile(values, 95), runs: values.length });
    const all = (kind) => [...fieldKeys[kind], ...richKeys[kind], ...gridKeys[kind]];
    rows.push(row('baseline: keystroke to painted frame in a bare <input> (no app)', baseline.frames));
    rows.push(row('stress plan: keystroke to painted frame (text field, rich text, 300-row table)', all('frames')));
    rows.push(row('stress plan: … in a text field (Strategy)', fieldKeys.frames));
    rows.push(row('stress plan: … in a rich-text narrative (Summary)', richKeys.frames));
    rows.push(row('stress plan: … in a cell of the 300-row actions table', gridKeys.frames));
    rows.push(row('stress plan: … in a month of the forecast grid (Budget)', forecastKeys.frames));
    rows.push(row('baseline: main-thread work per keystroke until its frame is committed, bare <input>', baseline.work));
    rows.push(row('stress plan: main-thread work per keystroke until its frame is committed (all three fields)', all('work')));
    rows.push(row('stress plan: … in a text field (Strategy)', fieldKeys.work));
    rows.push(row('stress plan: … in a rich-text narrative (Summary)', richKeys.work));
    rows.push(row('stress plan: … in a cell of the 300-row actions table', gridKeys.work));
    rows.push(row('stress plan: … in a month of the forecast grid (Budget)', forecastKeys.work));

    // Switching steps: Alt+↓ from the rail through all eight parts, there and back.
    await page.goto(`${base}/summary`);
    await page.locator('main h1').first().waitFor();
    const switches = [];
    const completes = [];
    for (let round = 0; round < 2; round++) {
      for (const key of ['ArrowDown', 'ArrowUp']) {
        for (let i = 0; i < 7; i++) {
          const before = await page.locator('main h1').first().textContent();
          await page.locator('body').focus();
          const { painted, complete } = await page.evaluate(
            ({ key, before }) =>
              new Promise((resolve) => {
                const start = performance.now();
                // A message posted from an animation frame runs once that frame is painted.
                const afterPaint = (then) =>
                  requestAnimationFrame(() => {
                    const channel = new MessageChannel();
                    channel.port1.onmessage = () => then(performance.now() - start);
                    channel.port2.postMessage(null);
                  });
                let painted = 0;
                // The part is complete once its later sections (mounted a frame after the title, see
                // renderer/src/components/deferred.tsx) have replaced their placeholders and been painted.
                const waitComplete = () => {
                  if (document.querySelector('main .deferred-placeholder')) return requestAnimationFrame(waitComplete);
                  afterPaint((complete) => resolve({ painted, complete }));
                };
                const observer = new MutationObserver(() => {
                  const h1 = document.querySelector('main h1');
                  if (h1 && h1.textContent !== before) {
                    observer.disconnect();
                    afterPaint((elapsed) => {
                      painted = elapsed;
                      waitComplete();
                    });
                  }
                });
                observer.observe(document.body, { subtree: true, childList: true, characterData: true });
                document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true }));
              }),
            { key, before },
          );
          switches.push(painted);
          completes.push(complete);
          // Let the previous part's late work (charts drawn as they come into view) settle, as a reader would.
          await page.waitForTimeout(150);
        }
      }
    }
    rows.push({
      name: 'stress plan: switching steps (Alt+↓/↑ to the next part painted)',
      unit: 'ms',
      median: percentile(switches, 50),
      p95: percentile(switches, 95),
      runs: switches.length,
    });
    rows.push({
      name: 'stress plan: … until every section of the part is mounted and painted',
      unit: 'ms',
      median: percentile(completes, 50),
      p95: percentile(completes, 95),
      runs: completes.length,
    });

    // Saves: an action's title and the strategy fields, each round trip timed in the page, over
    // the app's transport (one WebSocket, shared/contracts/socket-protocol.ts) and, for
    // comparison, over the POST the app falls back to (and uses while the page is being left).
    const plan = (await invoke(page, 'plans.get', { planId })).value;
    const saves = await page.evaluate(
      async ({ planId, action, strategy, n }) => {
        const token = document.querySelector('meta[name="planwright-token"]').content;
        const post = async (command, request) => {
          const response = await fetch('/api/invoke', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
            body: JSON.stringify({ command, request }),
          });
          return response.json();
        };
        const socket = new WebSocket(`ws://${location.host}/api/socket`, ['planwright', `planwright-token.${token}`]);
        await new Promise((resolve, reject) => {
          socket.onopen = resolve;
          socket.onerror = () => reject(new Error('the command socket did not open'));
        });
        const answers = new Map();
        let nextId = 1;
        socket.onmessage = (event) => {
          const { id, result } = JSON.parse(event.data);
          answers.get(id)?.(result);
          answers.delete(id);
        };
        const send = (command, request) =>
          new Promise((resolve) => {
            const id = nextId++;
            answers.set(id, resolve);
            socket.send(JSON.stringify({ id, command, request }));
          });
        const timed = async (call, tag) => {
          const times = [];
          for (let i = 0; i < n; i++) {
            for (const [command, request] of [
              ['rows.upsert', { planId, collection: 'actions', row: { ...action, title: `${action.title} ${tag}${i}` } }],
              [
                'fields.set',
                { planId, part: 'strategy', fields: { ...strategy, differentiation: { ...strategy.differentiation, image: `image ${tag}${i}` } } },
              ],
            ]) {
              const start = performance.now();
              const result = await call(command, request);
              if (!result.ok) throw new Error(JSON.stringify(result.error));
              times.push(performance.now() - start);
            }
          }
          return times;
        };
        const out = { socket: await timed(send, 's'), post: await timed(post, 'p') };
        socket.close();
        return out;
      },
      { planId, action: plan.collections.actions[150], strategy: plan.fields.strategy, n: 50 },
    );
    rows.push({
      name: 'stress plan: save round trip (rows.upsert, fields.set) over the app’s command socket',
      unit: 'ms',
      median: percentile(saves.socket, 50),
      p95: percentile(saves.socket, 95),
      runs: saves.socket.length,
    });
    rows.push({
      name: 'stress plan: … over POST /api/invoke (the fallback, and saves sent while the page is left)',
      unit: 'ms',
      median: percentile(saves.post, 50),
      p95: percentile(saves.post, 95),
      runs: saves.post.length,
    });
  } finally {
    await browser.close();
    server.child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
