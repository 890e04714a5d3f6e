// Screenshots of class mode (`node scripts/class-shots.mjs [outDir]`, after `node scripts/build.mjs`):
// the multi-import dialog and the class board at 1280×720 and 1440×900, in English and Chinese,
// from a fresh data folder served in browser mode. Default folder: /work/shots/class.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? '/work/shots/class');
const args = JSON.parse(readFileSync(path.join(root, 'test/e2e/fixtures/chromium-args.json'), 'utf8'));
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];
const STUDENTS = {
  en: ['Li Wei', 'Wang Fang', 'Zhang Min', 'Liu Yang', 'Chen Jie', 'Yang Lin', 'Zhao Lei', 'Huang Yu'],
  'zh-CN': ['李伟', '王芳', '张敏', '刘洋', '陈杰', '杨琳', '赵磊', '黄宇'],
};
const SAMPLES = ['education', 'infant-formula', 'trade-course', 'social-campaign'];

function startServer(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'dist/node/web.cjs'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function invoke(page, command, request) {
  const result = await page.evaluate(
    async ([command, request]) => {
      const token = globalThis.document.querySelector('meta[name="planwright-token"]').getAttribute('content');
      const res = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
        body: JSON.stringify({ command, request }),
      });
      return res.json();
    },
    [command, request],
  );
  if (!result.ok) throw new Error(`${command}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Eight participants' files (from the samples, in the language) plus a malformed one. */
async function classFiles(page, language) {
  const files = [];
  for (const [i, student] of STUDENTS[language].entries()) {
    const made = await invoke(page, 'plans.createFromSample', { sample: SAMPLES[i % SAMPLES.length], language });
    const exported = await invoke(page, 'plans.exportFile', { planId: made.id });
    const file = JSON.parse(exported.content);
    file.plan.meta.author = student;
    files.push({ name: `${String(i + 1).padStart(2, '0')}-${i}.mplan`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await invoke(page, 'plans.trash', { planId: made.id });
    await invoke(page, 'plans.deletePermanently', { planId: made.id });
  }
  files.push({ name: '09-broken.mplan', mimeType: 'application/json', buffer: Buffer.from('{"format": "planwright-plan", "version": 1, "plan": {') });
  return files;
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args });
try {
  for (const language of ['en', 'zh-CN']) {
    for (const size of SIZES) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planwright-shots-'));
      const { child, url } = await startServer(dataDir);
      try {
        const page = await browser.newPage({ viewport: size, locale: language });
        await page.goto(url);
        await invoke(page, 'settings.set', { language, theme: 'light' });
        await page.reload();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const files = await classFiles(page, language);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: language === 'en' ? 'Import…' : '导入…', exact: true }).click();
        await (await chooser).setFiles(files);
        const dialog = page.getByRole('dialog');
        await dialog.locator('input.multi-import__author').first().waitFor();
        await dialog.locator('select').selectOption({ index: 0 });
        await dialog.locator('input.input:not(.multi-import__author)').fill(language === 'en' ? 'Spring cohort 2027, Hangzhou' : '2027 春季班·杭州');
        const tag = `${language}-${size.width}x${size.height}`;
        await page.screenshot({ path: path.join(outDir, `multi-import-${tag}.png`) });
        await dialog.locator('.modal__footer .button--primary').click();
        await dialog
          .locator('.modal__footer .button--primary')
          .filter({ hasText: language === 'en' ? 'Open the class board' : '打开班级看板' })
          .click();
        await page.locator('.board-table tbody tr').first().waitFor();
        await page.screenshot({ path: path.join(outDir, `board-${tag}.png`) });
        const boxes = page.locator('.board-table__pick');
        await boxes.nth(0).check();
        await boxes.nth(4).check();
        await page.locator('.class-board__compare-bar button').click();
        await page.locator('.side-by-side__column').first().waitFor();
        await page.locator('.side-by-side').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(outDir, `side-by-side-${tag}.png`) });
        await page.close();
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${outDir}`);
