import { describe, expect, it, vi } from 'vitest';
import { planLaunch, type LaunchDeps } from '../../../../electron/launcher/launch-plan';

function deps(overrides: Partial<LaunchDeps> = {}) {
  const log = vi.fn();
  const d: LaunchDeps = {
    platform: 'linux',
    env: { DISPLAY: ':0' },
    forceBrowser: false,
    findElectron: vi.fn(() => ({ binary: '/app/node_modules/electron/dist/electron' })),
    fetchElectron: vi.fn(() => ({ ok: true as const })),
    buildNativeForElectron: vi.fn(() => ({ ok: true as const })),
    log,
    ...overrides,
  };
  return d;
}

describe('what npm start opens', () => {
  it('the desktop window when the Electron binary is there, without fetching anything', () => {
    const d = deps();
    expect(planLaunch(d)).toEqual({ mode: 'desktop', binary: '/app/node_modules/electron/dist/electron' });
    expect(d.fetchElectron).not.toHaveBeenCalled();
    expect(d.buildNativeForElectron).toHaveBeenCalledTimes(1);
  });

  it('fetches a missing binary once, says so, then opens the desktop window', () => {
    const found = [{ missing: 'its binary has not been downloaded yet' }, { binary: '/e' }];
    const d = deps({ findElectron: vi.fn(() => found.shift()!) });
    expect(planLaunch(d)).toEqual({ mode: 'desktop', binary: '/e' });
    expect(d.fetchElectron).toHaveBeenCalledTimes(1);
    expect(d.log).toHaveBeenCalledWith(expect.stringContaining('Fetching the desktop runtime'));
  });

  it('falls back to the browser when the fetch is refused, saying why and what would fix it', () => {
    const d = deps({
      findElectron: () => ({ missing: 'its binary has not been downloaded yet' }),
      fetchElectron: () => ({ ok: false, reason: 'its download host could not be reached from this machine' }),
    });
    const plan = planLaunch(d);
    expect(plan).toMatchObject({ mode: 'browser' });
    if (plan.mode !== 'browser') throw new Error('unreachable');
    expect(plan.why).toBe('Electron, the desktop runtime, is not installed and its download host could not be reached from this machine');
    expect(plan.fix).toMatch(/github\.com.*ELECTRON_MIRROR.*npm start again/);
    expect(d.buildNativeForElectron).not.toHaveBeenCalled();
  });

  it('falls back to the browser when better-sqlite3 cannot be built for Electron', () => {
    const d = deps({ buildNativeForElectron: () => ({ ok: false, reason: "its prebuilt copy and Electron's headers could not be downloaded" }) });
    expect(planLaunch(d)).toMatchObject({ mode: 'browser', why: expect.stringContaining('better-sqlite3') });
  });

  it('on Linux without a display, goes to the browser at once and fetches nothing', () => {
    const d = deps({ env: {}, findElectron: vi.fn(() => ({ missing: 'x' })) });
    expect(planLaunch(d)).toMatchObject({ mode: 'browser', why: expect.stringContaining('no graphical display') });
    expect(d.findElectron).not.toHaveBeenCalled();
    expect(d.fetchElectron).not.toHaveBeenCalled();
    expect(planLaunch(deps({ env: { WAYLAND_DISPLAY: 'wayland-0' } })).mode).toBe('desktop');
  });

  it('needs no display variable on macOS or Windows', () => {
    expect(planLaunch(deps({ platform: 'darwin', env: {} })).mode).toBe('desktop');
    expect(planLaunch(deps({ platform: 'win32', env: {} })).mode).toBe('desktop');
  });

  it('--browser opens the browser without touching Electron, and without a complaint', () => {
    const d = deps({ forceBrowser: true });
    expect(planLaunch(d)).toEqual({ mode: 'browser', why: 'you asked for the browser (--browser)', fix: null });
    expect(d.findElectron).not.toHaveBeenCalled();
  });
});
