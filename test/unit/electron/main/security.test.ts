import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, FakeWebContents, fakeSession, resetElectronMock, settle } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);
// Loading electron-updater is the first step of any update request; start-up must never take it.
const updaterLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('electron-updater', () => {
  updaterLoads.count += 1;
  return { autoUpdater: { checkForUpdates: vi.fn(async () => null) } };
});
// The backend is the lead's storage; here only whether the shell asks for it matters.
vi.mock('../../../../electron/core/backend', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../electron/core/backend')>()),
  createBackend: vi.fn(() => ({ dispatch: vi.fn(() => ({ ok: true, value: { language: null, theme: 'system' } })), close: vi.fn(), dataDir: '/x' })),
}));

const { createMainWindow, spellcheckIsLocal } = await import('../../../../electron/main/window');
const { CONTENT_SECURITY_POLICY, applySecurity, secureSession, withContentSecurityPolicy, isAppUrl } =
  await import('../../../../electron/main/security');
const { runApp } = await import('../../../../electron/main/app');
const { createBackend } = await import('../../../../electron/core/backend');

const indexUrl = 'app://planwright/index.html';

function secured() {
  const contents = new FakeWebContents();
  const session = fakeSession();
  applySecurity(session as never, contents as never, indexUrl);
  return { contents, session };
}

function navigate(contents: FakeWebContents, eventName: string, url: string) {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

beforeEach(() => {
  resetElectronMock();
  vi.mocked(createBackend).mockClear();
});

describe('window', () => {
  function webPreferences() {
    createMainWindow({ preload: '/opt/planwright/dist/electron/preload.cjs', indexUrl });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    return FakeBrowserWindow.instances[0]!.options.webPreferences as Record<string, unknown>;
  }

  it('turns contextIsolation on', () => {
    expect(webPreferences().contextIsolation).toBe(true);
  });

  it('turns the sandbox on', () => {
    expect(webPreferences().sandbox).toBe(true);
  });

  it('turns nodeIntegration off, in workers too, and forbids the webview tag', () => {
    const prefs = webPreferences();
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/opt/planwright/dist/electron/preload.cjs');
  });

  it('loads the page from the app:// origin, never file:, and shows itself only when ready', () => {
    createMainWindow({ preload: '/p.cjs', indexUrl });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://planwright/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});

describe('content security policy', () => {
  it('allows no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(^|\s)\*(\s|;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });

  it('is set on every response, replacing any policy the response brought', () => {
    const { session } = secured();
    const callback = vi.fn();
    session.handlers.headers!(
      { responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'X-Other': ['kept'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledTimes(1);
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    const policies = Object.entries(headers).filter(([name]) => name.toLowerCase() === 'content-security-policy');
    expect(policies).toEqual([['Content-Security-Policy', [CONTENT_SECURITY_POLICY]]]);
    expect(headers['X-Other']).toEqual(['kept']);
  });

  it('is set on a response that had no headers at all', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('window.open', () => {
  it('is denied, and only https and mailto links go to the system', () => {
    const { contents } = secured();
    const open = (url: string) => contents.windowOpenHandler!({ url });
    expect(open('https://example.com/guide')).toEqual({ action: 'deny' });
    expect(open('mailto:team@example.com')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open(indexUrl)).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.com/guide'], ['mailto:team@example.com']]);
  });
});

describe('navigation', () => {
  it('will-navigate to another URL is prevented', () => {
    const { contents } = secured();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://planwright/other.html')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://elsewhere/index.html')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://planwright:99/index.html')).toBe(true);
    // The built page on disk is not the app's page any more: only its app:// address is.
    expect(navigate(contents, 'will-navigate', pathToFileURL(path.resolve('/opt/planwright/dist/renderer/index.html')).href)).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'not a url')).toBe(true);
  });

  it("will-navigate to the app's own file is allowed, whatever its hash", () => {
    const { contents } = secured();
    expect(navigate(contents, 'will-navigate', indexUrl)).toBe(false);
    expect(navigate(contents, 'will-navigate', `${indexUrl}#/plans/abc`)).toBe(false);
  });

  it('will-redirect to another URL is prevented and opens nothing', () => {
    const { contents } = secured();
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it("will-redirect to the app's own file is allowed", () => {
    const { contents } = secured();
    expect(navigate(contents, 'will-redirect', indexUrl)).toBe(false);
  });

  it('trusts only the index page of app://planwright, whatever its query or hash', () => {
    expect(isAppUrl('app://planwright/index.html?x=1#/plans/a')).toBe(true);
    expect(isAppUrl('app://planwright/%69ndex.html')).toBe(true);
    expect(isAppUrl('app://planwright/assets/index.js')).toBe(false);
    expect(isAppUrl('app://user:pw@planwright/index.html')).toBe(false);
    expect(isAppUrl('https://planwright/index.html')).toBe(false);
  });
});

describe('webview', () => {
  it('attaching a webview is prevented', () => {
    const { contents } = secured();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('permissions', () => {
  it('every permission request is denied, but full screen for the app’s own page (present mode)', () => {
    const { session } = secured();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      for (const requestingUrl of ['app://planwright/index.html', 'https://example.com/', undefined]) {
        const callback = vi.fn();
        session.handlers.permissionRequest!({}, permission, callback, { requestingUrl });
        expect(callback, `${permission} from ${requestingUrl}`).toHaveBeenCalledWith(false);
      }
    }
    for (const [requestingUrl, granted] of [
      ['app://planwright/index.html', true],
      ['app://planwright.evil/index.html', false],
      ['https://example.com/', false],
      ['file:///tmp/x.html', false],
      ['not a url', false],
      [undefined, false],
    ] as const) {
      const callback = vi.fn();
      session.handlers.permissionRequest!({}, 'fullscreen', callback, { requestingUrl });
      expect(callback, `fullscreen from ${requestingUrl}`).toHaveBeenCalledWith(granted);
    }
  });

  it('the spellchecker stays off where it would download dictionaries, and uses the system on macOS', () => {
    for (const [platform, downloads] of [
      ['linux', true],
      ['win32', true],
      ['darwin', false],
    ] as const) {
      const session = fakeSession();
      secureSession(session as never, platform);
      expect(session.setSpellCheckerEnabled.mock.calls, platform).toEqual(downloads ? [[false]] : []);
      expect(spellcheckIsLocal(platform), platform).toBe(!downloads);
    }
  });

  it('every permission check answers no, but full screen for the app’s own origin', () => {
    const { session } = secured();
    expect(session.handlers.permissionCheck!(null, 'media', 'file://', {})).toBe(false);
    expect(session.handlers.permissionCheck!(null, 'media', 'app://planwright', {})).toBe(false);
    expect(session.handlers.permissionCheck!(null, 'clipboard-sanitized-write', 'file://', {})).toBe(false);
    expect(session.handlers.permissionCheck!(null, 'fullscreen', 'app://planwright', {})).toBe(true);
    expect(session.handlers.permissionCheck!(null, 'fullscreen', 'https://example.com', {})).toBe(false);
  });
});

describe('app lifecycle', () => {
  it('registers app:// as a privileged scheme before ready, serves it on ready, and loads the page from it', async () => {
    runApp('/opt/planwright/dist/electron');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0]).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    await settle();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(FakeBrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('app://planwright/index.html');
  });

  it('makes no network request of its own at start-up: the updater is not even loaded', async () => {
    runApp('/opt/planwright/dist/electron');
    await settle();
    await settle();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(updaterLoads.count).toBe(0);
  });

  it('secures every web contents the app creates', async () => {
    runApp('/opt/planwright/dist/electron');
    await settle();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('quits without opening data or a window when the single-instance lock is not acquired', async () => {
    electron.app.requestSingleInstanceLock.mockImplementation(() => false);
    runApp('/opt/planwright/dist/electron');
    await settle();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(createBackend).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('a second instance focuses the existing window instead of creating one', async () => {
    runApp('/opt/planwright/dist/electron');
    await settle();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0]!;
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['planwright'], '/');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});
