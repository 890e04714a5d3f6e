/* global document */
// Screenshots of the Versions panel, a version opened read-only and the compare view at
// 1280×720 in English and Chinese: `node scripts/build.mjs --quiet && node scripts/shots-versions.mjs [out-dir]`.
// Starts browser mode on a fresh data folder with the education sample, saves a version,
// changes the plan, and photographs each screen.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'shots', 'versions'));
fs.mkdirSync(out, { recursive: true });
const args = JSON.parse(fs.readFileSync(path.join(root, 'test/e2e/fixtures/chromium-args.json'), 'utf8'));

async function start(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'dist/node/web.cjs'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      const m = /ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
      if (m) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(text)));
  });
  return { child, url };
}

const invoke = (page, command, request) =>
  page.evaluate(
    async ({ command, request }) => {
      const token = document.querySelector('meta[name="planwright-token"]').content;
      const r = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
        body: JSON.stringify({ command, request }),
      });
      const json = await r.json();
      if (!json.ok) throw new Error(JSON.stringify(json.error));
      return json.value;
    },
    { command, request },
  );

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args });
for (const language of ['en', 'zh-CN']) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-shots-'));
  const { child, url } = await start(dataDir);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: language });
    await page.goto(url);
    await invoke(page, 'settings.set', { language });
    const plan = await invoke(page, 'plans.createFromSample', { sample: 'education', language });
    await invoke(page, 'versions.save', {
      planId: plan.id,
      name: language === 'en' ? 'Sent to client' : '发给客户',
      note: language === 'en' ? 'Sent to client 3 Dec' : '12月3日发给客户',
    });
    const full = await invoke(page, 'plans.get', { planId: plan.id });
    const objective = full.collections.objectives[0];
    await invoke(page, 'rows.upsert', {
      planId: plan.id,
      collection: 'objectives',
      row: { ...objective, title: language === 'en' ? `${objective.title} in two new districts` : `${objective.title}，覆盖两个新城区` },
    });
    const line = full.collections.budgetLines[0];
    if (line)
      await invoke(page, 'rows.upsert', { planId: plan.id, collection: 'budgetLines', row: { ...line, amount: (line.amount ?? 0) + 5000000 } });
    await invoke(page, 'rows.delete', { planId: plan.id, collection: 'segments', id: full.collections.segments.at(-1).id });

    await page.goto(`${url}#/plans/${plan.id}/objectives`);
    await page.locator('.rail-header').waitFor();
    const tag = language === 'en' ? 'en' : 'zh';
    await page.screenshot({ path: path.join(out, `workspace-${tag}.png`) });
    await page.keyboard.press('Control+Shift+S');
    await page.locator('dialog[open]').waitFor();
    await page.screenshot({ path: path.join(out, `save-dialog-${tag}.png`) });
    await page.keyboard.press('Escape');
    await page
      .locator('.rail-header')
      .getByRole('button', { name: language === 'en' ? 'Versions…' : '版本…', exact: true })
      .click();
    await page.locator('.versions-table').waitFor();
    await page.screenshot({ path: path.join(out, `versions-panel-${tag}.png`) });
    await page
      .locator('.versions-table button', { hasText: language === 'en' ? 'Compare with now' : '与当前比较' })
      .first()
      .click();
    await page.locator('[data-testid="compare-result"]').waitFor();
    await page.screenshot({ path: path.join(out, `compare-${tag}.png`) });
    await page.locator('[data-compare-part="objectives"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(out, `compare-objectives-${tag}.png`) });
    await page.keyboard.press('Escape');
    await page
      .locator('.rail-header')
      .getByRole('button', { name: language === 'en' ? 'Versions…' : '版本…', exact: true })
      .click();
    await page
      .locator('.versions-table button', { hasText: language === 'en' ? 'Open' : '打开' })
      .first()
      .click();
    await page.locator('[data-testid="version-viewer"]').waitFor();
    await page.screenshot({ path: path.join(out, `version-open-${tag}.png`) });
    await page.close();
  } finally {
    child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
