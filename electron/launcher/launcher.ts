// Entry of `npm start` (built to dist/node/launcher.cjs; scripts/start.mjs builds and runs it).
// Plain Node, never packaged: it opens the desktop window where Electron can run here, and
// otherwise serves the same app to the browser on the same data folder, so a new user always
// ends with the app in front of them.
import path from 'node:path';
import { messageOf, stopOnSignals, type BrowserMode } from '../web/browser-mode';
import { afterDesktop, runDesktop, runLauncher, serveInBrowser, type LauncherIo } from './run-launcher';

const io: LauncherIo = {
  root: path.resolve(__dirname, '..', '..'),
  platform: process.platform,
  env: process.env,
  out: (line) => console.log(line),
};

function waitForCtrlC(mode: BrowserMode): void {
  stopOnSignals(mode, (error) => {
    if (error !== undefined) {
      console.error(`Planwright stopped, but closing the data folder failed: ${messageOf(error)}`);
      process.exit(1);
    }
    console.log('Planwright stopped; your plans are saved.');
    process.exit(0);
  });
}

async function main(): Promise<void> {
  const outcome = await runLauncher(process.argv.slice(2), io);
  if (outcome.kind === 'exit') process.exit(outcome.code);
  if (outcome.kind === 'browser') return waitForCtrlC(outcome.mode);
  console.log('Opening the Planwright window…');
  const started = Date.now();
  const next = afterDesktop(await runDesktop(outcome.binary, outcome.args, io.root), Date.now() - started);
  if (next.kind === 'exit') process.exit(next.code);
  console.log(`The desktop window can't open on this machine: ${next.why}. Here is the same app in your browser.`);
  waitForCtrlC(await serveInBrowser(outcome.args, io));
}

main().catch((error: unknown) => {
  // Expected refusals (a database from a newer Planwright, a taken port) arrive as one sentence.
  console.error(`planwright: ${messageOf(error)}`);
  process.exit(1);
});
