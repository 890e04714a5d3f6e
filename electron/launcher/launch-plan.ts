import type { StepResult } from './electron-binary';

export type LaunchPlan =
  | { mode: 'desktop'; binary: string }
  /** `why` ends the sentence "The desktop window can't open on this machine: …"; `fix` says what would. */
  | { mode: 'browser'; why: string; fix: string | null };

export type LaunchDeps = {
  platform: string;
  env: Record<string, string | undefined>;
  /** `npm start -- --browser`: the user asked for the browser. */
  forceBrowser: boolean;
  findElectron(): { binary: string } | { missing: string };
  /** Slow (a download): called only when the binary is missing. */
  fetchElectron(): StepResult;
  /** better-sqlite3 built for Electron's ABI (cached after the first time). */
  buildNativeForElectron(): StepResult;
  log(line: string): void;
};

const FETCH_FIX =
  "let this machine reach Electron's download host (github.com), or set ELECTRON_MIRROR to a mirror it can reach, then run npm start again";

/**
 * What `npm start` opens: the desktop window wherever Electron can run, otherwise the same app in
 * the browser, with one sentence saying why and what would change it. Never a dead end.
 */
export function planLaunch(deps: LaunchDeps): LaunchPlan {
  if (deps.forceBrowser) return { mode: 'browser', why: 'you asked for the browser (--browser)', fix: null };
  if (deps.platform === 'linux' && !deps.env.DISPLAY && !deps.env.WAYLAND_DISPLAY) {
    return {
      mode: 'browser',
      why: 'there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set)',
      fix: 'run npm start from a desktop session',
    };
  }
  let found = deps.findElectron();
  if ('missing' in found) {
    deps.log('Fetching the desktop runtime (Electron) for this computer — first start only…');
    const fetched = deps.fetchElectron();
    if (!fetched.ok) return { mode: 'browser', why: `Electron, the desktop runtime, is not installed and ${fetched.reason}`, fix: FETCH_FIX };
    found = deps.findElectron();
    if ('missing' in found)
      return { mode: 'browser', why: `Electron was fetched but ${found.missing}`, fix: 'delete node_modules/electron and run npm install again' };
  }
  const native = deps.buildNativeForElectron();
  if (!native.ok) {
    return {
      mode: 'browser',
      why: `the database module (better-sqlite3) could not be built for Electron: ${native.reason}`,
      fix: "let this machine reach github.com and electronjs.org once (for the prebuilt module or Electron's headers), then run npm start again",
    };
  }
  return { mode: 'desktop', binary: found.binary };
}
