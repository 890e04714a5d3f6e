import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, electronNativeBindingPath, resolveNativeBinding } from '../../../../electron/main/paths';
import { startupErrorMessage } from '../../../../electron/main/startup-error';

const root = path.resolve('/opt/planwright');

describe('app paths', () => {
  it('finds the preload beside main and the renderer under dist', () => {
    const paths = appPaths(path.join(root, 'dist', 'electron'));
    expect(paths.root).toBe(root);
    expect(paths.preload).toBe(path.join(root, 'dist', 'electron', 'preload.cjs'));
    expect(paths.rendererDir).toBe(path.join(root, 'dist', 'renderer'));
    // The page comes from the app's own scheme, never from file:.
    expect(paths.indexUrl).toBe('app://planwright/index.html');
  });
});

describe('native binding', () => {
  const built = electronNativeBindingPath(root, '40.9.3');

  it('lies where the launcher builds it', () => {
    expect(built).toBe(path.join(root, '.cache', 'native', 'electron-40.9.3', 'better_sqlite3.node'));
  });

  it('is the separate Electron build in development, when it exists', () => {
    expect(resolveNativeBinding({ isPackaged: false, root, electronVersion: '40.9.3', exists: (f) => f === built })).toBe(built);
    expect(resolveNativeBinding({ isPackaged: false, root, electronVersion: '40.9.3', exists: () => false })).toBeUndefined();
  });

  it('is left to better-sqlite3 in the packaged app, which electron-builder rebuilt', () => {
    expect(resolveNativeBinding({ isPackaged: true, root, electronVersion: '40.9.3', exists: () => true })).toBeUndefined();
  });
});

describe('startup error message', () => {
  it('tells a developer how to build the Electron binary when the ABI does not match', () => {
    const error = new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.');
    const dev = startupErrorMessage(error, { dataDir: '/d', language: 'en', isPackaged: false, tooNew: false });
    expect(dev.message).toContain('node scripts/ensure-native.mjs electron');
    const packaged = startupErrorMessage(error, { dataDir: '/d', language: 'en', isPackaged: true, tooNew: false });
    expect(packaged.message).not.toContain('ensure-native');
  });
});
