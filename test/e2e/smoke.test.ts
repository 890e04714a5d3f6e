// The browser-mode skeleton end to end: the built server starts on a fresh folder, Chromium
// renders the library, the API refuses a caller without the page's token, and a restart on the
// same folder keeps what was saved.
import { describe, expect, it } from 'vitest';
import { app, page, problems, useAppForFile } from './fixtures/app-session';

// The app as it first starts: no language chosen yet.
useAppForFile({ english: false });

describe('browser mode smoke', () => {
  it('renders the library screen with its title and heading', async () => {
    await expect(page.title()).resolves.toMatch(/Planwright/);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.first().waitFor({ state: 'visible' });
    expect((await heading.first().textContent())?.trim().length).toBeGreaterThan(0);
  });

  it('logs no console errors while loading', () => {
    expect(problems).toEqual([]);
  });

  it('refuses /api/invoke without the token, from the page itself', async () => {
    const token = await page.locator('meta[name="planwright-token"]').getAttribute('content');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const statuses = await page.evaluate(async (token) => {
      const body = JSON.stringify({ command: 'plans.list', request: {} });
      const call = (headers: Record<string, string>) =>
        fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }).then(async (r) => ({
          status: r.status,
          json: (await r.json()) as { ok: boolean },
        }));
      return { without: await call({}), withToken: await call({ 'X-Planwright-Token': token }) };
    }, token ?? '');
    expect(statuses.without.status).toBe(401);
    expect(statuses.without.json.ok).toBe(false);
    // The same call with the page's token succeeds, so the refusal above is the token check.
    expect(statuses.withToken).toEqual({ status: 200, json: { ok: true, value: [] } });
  });

  it('sends its commands over one WebSocket, which opens only with the page’s token', async () => {
    const posts: string[] = [];
    const sockets: { url: string; sent: number; received: number }[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/invoke')) posts.push(r.url());
    });
    page.on('websocket', (ws) => {
      const entry = { url: ws.url(), sent: 0, received: 0 };
      sockets.push(entry);
      ws.on('framesent', () => entry.sent++);
      ws.on('framereceived', () => entry.received++);
    });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
    await expect.poll(() => sockets[0]?.received ?? 0, { timeout: 5000 }).toBeGreaterThan(0);
    expect(sockets.map((s) => new URL(s.url).pathname)).toEqual(['/api/socket']);
    expect(sockets[0]!.sent).toBeGreaterThanOrEqual(sockets[0]!.received);
    expect(posts).toEqual([]);

    // Without the token the handshake is refused: the socket closes without ever opening.
    const refused = await page.evaluate(
      () =>
        new Promise<{ opened: boolean; code: number }>((resolve) => {
          let opened = false;
          // Runs in the page; the test project's types know no DOM.
          const { host } = (globalThis as unknown as { location: { host: string } }).location;
          const ws = new WebSocket(`ws://${host}/api/socket`, ['planwright']);
          ws.onopen = () => (opened = true);
          ws.onclose = (event) => resolve({ opened, code: event.code });
        }),
    );
    expect(refused).toEqual({ opened: false, code: 1006 });
    // The refused handshake logs a console error in Chromium; it is this test's own.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('/api/socket')));
  });

  it('keeps the data folder across a server restart, with a new token', async () => {
    const before = await page.locator('meta[name="planwright-token"]').getAttribute('content');
    const created = await callApi(app.url, before!, 'plans.create', {
      name: '重启测试 🚀',
      client: 'Smoke',
      currency: 'CNY',
      language: 'zh-CN',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    expect(created.ok).toBe(true);

    await app.restart(page);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
    const after = await page.locator('meta[name="planwright-token"]').getAttribute('content');
    expect(after).not.toBe(before);
    expect((await callApi(app.url, before!, 'plans.list', {})).ok).toBe(false);
    const listed = await callApi(app.url, after!, 'plans.list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ name: '重启测试 🚀', client: 'Smoke' }] });
  });
});

async function callApi(url: string, token: string, command: string, request: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const res = await fetch(new URL('api/invoke', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
    body: JSON.stringify({ command, request }),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
}
