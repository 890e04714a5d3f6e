import { createBackend, type Backend } from '../core/backend';
import { startWebServer, type WebServer } from './server';
import { errorMessage } from '../../shared/error-message';

export type BrowserMode = { url: string; dataDir: string; port: number; stop(): Promise<void> };

/** A refusal the user can act on: printed as one sentence, never as a stack trace. */
export class BrowserModeError extends Error {}

/**
 * The app's backend on `dataDir`, served to a local browser: what `npm run web` runs, and what
 * `npm start` falls back to where the desktop window cannot open. `anyPortIfBusy` lets the
 * launcher move to a free port instead of stopping when the usual one is taken.
 */
export async function startBrowserMode(options: {
  dataDir: string;
  port: number;
  staticDir: string;
  anyPortIfBusy?: boolean;
  version?: string;
}): Promise<BrowserMode> {
  let backend: Backend;
  try {
    backend = createBackend({ dataDir: options.dataDir, mode: 'browser', version: options.version });
  } catch (error) {
    // Typically a database written by a newer Planwright: the backend's message says so, and nothing was touched.
    throw new BrowserModeError(messageOf(error));
  }
  let server: WebServer;
  try {
    server = await listen(backend, options);
  } catch (error) {
    backend.close();
    throw error;
  }
  let stopping: Promise<void> | null = null;
  return {
    url: server.url,
    dataDir: backend.dataDir,
    port: server.port,
    stop: () => {
      // close() checkpoints the WAL: once this resolves, the data folder is one complete file.
      stopping ??= server.close().finally(() => backend.close());
      return stopping;
    },
  };
}

async function listen(backend: Backend, options: { port: number; staticDir: string; anyPortIfBusy?: boolean }): Promise<WebServer> {
  try {
    return await startWebServer({ backend, staticDir: options.staticDir, port: options.port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw new BrowserModeError(messageOf(error));
    if (!options.anyPortIfBusy) throw new BrowserModeError(`port ${options.port} is already in use (try --port 0 for a free one)`);
    return startWebServer({ backend, staticDir: options.staticDir, port: 0 });
  }
}

/** Ctrl+C (and a polite kill) close the server and the database before the process ends. */
export function stopOnSignals(mode: BrowserMode, done: (error?: unknown) => void): void {
  let signalled = false;
  const onSignal = () => {
    if (signalled) process.exit(130); // a second Ctrl+C: the user wants out now
    signalled = true;
    mode.stop().then(() => done(), done);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

export function messageOf(error: unknown): string {
  return errorMessage(error);
}
