import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFailure, findElectronBinary } from '../../../../electron/launcher/electron-binary';
import { tempDir } from '../../helpers/temp-dir';

function project(files: Record<string, string>): string {
  const root = tempDir('planwright-electron-binary-');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('finding the Electron binary without fetching it', () => {
  it('says the package is missing before npm install', () => {
    expect(findElectronBinary(project({}), {})).toEqual({ missing: expect.stringContaining('npm install') });
  });

  it('says the binary was never downloaded (Electron 42+ fetches it on first use)', () => {
    expect(findElectronBinary(project({ 'node_modules/electron/package.json': '{}' }), {})).toEqual({
      missing: 'its binary has not been downloaded yet',
    });
  });

  it('notices a path.txt whose binary is gone', () => {
    const root = project({ 'node_modules/electron/package.json': '{}', 'node_modules/electron/path.txt': 'electron' });
    expect(findElectronBinary(root, {})).toEqual({ missing: expect.stringContaining('is not at') });
  });

  it('finds the downloaded binary, and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = project({
      'node_modules/electron/package.json': '{}',
      'node_modules/electron/path.txt': 'electron',
      'node_modules/electron/dist/electron': '',
    });
    expect(findElectronBinary(root, {})).toEqual({ binary: path.join(root, 'node_modules/electron/dist/electron') });
    const other = project({ electron: '' });
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: other })).toEqual({ binary: path.join(other, 'electron') });
  });

  it('the installed electron package downloads nothing at install time (no postinstall)', () => {
    // Where Electron's host is unreachable (this project's machines, CI, laptops behind a proxy)
    // a postinstall download fails npm install as a whole; the binary must come on first use.
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../node_modules/electron/package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    expect(pkg.scripts?.postinstall).toBeUndefined();
    expect(pkg.scripts?.install).toBeUndefined();
  });
});

describe('what a failed download means', () => {
  it('a name that does not resolve, as the installer prints it', () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n  [cause]: Error: getaddrinfo ENOTFOUND github.com';
    expect(downloadFailure(output)).toBe('its download host could not be reached from this machine');
  });

  it('an HTTP refusal, a bad checksum, anything else in one line', () => {
    expect(downloadFailure('HTTPError: Response code 403 (Forbidden)')).toBe('its download host answered HTTP 403');
    expect(downloadFailure('Error: Generated checksum for "electron.zip" did not match expected checksum.')).toBe(
      'the downloaded file did not match its checksum',
    );
    expect(downloadFailure('Error: EACCES: permission denied, mkdir /cache\n    at x')).toBe(
      'the download failed (Error: EACCES: permission denied, mkdir /cache)',
    );
  });
});
