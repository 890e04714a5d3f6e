import path from 'node:path';
import { APP_INDEX_URL } from './app-origin';

export type AppPaths = {
  /** The project (or, packaged, the app.asar) root: the folder holding package.json. */
  root: string;
  preload: string;
  /** The built renderer, served as app://planwright/ and nothing outside it. */
  rendererDir: string;
  /** The one page the app shows; IPC and navigation trust nothing else. */
  indexUrl: string;
};

/**
 * Where the built files lie, from the folder of the bundled main script (dist/electron). The
 * same layout holds in development and inside the packaged app.asar.
 */
export function appPaths(mainDir: string): AppPaths {
  const root = path.resolve(mainDir, '..', '..');
  return {
    root,
    preload: path.join(mainDir, 'preload.cjs'),
    rendererDir: path.join(root, 'dist', 'renderer'),
    indexUrl: APP_INDEX_URL,
  };
}

/**
 * Where the launcher (electron/launcher) puts better-sqlite3 built for this Electron; keep the two
 * in step. The Node build stays in node_modules, so `npm test` and `npm start` never undo each other.
 */
export function electronNativeBindingPath(root: string, electronVersion: string): string {
  return path.join(root, '.cache', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/**
 * The binary better-sqlite3 should load. Packaged, electron-builder has rebuilt the module in
 * place for Electron, so its own lookup is right; in development it is the separate build, if made.
 */
export function resolveNativeBinding(options: {
  isPackaged: boolean;
  root: string;
  electronVersion: string;
  exists: (file: string) => boolean;
}): string | undefined {
  if (options.isPackaged) return undefined;
  const file = electronNativeBindingPath(options.root, options.electronVersion);
  return options.exists(file) ? file : undefined;
}
