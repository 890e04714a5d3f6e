import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron executable is, without fetching it. Since Electron 42 the `electron` npm
 * package has no postinstall: `require('electron')` downloads the binary on first use. That is a
 * network call to Electron's host, which some machines (ours, CI, laptops behind a proxy) cannot
 * make, so the launcher and the Electron e2e test ask here first and decide for themselves.
 */
export function findElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): { binary: string } | { missing: string } {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) return { missing: 'the electron package is not installed (run npm install)' };
  const pathFile = path.join(pkg, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return { missing: 'its binary has not been downloaded yet' };
  const binary = path.join(override || path.join(pkg, 'dist'), relative || defaultExecutable());
  if (!fs.existsSync(binary)) return { missing: `its binary is not at ${binary}` };
  return { binary };
}

function defaultExecutable(): string {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

export type StepResult = { ok: true } | { ok: false; reason: string };

/** Fetches the binary with the package's own installer (it honours ELECTRON_MIRROR and its cache). */
export function fetchElectronBinary(root: string, timeoutMs = 180_000): StepResult {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return { ok: false, reason: 'the electron package is not installed' };
  const result = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8', timeout: timeoutMs });
  if (result.status === 0) return { ok: true };
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { ok: false, reason: `the download did not finish within ${Math.round(timeoutMs / 1000)} seconds` };
  }
  return { ok: false, reason: downloadFailure(`${result.stdout ?? ''}\n${result.stderr ?? ''}`) };
}

/** The installer prints a stack trace; the user needs what it means. */
export function downloadFailure(output: string): string {
  if (/ENOTFOUND|EAI_AGAIN|fetch failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up/i.test(output)) {
    return 'its download host could not be reached from this machine';
  }
  const status = /\b(?:HTTPError|status code|Response code)\D{0,20}(\d{3})/i.exec(output);
  if (status) return `its download host answered HTTP ${status[1]}`;
  if (/checksum/i.test(output)) return 'the downloaded file did not match its checksum';
  const first = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  return first ? `the download failed (${first.replace(/\.$/, '')})` : 'the download failed';
}
