// Entry of `npm run web` (built to dist/node/web.cjs): the real backend behind the UI, served to a
// local browser. A development and test tool; the packaged app never contains it.
import path from 'node:path';
import { createBackend } from '../core/backend';
import { resolveDataDir } from '../core/data-dir';
import { appDataDir, WEB_DATA_FOLDER } from './app-data-dir';
import { startWebServer, type WebServer } from './server';
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

  let backend: ReturnType<typeof createBackend>;
  try {
    backend = createBackend({ dataDir, mode: 'browser', version: process.env.PLANWRIGHT_VERSION });
  } catch (error) {
    // Typically a database written by a newer Planwright: say so and touch nothing.
    console.error(`planwright web: ${messageOf(error)}`);
    process.exit(1);
  }

  let server: WebServer;
  try {
    server = await startWebServer({ backend, staticDir: path.join(__dirname, '../renderer'), port: parsed.args.port });
  } catch (error) {
    backend.close();
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EADDRINUSE' ? `port ${parsed.args.port} is already in use (try --port 0)` : messageOf(error);
    console.error(`planwright web: ${message}`);
    process.exit(1);
  }

  // Tests and scripts wait for exactly this line.
  console.log(`Planwright (browser mode) ready at ${server.url}`);
  console.log(`Data folder: ${backend.dataDir}`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    server
      .close()
      .catch((error: unknown) => console.error(`planwright web: closing the server: ${messageOf(error)}`))
      .finally(() => {
        // close() checkpoints the WAL, so the folder is complete once the process is gone.
        backend.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`planwright web: ${messageOf(error)}`);
  process.exit(1);
});
