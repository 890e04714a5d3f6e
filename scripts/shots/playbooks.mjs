// Screenshots of the method playbooks view at 1280×720, English and Chinese, into /work/shots/playbooks/
// (or the folder given as the first argument). Build first: node scripts/build.mjs --quiet
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = process.argv[2] ?? '/work/shots/playbooks';
mkdirSync(outDir, { recursive: true });
const args = JSON.parse(readFileSync(path.join(root, 'test/e2e/fixtures/chromium-args.json'), 'utf8'));

async function startServer(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'dist/node/web.cjs'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(out)));
  });
  return { child, url };
}

async function call(page, url, command, request) {
  const token = await page.locator('meta[name="planwright-token"]').getAttribute('content');
  const res = await fetch(new URL('api/invoke', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token ?? '' },
    body: JSON.stringify({ command, request }),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.value;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args });
for (const [locale, language] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh-CN'],
]) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planwright-shots-'));
  const { child, url } = await startServer(dataDir);
  try {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(url);
    const plan = await call(page, url, 'plans.createFromSample', { sample: 'infant-formula', language });
    for (const id of ['omnichannel', 'life-cycle']) await call(page, url, 'plans.attachPlaybook', { planId: plan.id, playbookId: id });
    await page.goto(`${url}#/plans/${plan.id}`);
    const region = page.locator('section.playbooks');
    await region.waitFor();
    await region.scrollIntoViewIfNeeded();
    await page
      .locator('article.playbook')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `playbooks-${language}.png`) });
    await page
      .locator('article.playbook')
      .nth(1)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `playbooks-life-cycle-${language}.png`) });
    // The open steps as suggestions in the health panel.
    await page.locator('[data-playbook-suggestions]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `playbooks-health-${language}.png`) });
    await context.close();
  } finally {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
