/* global document -- the functions passed to page.evaluate run in the page */
// Screenshots of every present-mode screen at 1280 × 720, in English and Chinese, for a look from
// the back of the room (not a test): `node scripts/build.mjs --quiet && node scripts/present-shots.mjs [out-dir] [sample…]`.
// Each sample is presented in the plan's language with the UI in the same language; the
// notes overlay is taken on the SWOT and the KPI slides. Files: <out>/<sample>-<lang>-NN-<slide>.png.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, root } from './bench/common.mjs';

const out = path.resolve(process.argv[2] ?? '/work/shots/present');
const samples = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['education'];
fs.mkdirSync(out, { recursive: true });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-shots-'));
const server = spawn(process.execPath, [path.join(root, 'dist/node/web.cjs'), '--data-dir', dataDir, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = text.match(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (match) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
});

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  const invoke = (command, request) =>
    page.evaluate(
      async ({ command, request }) => {
        const token = document.querySelector('meta[name="planwright-token"]').content;
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
          body: JSON.stringify({ command, request }),
        });
        const result = await response.json();
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        return result.value;
      },
      { command, request },
    );
  const files = [];
  for (const sample of samples) {
    for (const language of ['en', 'zh-CN']) {
      await invoke('settings.set', { language });
      const plan = await invoke('plans.createFromSample', { sample, language });
      await page.goto(`${url}#/plans/${plan.id}`);
      // The UI's language is read when the page loads.
      await page.reload();
      await page.locator('[data-present-button]').waitFor();
      await page.keyboard.press('F5');
      const dialog = page.locator('dialog.present');
      await dialog.waitFor();
      const total = Number((await page.locator('[data-present-counter]').textContent()).split('/')[1].trim());
      for (let i = 0; i < total; i++) {
        const slide = page.locator(`[data-slide-index="${i}"] [data-slide]`);
        await slide.waitFor();
        await page.evaluate(() =>
          Promise.all([...document.querySelectorAll('dialog.present img')].map((img) => img.decode().catch(() => undefined))),
        );
        const id = await slide.getAttribute('data-slide');
        const file = path.join(out, `${sample}-${language}-${String(i + 1).padStart(2, '0')}-${id}.png`);
        await page.screenshot({ path: file });
        files.push(file);
        // The presenter's notes where they have the most to say: the SWOT's guidance, the KPIs' findings.
        if (id === 'swot-matrix' || id === 'control-kpis') {
          await page.keyboard.press('n');
          await page.locator('[data-present-notes]').waitFor();
          const notes = path.join(out, `${sample}-${language}-${String(i + 1).padStart(2, '0')}-${id}-notes.png`);
          await page.screenshot({ path: notes });
          files.push(notes);
          await page.keyboard.press('n');
        }
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  }
  console.log(files.map((f) => path.relative(process.cwd(), f)).join('\n'));
} finally {
  await browser.close();
  server.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
