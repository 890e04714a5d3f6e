// Two processes on one data folder, the normal case: the desktop app (here browser mode, the same
// backend) is open while `planwright import` runs on the same folder (the CLI's default folder
// is the app's). Every write transaction is BEGIN IMMEDIATE, so a writer that finds the file
// busy waits its turn (busy_timeout) instead of failing at once with "database is locked".
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startWebApp, type WebApp } from './fixtures/web-app';

const CLI = path.join(REPO_ROOT, 'dist/node/cli.cjs');
const IMPORTS = 12;

type Run = { code: number | null; stdout: string; stderr: string };

function cli(args: string[]): Promise<Run> {
  const env = { ...process.env };
  delete env.PLANWRIGHT_DATA_DIR;
  const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

let app: WebApp;
let work: string;
let token: string;

async function invoke(command: string, request: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  const response = await fetch(new URL('/api/invoke', app.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
    body: JSON.stringify({ command, request }),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
}

beforeAll(async () => {
  app = await startWebApp();
  work = mkdtempSync(path.join(os.tmpdir(), 'planwright-two-'));
  const html = await (await fetch(app.url)).text();
  token = /name="planwright-token" content="([^"]+)"/.exec(html)![1]!;
});

afterAll(async () => {
  await app?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('two processes on one data folder', () => {
  it('loses and refuses nothing while the app saves and the command line imports', async () => {
    const file = path.join(work, 'education.mplan');
    expect((await cli(['sample', 'education', '--out', file])).code).toBe(0);
    const created = await invoke('plans.create', {
      name: 'Typed in the app',
      client: 'Client',
      currency: 'CNY',
      language: 'en',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    expect(created.ok).toBe(true);
    const planId = (created.value as { id: string }).id;

    // The page's saves (a read, then a write) as fast as they go while the imports run.
    let saves = 0;
    const refusedSaves: string[] = [];
    let lastName = '';
    let importing = true;
    const saving = (async () => {
      while (importing) {
        const name = `Typed ${saves}`;
        const result = await invoke('plans.rename', { planId, name });
        saves += 1;
        if (result.ok) lastName = name;
        else refusedSaves.push(result.error!.message);
      }
    })();
    const imports = await Promise.all(Array.from({ length: IMPORTS }, () => cli(['import', file, '--data-dir', app.dataDir])));
    importing = false;
    await saving;

    const refusedImports = imports.filter((r) => r.code !== 0).map((r) => r.stderr);
    console.info(`two processes: ${IMPORTS} imports, ${refusedImports.length} refused; ${saves} saves, ${refusedSaves.length} refused`);
    expect(refusedImports).toEqual([]);
    expect(refusedSaves).toEqual([]);
    expect(saves).toBeGreaterThan(0);

    // Nothing lost: every import is there, and the app's last save is what is stored.
    const listed = await invoke('plans.list', {});
    const plans = listed.value as { id: string; name: string }[];
    expect(plans).toHaveLength(IMPORTS + 1);
    expect(plans.find((p) => p.id === planId)?.name).toBe(lastName);
    const cliList = await cli(['list', '--data-dir', app.dataDir]);
    expect(cliList.code).toBe(0);
    expect(cliList.stdout).toContain(lastName);
  });
});
