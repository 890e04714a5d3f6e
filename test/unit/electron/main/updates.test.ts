import { describe, expect, it, vi } from 'vitest';
import { MENU_LABELS } from '../../../../electron/main/menu-labels';
import { checkForUpdatesNow, type Updater, type UpdateDeps } from '../../../../electron/main/updates';

function fakeUpdater(result: Awaited<ReturnType<Updater['checkForUpdates']>> | Error): Updater & { calls: string[] } {
  const updater: Updater & { calls: string[] } = {
    calls: [],
    autoDownload: true,
    autoInstallOnAppQuit: true,
    checkForUpdates: vi.fn(async () => {
      updater.calls.push(`check(autoDownload=${String(updater.autoDownload)})`);
      if (result instanceof Error) throw result;
      return result;
    }),
    downloadUpdate: vi.fn(async () => {
      updater.calls.push('download');
      return [];
    }),
    quitAndInstall: vi.fn(() => {
      updater.calls.push('install');
    }),
  };
  return updater;
}

function deps(updater: Updater, answers: number[], overrides: Partial<UpdateDeps> = {}) {
  const messages: string[] = [];
  const loadUpdater = vi.fn(async () => updater);
  const d: UpdateDeps = {
    isPackaged: true,
    currentVersion: '1.0.0',
    labels: MENU_LABELS.en.updates,
    ok: 'OK',
    loadUpdater,
    ask: async (message) => {
      messages.push(message);
      return answers.shift() ?? 0;
    },
    ...overrides,
  };
  return { d, messages, loadUpdater };
}

describe('Check for updates', () => {
  it('in a copy run from source, says so and never loads the updater', async () => {
    const updater = fakeUpdater(null);
    const { d, messages, loadUpdater } = deps(updater, [], { isPackaged: false });
    await expect(checkForUpdatesNow(d)).resolves.toBe('not-installed');
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(messages[0]).toContain('installed app');
  });

  it('with no newer version, says the current one is the latest and downloads nothing', async () => {
    const updater = fakeUpdater({ isUpdateAvailable: false, updateInfo: { version: '1.0.0' } });
    const { d, messages } = deps(updater, []);
    await expect(checkForUpdatesNow(d)).resolves.toBe('up-to-date');
    expect(updater.calls).toEqual(['check(autoDownload=false)']);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(messages).toEqual(['Planwright 1.0.0 is the latest version.']);
  });

  it('asks before downloading and again before restarting', async () => {
    const updater = fakeUpdater({ isUpdateAvailable: true, updateInfo: { version: '1.1.0' } });
    const declined = deps(updater, [1]);
    await expect(checkForUpdatesNow(declined.d)).resolves.toBe('later');
    expect(updater.calls).toEqual(['check(autoDownload=false)']);
    expect(declined.messages[0]).toContain('1.1.0 is available (you have 1.0.0)');

    updater.calls.length = 0;
    const downloadedOnly = deps(updater, [0, 1]);
    await expect(checkForUpdatesNow(downloadedOnly.d)).resolves.toBe('restart-later');
    expect(updater.calls).toEqual(['check(autoDownload=false)', 'download']);

    updater.calls.length = 0;
    const installed = deps(updater, [0, 0]);
    await expect(checkForUpdatesNow(installed.d)).resolves.toBe('installing');
    expect(updater.calls).toEqual(['check(autoDownload=false)', 'download', 'install']);
  });

  it('offline, says so in one sentence and changes nothing', async () => {
    const updater = fakeUpdater(new Error('net::ERR_NAME_NOT_RESOLVED\n    at SimpleURLLoaderWrapper...'));
    const { d, messages } = deps(updater, []);
    await expect(checkForUpdatesNow(d)).resolves.toBe('failed');
    expect(messages).toEqual(['Could not check for updates: net::ERR_NAME_NOT_RESOLVED. Nothing was changed; you can try again later.']);
    expect(updater.downloadUpdate).not.toHaveBeenCalled();
  });

  it('speaks Chinese with the Chinese menu', async () => {
    const updater = fakeUpdater({ isUpdateAvailable: false, updateInfo: { version: '1.0.0' } });
    const { d, messages } = deps(updater, [], { labels: MENU_LABELS['zh-CN'].updates, ok: '确定' });
    await checkForUpdatesNow(d);
    expect(messages).toEqual(['Planwright 1.0.0 已是最新版本。']);
  });
});
