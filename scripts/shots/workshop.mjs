// Screenshots of the trainer's workshop at 1280×720, English and Chinese, into /work/shots/workshop/
// (or the folder given as the first argument): the library sorted by author, and "Prepare for class".
// Build first: node scripts/build.mjs --quiet
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = process.argv[2] ?? '/work/shots/workshop';
mkdirSync(outDir, { recursive: true });
const args = JSON.parse(readFileSync(path.join(root, 'test/e2e/fixtures/chromium-args.json'), 'utf8'));
const AUTHORS = { en: ['Zhang Min', 'Li Wei', 'Wang Fang', ''], 'zh-CN': ['张敏', '李伟', '王芳', ''] };
const NAMES = { en: 'Li Wei\nWang Fang\nZhang Min\nWang Fang\n\nChen Jie', 'zh-CN': '李伟\n王芳\n张敏\n王芳\n\n陈杰' };
const SAMPLES = ['education', 'infant-formula', 'trade-course', 'social-campaign'];

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

/** The desktop app's preload as a browser-mode page can have it (see test/e2e/fixtures/fake-desktop-api.ts). */
function fakeDesktopApi() {
  const recorded = { calls: [], current: null, listener: null };
  globalThis.__presenter = recorded;
  const done = (value = null) => Promise.resolve({ ok: true, value });
  globalThis.planwright = {
    platform: 'linux',
    invoke: async (command, request) => {
      const token = globalThis.document.querySelector('meta[name="planwright-token"]')?.getAttribute('content') ?? '';
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
        body: JSON.stringify({ command, request }),
      });
      return response.json();
    },
    onMenu: () => () => undefined,
    saveFile: () => done({ saved: false, path: null }),
    presenter: {
      open: () => (recorded.calls.push(['open']), done()),
      show: (notes) => (recorded.calls.push(['show', notes]), done()),
      close: () => (recorded.calls.push(['close']), done()),
      current: () => done(recorded.current),
      onClosed: () => () => undefined,
      onNotes: (listener) => ((recorded.listener = listener), () => undefined),
    },
  };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args });
try {
  for (const language of ['en', 'zh-CN']) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planwright-shots-'));
    const { child, url } = await startServer(dataDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: language });
      await page.goto(url);
      await invoke(page, 'settings.set', { language, theme: 'light' });
      const ids = [];
      for (const [i, author] of AUTHORS[language].entries()) {
        const made = await invoke(page, 'plans.createFromSample', { sample: SAMPLES[i], language });
        await invoke(page, 'plans.updateMeta', { planId: made.id, patch: { author } });
        ids.push(made.id);
      }
      await page.reload();
      await page.locator('.plan-table tbody tr').first().waitFor();
      await page.locator('.plan-table th[data-column="author"] button').click();
      await page.locator('.plan-table th[aria-sort="ascending"]').waitFor();
      await page.screenshot({ path: path.join(outDir, `library-by-author-${language}.png`) });

      await page.locator('.plan-table tbody tr').first().locator('.row-menu-button').click();
      await page
        .getByRole('menuitem')
        .filter({ hasText: language === 'en' ? 'Prepare for class' : '准备课堂材料' })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('textarea').fill(NAMES[language]);
      await dialog.locator('input.input').fill(language === 'en' ? 'Autumn cohort, Suzhou' : '2027 秋季班·苏州');
      await page.screenshot({ path: path.join(outDir, `hand-out-${language}.png`) });
      await dialog.locator('textarea').fill(`${NAMES[language]}\n${'长'.repeat(201)}`);
      await page.screenshot({ path: path.join(outDir, `hand-out-refused-${language}.png`) });
      await page.keyboard.press('Escape');

      await page.goto(`${url}#/plans/${ids[0]}`);
      await page.locator('.rail-header').waitFor();
      await page.screenshot({ path: path.join(outDir, `workspace-rail-${language}.png`) });
      await page.close();

      // The desktop app's presenter notes window, fed by a presentation on the budget part.
      const presenting = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: language });
      await presenting.addInitScript(fakeDesktopApi);
      await presenting.goto(`${url}#/plans/${ids[1]}`);
      await presenting.locator('.rail-header').waitFor();
      await presenting.keyboard.press('F5');
      await presenting.locator('dialog.present').waitFor();
      await presenting.keyboard.press('n');
      await presenting.keyboard.press('7');
      await presenting.waitForFunction(() => globalThis.__presenter.calls.some((c) => c[0] === 'show' && c[1].part === 'budget'));
      await presenting.screenshot({ path: path.join(outDir, `present-notes-button-${language}.png`) });
      const notes = await presenting.evaluate(() => globalThis.__presenter.calls.filter((c) => c[0] === 'show').at(-1)[1]);
      await presenting.close();
      const notesWindow = await browser.newPage({ viewport: { width: 720, height: 560 }, locale: language });
      await notesWindow.addInitScript(fakeDesktopApi);
      await notesWindow.addInitScript((n) => (globalThis.__presenter.current = n), notes);
      await notesWindow.goto(`${url}#/presenter-notes`);
      await notesWindow.locator('[data-present-notes]').waitFor();
      await notesWindow.screenshot({ path: path.join(outDir, `notes-window-${language}.png`) });
      await notesWindow.setViewportSize({ width: 1280, height: 720 });
      await notesWindow.screenshot({ path: path.join(outDir, `notes-window-1280-${language}.png`) });
      await notesWindow.close();
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${outDir}`);
