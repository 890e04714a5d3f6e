import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-mock')).electron);

const { appProtocolResponse, APP_INDEX_URL } = await import('../../../../electron/main/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../../shared/contracts/csp');

let base: string;
let renderer: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-app-protocol-'));
  renderer = path.join(base, 'dist', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Planwright</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'not for the page');
  fs.writeFileSync(path.join(base, 'planwright.sqlite'), 'data');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appProtocolResponse({ url, method }, renderer);

describe('app:// protocol', () => {
  it('serves the index page with the CSP and its type', async () => {
    const answer = await get(APP_INDEX_URL);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(Buffer.from(answer.body as Uint8Array).toString()).toContain('<title>Planwright</title>');
    expect((await get('app://planwright/')).status).toBe(200);
  });

  it('serves the built assets', async () => {
    const answer = await get('app://planwright/assets/index-1.js');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://planwright/../secret.txt',
    'app://planwright/%2e%2e/secret.txt',
    'app://planwright/%2e%2e%2f%2e%2e%2fplanwright.sqlite',
    'app://planwright/assets/..%2f..%2f..%2fsecret.txt',
    'app://planwright/..%5c..%5csecret.txt',
    'app://planwright/assets/link.txt',
    'app://planwright/assets',
    'app://planwright/missing.js',
    'app://planwright/%E0%A4%A',
    'app://planwright/index.html%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    const answer = await get(url);
    expect(answer.status).toBe(404);
    expect(String(answer.body)).not.toContain('not for the page');
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    expect((await get(APP_INDEX_URL, 'HEAD')).status).toBe(200);
  });
});
