import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { desktopDataDir } from '../core/app-data-dir';
import { resolveDataDir } from '../core/data-dir';
import { startBrowserMode, type BrowserMode } from '../web/browser-mode';
import { DEFAULT_PORT } from '../web/web-args';
import { fetchElectronBinary, findElectronBinary, type StepResult } from './electron-binary';
import { LAUNCHER_USAGE, parseLauncherArgs, type LauncherArgs } from './launcher-args';
import { planLaunch } from './launch-plan';
import { openInBrowser } from './open-browser';

export type LauncherIo = {
  /** The project folder: dist/ and node_modules/electron are found from it. */
  root: string;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  /** Electron's own steps, replaceable in tests. */
  findElectron?: () => { binary: string } | { missing: string };
  fetchElectron?: () => StepResult;
  buildNativeForElectron?: () => StepResult;
  openBrowser?: (url: string) => boolean;
};

export type LauncherOutcome =
  { kind: 'exit'; code: number } | { kind: 'desktop'; binary: string; args: LauncherArgs } | { kind: 'browser'; mode: BrowserMode };

/**
 * What `npm start` does, short of waiting: parses the arguments, decides between the desktop
 * window and the browser, and for the browser starts the server on the desktop app's own data
 * folder and opens it. The caller (launcher.ts) runs Electron or waits for Ctrl+C.
 */
export async function runLauncher(argv: readonly string[], io: LauncherIo): Promise<LauncherOutcome> {
  const parsed = parseLauncherArgs(argv);
  if (!parsed.ok) {
    io.out(`planwright: ${parsed.message}\n\n${LAUNCHER_USAGE}`);
    return { kind: 'exit', code: 2 };
  }
  const args = parsed.args;
  if (args.help) {
    io.out(LAUNCHER_USAGE);
    return { kind: 'exit', code: 0 };
  }
  const plan = planLaunch({
    platform: io.platform,
    env: io.env,
    forceBrowser: args.browser,
    findElectron: io.findElectron ?? (() => findElectronBinary(io.root, io.env)),
    fetchElectron: io.fetchElectron ?? (() => fetchElectronBinary(io.root)),
    buildNativeForElectron: io.buildNativeForElectron ?? (() => buildNativeForElectron(io.root)),
    log: io.out,
  });
  if (plan.mode === 'desktop') return { kind: 'desktop', binary: plan.binary, args };
  if (!args.browser) io.out(`The desktop window can't open on this machine: ${plan.why}.${plan.fix ? ` To get it, ${plan.fix}.` : ''}`);
  return { kind: 'browser', mode: await serveInBrowser(args, io) };
}

/** The browser fallback, on the folder the desktop app would open (so the same plans). */
export async function serveInBrowser(args: LauncherArgs, io: LauncherIo): Promise<BrowserMode> {
  const argv = args.dataDir ? ['--data-dir', args.dataDir] : [];
  const dataDir = path.resolve(resolveDataDir({ argv, env: io.env, defaultDir: desktopDataDir(io.platform, io.env) }));
  const mode = await startBrowserMode({
    dataDir,
    port: args.port ?? DEFAULT_PORT,
    anyPortIfBusy: args.port === null,
    staticDir: path.join(io.root, 'dist', 'renderer'),
    version: io.env.PLANWRIGHT_VERSION,
  });
  if (args.port === null && mode.port !== DEFAULT_PORT)
    io.out(`Port ${DEFAULT_PORT} is in use by another program, so Planwright took port ${mode.port}.`);
  const opened = args.open && (io.openBrowser ?? ((url: string) => openInBrowser(url, io.platform, io.env)))(mode.url);
  io.out(`Planwright is running in your browser at ${mode.url}${opened ? '' : ' (open this address in a browser)'}`);
  io.out(`Your plans: ${mode.dataDir}. Press Ctrl+C to stop.`);
  return mode;
}

function buildNativeForElectron(root: string): StepResult {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-native.mjs'), 'electron'], { cwd: root, encoding: 'utf8' });
  if (result.status === 0) return { ok: true };
  const said = `${result.stderr ?? ''}`.replace(/^ensure-native: /, '').trim();
  if (/github\.com|electronjs\.org|ENOTFOUND|EAI_AGAIN/.test(said))
    return { ok: false, reason: "its prebuilt copy and Electron's headers could not be downloaded" };
  return { ok: false, reason: said.split('\n')[0] || 'the build failed' };
}

/**
 * After Electron ends: its own exit code, or the browser when it failed as it started (within
 * seconds, with an error or a non-zero code: missing system libraries, say), since a user who
 * closed the window would have taken longer and exits 0.
 */
export function afterDesktop(ended: number | Error, elapsedMs: number): { kind: 'exit'; code: number } | { kind: 'browser'; why: string } {
  if (ended instanceof Error) return { kind: 'browser', why: `Electron could not start (${ended.message})` };
  if (ended !== 0 && elapsedMs < 10_000) return { kind: 'browser', why: `Electron stopped as it started (exit code ${ended})` };
  return { kind: 'exit', code: ended };
}

/** Runs Electron on the app, forwarding Ctrl+C; resolves to its exit code, or the error if it could not start. */
export function runDesktop(binary: string, args: LauncherArgs, root: string): Promise<number | Error> {
  const electronArgs = ['.', ...(args.dataDir ? ['--data-dir', path.resolve(args.dataDir)] : [])];
  return new Promise((resolve) => {
    const child = spawn(binary, electronArgs, { cwd: root, stdio: 'inherit' });
    process.on('SIGINT', () => child.kill('SIGINT'));
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('error', (error) => resolve(error));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
