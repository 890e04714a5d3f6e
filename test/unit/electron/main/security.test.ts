import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, FakeWebContents, fakeSession, resetElectronMock, settle } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);
// The backend is the lead's storage; here only whether the shell asks for it matters.
vi.mock('../../../../electron/core/backend', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../electron/core/backend')>()),
  createBackend: vi.fn(() => ({ dispatch: vi.fn(() => ({ ok: true, value: { language: null, theme: 'system' } })), close: vi.fn(), dataDir: '/x' })),
}));

const { createMainWindow } = await import('../../../../electron/main/window');
const { CONTENT_SECURITY_POLICY, applySecurity, withContentSecurityPolicy, isAppUrl } = await import('../../../../electron/main/security');
const { runApp } = await import('../../../../electron/main/app');
const { createBackend } = await import('../../../../electron/core/backend');

const indexHtml = path.resolve('/opt/planwright/dist/renderer/index.html');
const indexUrl = pathToFileURL(indexHtml).href;

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
    createMainWindow({ preload: '/opt/planwright/dist/electron/preload.cjs', indexHtml });
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

  it('loads the built index file and shows itself only when ready', () => {
    createMainWindow({ preload: '/p.cjs', indexHtml });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options.show).toBe(false);
    expect(window.loadFile).toHaveBeenCalledWith(indexHtml);
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
    expect(navigate(contents, 'will-navigate', pathToFileURL(path.resolve('/opt/planwright/dist/renderer/other.html')).href)).toBe(true);
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

  it('compares Windows paths without regard to case, other platforms exactly', () => {
    expect(isAppUrl('file:///c:/App/dist/renderer/index.html', 'file:///C:/App/dist/renderer/index.html', 'win32')).toBe(true);
    expect(isAppUrl('file:///opt/App/dist/renderer/index.html', 'file:///opt/app/dist/renderer/index.html', 'linux')).toBe(false);
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
  it('every permission request is denied', () => {
    const { session } = secured();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      const callback = vi.fn();
      session.handlers.permissionRequest!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('every permission check answers no', () => {
    const { session } = secured();
    expect(session.handlers.permissionCheck!(null, 'media', 'file://', {})).toBe(false);
    expect(session.handlers.permissionCheck!(null, 'clipboard-sanitized-write', 'file://', {})).toBe(false);
  });
});

describe('app lifecycle', () => {
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
