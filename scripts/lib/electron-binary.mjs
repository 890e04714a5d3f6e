// Where the Electron executable is, without fetching it.
//
// Since Electron 42 the `electron` npm package has no postinstall: `require('electron')` downloads
// the binary on first use (node_modules/electron/index.js). That download is a network call to
// Electron's host, which some machines (ours, CI, laptops behind a proxy) cannot reach, so the
// launcher and the Electron e2e test ask this module first and decide what to do themselves.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {string} root the project's folder (holds node_modules/electron)
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ binary: string } | { missing: string }}
 */
export function findElectronBinary(root, env = process.env) {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) return { missing: 'the electron package is not installed (run npm install)' };
  const pathFile = path.join(pkg, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkg, 'dist');
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH) return { missing: 'the Electron binary has not been downloaded yet' };
  const binary = path.join(distDir, relative || defaultExecutable());
  if (!fs.existsSync(binary)) return { missing: `the Electron binary is not at ${binary}` };
  return { binary };
}

function defaultExecutable() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}
