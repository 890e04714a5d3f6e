// The desktop app end to end: the built main process opens a window on a fresh data folder, the
// page sees only the preload's API, a plan created through the UI is in the library after a
// restart. It needs the Electron binary, which this project's machines and CI cannot download
// (Electron fetches it on first use); there the tests are reported as skipped, with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../electron/launcher/electron-binary';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The Electron executable, or why there is none. Never fetches it: `require('electron')` would. */
function findElectron(): { binary: string; skipReason?: undefined } | { binary?: undefined; skipReason: string } {
  const found = findElectronBinary(ROOT);
  if ('binary' in found) return { binary: found.binary };
  return { skipReason: `Electron binary not installed: ${found.missing} (\`npm start\` fetches it where Electron's download host is reachable)` };
}

const electron = findElectron();
if (electron.skipReason) console.info(`test/e2e/electron.test.ts skipped: ${electron.skipReason}`);

const suiteName = electron.skipReason ? `Electron app (skipped: ${electron.skipReason})` : 'Electron app';

describe.skipIf(electron.skipReason !== undefined)(suiteName, () => {
  let dataDir: string;
  let app: ElectronApplication | undefined;
  const planName = `Launch 发布 ${Date.now().toString(36)} 🚀`;

  async function launch(): Promise<{ app: ElectronApplication; window: Page }> {
    const env = { ...process.env };
    delete env.PLANWRIGHT_DATA_DIR;
    // '.' runs package.json's main (dist/electron/main.cjs), as `npm start` and the packaged app do.
    const launched = await _electron.launch({
      executablePath: electron.binary,
      args: ['.', '--data-dir', dataDir, '--lang=en-US'],
      cwd: ROOT,
      env: env as Record<string, string>,
    });
    const window = await launched.firstWindow();
    await window.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
    return { app: launched, window };
  }

  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist/electron/main.cjs')) || !existsSync(path.join(ROOT, 'dist/renderer/index.html'))) {
      throw new Error('The build is missing: run `node scripts/build.mjs` first (`npm test` does).');
    }
    // The app needs better-sqlite3 built for Electron; the script says why if it cannot make it.
    const native = spawnSync(process.execPath, ['scripts/ensure-native.mjs', 'electron'], { cwd: ROOT, encoding: 'utf8' });
    if (native.status !== 0) throw new Error(native.stderr.trim() || 'scripts/ensure-native.mjs electron failed');
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'planwright-electron-e2e-'));
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the library in a window whose page sees window.planwright and no Node', async () => {
    const started = await launch();
    app = started.app;
    const page = started.window;
    const seen = await page.evaluate(() => {
      // The page's own global scope: no Node, no Electron, only the bridged API.
      const w = globalThis as unknown as Record<string, unknown> & { planwright: Record<string, unknown> };
      return {
        keys: Object.keys(w.planwright).sort(),
        require: typeof w.require,
        process: typeof w.process,
        ipc: typeof w.ipcRenderer,
      };
    });
    expect(seen).toEqual({ keys: ['invoke', 'onMenu', 'platform'], require: 'undefined', process: 'undefined', ipc: 'undefined' });
  });

  it('creates a plan through the UI and finds it in the library after a restart', async () => {
    if (!app) ({ app } = await launch());
    const page = (await app.windows())[0]!;

    await page.getByRole('button', { name: 'New plan' }).first().click();
    await page.getByLabel('Plan name').fill(planName);
    await page.getByLabel('Client or company').fill('Acme 公司');
    await page.getByRole('button', { name: 'Create plan' }).click();
    // Creating opens the plan; the plan's name shows once it has been saved.
    await page.getByText(planName).first().waitFor({ state: 'visible' });

    await app.close();
    app = undefined;
    const restarted = await launch();
    app = restarted.app;
    const table = restarted.window.getByRole('table', { name: 'Your plans' });
    await table.getByText(planName).waitFor({ state: 'visible' });
    await expect(table.getByText('Acme 公司').count()).resolves.toBeGreaterThan(0);
  });

  it('refuses to open a second instance on the same data folder', async () => {
    if (!app) ({ app } = await launch());
    const second = spawnSync(electron.binary!, ['.', '--data-dir', dataDir], { cwd: ROOT, timeout: 30_000 });
    // The second process hands over to the first and quits on its own, without a window of its own.
    expect(second.status).toBe(0);
    expect(app.windows()).toHaveLength(1);
  });
});
