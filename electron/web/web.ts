// Entry of `npm run web` (built to dist/node/web.cjs): the real backend behind the UI, served to a
// local browser. A development and test tool; the packaged app never contains it.
import path from 'node:path';
import { appDataDir, WEB_DATA_FOLDER } from '../core/app-data-dir';
import { resolveDataDir } from '../core/data-dir';
import { messageOf, startBrowserMode, stopOnSignals, type BrowserMode } from './browser-mode';
import { parseWebArgs, USAGE } from './web-args';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const parsed = parseWebArgs(argv);
  if (!parsed.ok) {
    console.error(`planwright web: ${parsed.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.args.help) {
    console.log(USAGE);
    return;
  }

  let dataDir: string;
  try {
    dataDir = path.resolve(resolveDataDir({ argv, env: process.env, defaultDir: path.join(appDataDir(), WEB_DATA_FOLDER) }));
  } catch (error) {
    console.error(`planwright web: ${messageOf(error)}\n\n${USAGE}`);
    process.exit(2);
  }

  let mode: BrowserMode;
  try {
    mode = await startBrowserMode({
      dataDir,
      port: parsed.args.port,
      staticDir: path.join(__dirname, '../renderer'),
      version: process.env.PLANWRIGHT_VERSION,
    });
  } catch (error) {
    console.error(`planwright web: ${messageOf(error)}`);
    process.exit(1);
  }

  // Tests and scripts wait for exactly this line.
  console.log(`Planwright (browser mode) ready at ${mode.url}`);
  console.log(`Data folder: ${mode.dataDir}`);
  stopOnSignals(mode, (error) => {
    if (error !== undefined) console.error(`planwright web: closing: ${messageOf(error)}`);
    process.exit(error === undefined ? 0 : 1);
  });
}

main().catch((error: unknown) => {
  console.error(`planwright web: ${messageOf(error)}`);
  process.exit(1);
});
