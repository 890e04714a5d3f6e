import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseWebArgs } from '../../../../electron/web/web-args';
import { appDataDir } from '../../../../electron/core/app-data-dir';

describe('parseWebArgs', () => {
  it('reads --data-dir and --port', () => {
    expect(parseWebArgs(['--data-dir', '/tmp/x', '--port', '5198'])).toEqual({
      ok: true,
      args: { help: false, port: 5198, dataDir: '/tmp/x' },
    });
    expect(parseWebArgs(['--port=0'])).toEqual({ ok: true, args: { help: false, port: 0 } });
  });

  it('defaults the port to 5173', () => {
    expect(DEFAULT_PORT).toBe(5173);
    expect(parseWebArgs([])).toEqual({ ok: true, args: { help: false, port: 5173 } });
  });

  it('recognises --help and -h', () => {
    expect(parseWebArgs(['--help'])).toMatchObject({ ok: true, args: { help: true } });
    expect(parseWebArgs(['-h'])).toMatchObject({ ok: true, args: { help: true } });
  });

  it('rejects bad ports', () => {
    for (const port of ['abc', '-1', '65536', '80.5', '', '1e3']) {
      const parsed = parseWebArgs(['--port', port]);
      expect(parsed.ok, port).toBe(false);
    }
  });

  it('rejects unknown options, stray words and a missing value', () => {
    expect(parseWebArgs(['--datadir', '/tmp/x']).ok).toBe(false);
    expect(parseWebArgs(['serve']).ok).toBe(false);
    expect(parseWebArgs(['--data-dir']).ok).toBe(false);
    expect(parseWebArgs(['--data-dir', '']).ok).toBe(false);
  });
});

describe('appDataDir', () => {
  it('follows each OS convention', () => {
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Roaming');
    expect(appDataDir('darwin', {}, '/Users/a')).toBe(path.join('/Users/a', 'Library', 'Application Support'));
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe('/cfg');
    expect(appDataDir('linux', {}, '/home/a')).toBe(path.join('/home/a', '.config'));
  });
});
