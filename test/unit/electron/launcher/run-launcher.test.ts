import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../../electron/core/backend';
import { afterDesktop, runLauncher, type LauncherIo, type LauncherOutcome } from '../../../../electron/launcher/run-launcher';
import { startBrowserMode, type BrowserMode } from '../../../../electron/web/browser-mode';
import { tempDir } from '../../helpers/temp-dir';

const started: BrowserMode[] = [];
afterEach(async () => {
  while (started.length > 0) await started.pop()!.stop();
});

/** A project folder with a built page, and a home whose app-data folder holds the desktop app's plans. */
function machine() {
  const root = tempDir('planwright-launcher-root-');
  fs.mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'dist', 'renderer', 'index.html'),
    '<!doctype html><html><head><title>Planwright</title></head><body></body></html>',
  );
  const config = tempDir('planwright-launcher-config-');
  const lines: string[] = [];
  const opened: string[] = [];
  const io: LauncherIo = {
    root,
    platform: 'linux',
    env: { XDG_CONFIG_HOME: config, DISPLAY: ':0' },
    out: (line) => lines.push(line),
    findElectron: () => ({ missing: 'its binary has not been downloaded yet' }),
    fetchElectron: () => ({ ok: false, reason: 'its download host could not be reached from this machine' }),
    buildNativeForElectron: vi.fn(() => ({ ok: true as const })),
    openBrowser: (url) => {
      opened.push(url);
      return true;
    },
  };
  return { root, desktopData: path.join(config, 'Planwright'), io, lines, opened };
}

function browser(outcome: LauncherOutcome): BrowserMode {
  if (outcome.kind !== 'browser') throw new Error(`expected the browser, got ${outcome.kind}`);
  started.push(outcome.mode);
  return outcome.mode;
}

async function listPlans(url: string): Promise<string[]> {
  const html = await (await fetch(url)).text();
  const token = /name="planwright-token" content="([^"]+)"/.exec(html)![1]!;
  const response = await fetch(new URL('api/invoke', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-planwright-token': token },
    body: JSON.stringify({ command: 'plans.list', request: {} }),
  });
  const result = (await response.json()) as { ok: boolean; value: { name: string }[] | { plans: { name: string }[] } };
  const value = result.value;
  return (Array.isArray(value) ? value : value.plans).map((p) => p.name);
}

describe('npm start where the desktop window cannot open', () => {
  it("serves the desktop app's own data folder in the browser, says why in one sentence, and opens the browser", async () => {
    const m = machine();
    const desktop = createBackend({ dataDir: m.desktopData, mode: 'electron' });
    const created = desktop.dispatch('plans.create', {
      name: 'Desktop plan 桌面',
      client: 'Acme',
      currency: 'CNY',
      language: 'en',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    expect(created.ok).toBe(true);
    desktop.close();

    const mode = browser(await runLauncher(['--port', '0'], m.io));
    expect(mode.dataDir).toBe(m.desktopData);
    await expect(listPlans(mode.url)).resolves.toEqual(['Desktop plan 桌面']);
    expect(m.lines[0]).toBe('Fetching the desktop runtime (Electron) for this computer — first start only…');
    expect(m.lines[1]).toBe(
      "The desktop window can't open on this machine: Electron, the desktop runtime, is not installed and its download host could not be reached from this machine. " +
        "To get it, let this machine reach Electron's download host (github.com), or set ELECTRON_MIRROR to a mirror it can reach, then run npm start again.",
    );
    expect(m.lines[2]).toBe(`Planwright is running in your browser at ${mode.url}`);
    expect(m.lines[3]).toBe(`Your plans: ${m.desktopData}. Press Ctrl+C to stop.`);
    expect(m.lines).toHaveLength(4);
    expect(m.opened).toEqual([mode.url]);
  });

  it('still honours --data-dir, and prints the address when no browser can be opened', async () => {
    const m = machine();
    const own = tempDir('planwright-launcher-own-');
    m.io.openBrowser = () => false;
    const mode = browser(await runLauncher(['--data-dir', own, '--port', '0'], m.io));
    expect(mode.dataDir).toBe(own);
    expect(fs.existsSync(path.join(own, 'planwright.sqlite'))).toBe(true);
    expect(fs.existsSync(m.desktopData)).toBe(false);
    expect(m.lines).toContain(`Planwright is running in your browser at ${mode.url} (open this address in a browser)`);
  });

  it('leaves the data folder closed when stopped: the WAL folded back into the database', async () => {
    const m = machine();
    const mode = browser(await runLauncher(['--port', '0', '--no-open'], m.io));
    await listPlans(mode.url);
    await mode.stop();
    started.pop();
    const wal = path.join(m.desktopData, 'planwright.sqlite-wal');
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    expect(m.opened).toEqual([]);
  });

  it('moves to a free port when the usual one is taken, but refuses a taken port that was asked for', async () => {
    const m = machine();
    const first = browser(await runLauncher(['--port', '0', '--no-open'], m.io));
    const other = machine();
    await expect(runLauncher(['--port', String(first.port), '--no-open'], other.io)).rejects.toThrow(
      `port ${first.port} is already in use (try --port 0 for a free one)`,
    );
    const moved = await startBrowserMode({
      dataDir: tempDir(),
      port: first.port,
      anyPortIfBusy: true,
      staticDir: path.join(m.root, 'dist', 'renderer'),
    });
    started.push(moved);
    expect(moved.port).not.toBe(first.port);
  });

  it('opens the desktop window where Electron is there, serving nothing itself', async () => {
    const m = machine();
    m.io.findElectron = () => ({ binary: '/opt/electron' });
    await expect(runLauncher([], m.io)).resolves.toMatchObject({ kind: 'desktop', binary: '/opt/electron' });
    expect(m.lines).toEqual([]);
  });

  it('refuses a mistyped option with the usage, and opens nothing', async () => {
    const m = machine();
    await expect(runLauncher(['--datadir', '/x'], m.io)).resolves.toEqual({ kind: 'exit', code: 2 });
    expect(m.lines[0]).toContain("Unknown option '--datadir'");
    expect(m.lines[0]).toContain('Usage: npm start');
  });
});

describe('after the desktop window', () => {
  it('passes on the exit code of a window the user closed', () => {
    expect(afterDesktop(0, 2_000)).toEqual({ kind: 'exit', code: 0 });
    expect(afterDesktop(3, 60_000)).toEqual({ kind: 'exit', code: 3 });
  });

  it('opens the browser when Electron could not start, or failed as it started', () => {
    expect(afterDesktop(new Error('spawn EACCES'), 5)).toEqual({ kind: 'browser', why: 'Electron could not start (spawn EACCES)' });
    expect(afterDesktop(127, 800)).toEqual({ kind: 'browser', why: 'Electron stopped as it started (exit code 127)' });
  });
});

const bundle = path.resolve(__dirname, '../../../../dist/node/launcher.cjs');

describe.runIf(fs.existsSync(bundle))('the built launcher (node dist/node/launcher.cjs), stopped with Ctrl+C', () => {
  it('serves the desktop folder without a display, and on SIGINT closes it whole and says the plans are saved', { timeout: 60_000 }, async () => {
    const home = tempDir('planwright-launcher-home-');
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: path.join(home, 'config') };
    const child = spawn(process.execPath, [bundle, '--no-open', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 45_000;
    while (!/running in your browser at (\S+)/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const url = /running in your browser at (\S+)/.exec(out)?.[1];
    expect(url, out).toBeDefined();
    expect(out.split('\n')[0]).toMatch(/^The desktop window can't open on this machine: there is no graphical display here/);
    await listPlans(url!);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('Planwright stopped; your plans are saved.');
    const folder = path.join(home, 'config', 'Planwright');
    expect(fs.existsSync(path.join(folder, 'planwright.sqlite'))).toBe(true);
    const wal = path.join(folder, 'planwright.sqlite-wal');
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
  });
});
