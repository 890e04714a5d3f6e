import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../../../electron/launcher/open-browser';

const url = 'http://127.0.0.1:5173/?a=1&b=2';

describe("opening the system's default browser", () => {
  it('uses open on macOS and start on Windows', () => {
    const mac = browserCommand('darwin', {}, () => false)!;
    expect([mac.command, ...mac.args(url)]).toEqual(['open', url]);
    const win = browserCommand('win32', {}, () => false)!;
    expect([win.command, ...win.args(url)]).toEqual(['cmd', '/c', 'start', '""', 'http://127.0.0.1:5173/?a=1^&b=2']);
  });

  it('uses xdg-open on a Linux desktop', () => {
    const linux = browserCommand('linux', { DISPLAY: ':0' }, (name) => name === 'xdg-open')!;
    expect([linux.command, ...linux.args(url)]).toEqual(['xdg-open', url]);
  });

  it('opens nothing where there is no display or no xdg-open (the address is printed instead)', () => {
    expect(browserCommand('linux', {}, () => true)).toBeNull();
    expect(browserCommand('linux', { DISPLAY: ':0' }, () => false)).toBeNull();
  });
});
