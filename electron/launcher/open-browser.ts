import { spawn, spawnSync } from 'node:child_process';

/** The system's "open this URL" command, or null where there is none to use (no display). */
export function browserCommand(
  platform: string,
  env: Record<string, string | undefined>,
  hasCommand: (name: string) => boolean,
): { command: string; args: (url: string) => string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: (url) => [url] };
  // `start` is a cmd built-in; its first quoted argument is the window title, hence the "".
  if (platform === 'win32') return { command: 'cmd', args: (url) => ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return hasCommand('xdg-open') ? { command: 'xdg-open', args: (url) => [url] } : null;
}

function onPath(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Opens the URL in the default browser if the system has a way; says whether it tried. */
export function openInBrowser(url: string, platform: string = process.platform, env: NodeJS.ProcessEnv = process.env): boolean {
  const how = browserCommand(platform, env, onPath);
  if (how === null) return false;
  try {
    const child = spawn(how.command, how.args(url), { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
