import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/error-message';
import { badPort, parsePort } from '../web/web-args';

export const LAUNCHER_USAGE = `Usage: npm start [-- --data-dir DIR] [-- --browser] [-- --port PORT] [-- --no-open]

Opens Planwright: the desktop window where Electron can run here, otherwise the same app in your
browser, on the same plans.

  --data-dir DIR   where the plans live (default: PLANWRIGHT_DATA_DIR, else the app's data folder)
  --browser        open the app in the browser even where the desktop window could open
  --port PORT      the browser's port (default 5173, or a free one if it is taken; 0 picks any)
  --no-open        print the browser address without opening a browser
  -h, --help       show this help`;

export type LauncherArgs = { help: boolean; browser: boolean; open: boolean; port: number | null; dataDir: string | null };

/** Strict: a typo such as `--datadir` must not silently open the default folder. */
export function parseLauncherArgs(argv: readonly string[]): { ok: true; args: LauncherArgs } | { ok: false; message: string } {
  let values: { 'data-dir'?: string; browser?: boolean; port?: string; 'no-open'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        browser: { type: 'boolean' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') return { ok: false, message: '--data-dir needs a folder' };
  const port = values.port === undefined ? null : parsePort(values.port);
  if (values.port !== undefined && port === null) return { ok: false, message: badPort(values.port) };
  return {
    ok: true,
    args: { help: values.help === true, browser: values.browser === true, open: values['no-open'] !== true, port, dataDir: dataDir ?? null },
  };
}
