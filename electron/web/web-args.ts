import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/error-message';

export const DEFAULT_PORT = 5173;

export const USAGE = `Usage: npm run web -- [--data-dir DIR] [--port PORT]

Serves Planwright's UI at http://127.0.0.1:PORT/ (loopback only), backed by the real storage.

  --data-dir DIR   where the database lives (default: PLANWRIGHT_DATA_DIR, else the OS app-data folder)
  --port PORT      port to listen on, 0 picks a free one (default: ${DEFAULT_PORT})
  -h, --help       show this help`;

export type WebArgs = { help: boolean; port: number; dataDir?: string };

export type ParsedWebArgs = { ok: true; args: WebArgs } | { ok: false; message: string };

/** Strict on purpose: a typo such as `--datadir` must not silently use the default folder. */
export function parseWebArgs(argv: readonly string[]): ParsedWebArgs {
  let values: { 'data-dir'?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
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
  const port = values.port === undefined ? DEFAULT_PORT : parsePort(values.port);
  if (port === null) return { ok: false, message: badPort(values.port!) };
  return { ok: true, args: { help: values.help === true, port, ...(dataDir !== undefined ? { dataDir } : {}) } };
}

/** A --port value: 0 to 65535, digits only (no "80abc", no "-1"); null if it is not one. */
export function parsePort(text: string): number | null {
  return /^\d{1,5}$/.test(text) && Number(text) <= 65535 ? Number(text) : null;
}

export const badPort = (text: string) => `--port must be a number from 0 to 65535, got "${text}"`;
