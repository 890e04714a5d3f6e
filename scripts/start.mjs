// `npm start`: builds what changed, then hands over to the launcher (electron/launcher), which
// opens the desktop window where Electron can run and the same app in the browser where it cannot.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
console.log('Planwright: building the app…');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Planwright: the build failed (see above); nothing was started.');
  process.exit(build.status ?? 1);
}
// Same process, so Ctrl+C reaches the launcher directly and it can close the data folder cleanly.
await import(pathToFileURL(path.join(root, 'dist', 'node', 'launcher.cjs')).href);
