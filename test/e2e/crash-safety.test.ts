// Crash safety: the browser-mode server is killed with SIGKILL in the middle of a stream of
// saves, again and again on the same data folder. After every kill the database must pass
// integrity_check and foreign_key_check and hold every write the server acknowledged.
// CI runs PLANWRIGHT_CRASH_RUNS (default 20) kills; `npm run test:soak` runs 200.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWebApp } from './fixtures/web-app';

const RUNS = Number(process.env.PLANWRIGHT_CRASH_RUNS ?? 20);
/** Saves in flight at once, as a page typing in several fields and a second client would send. */
const STREAMS = 4;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planwright-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function tokenOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return /name="planwright-token" content="([^"]+)"/.exec(html)![1]!;
}

type Invoke = (command: string, request: unknown) => Promise<{ ok: boolean; value?: any; error?: { message: string } }>;

function client(url: string, token: string): Invoke {
  return async (command, request) => {
    const response = await fetch(new URL('/api/invoke', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
      body: JSON.stringify({ command, request }),
    });
    return (await response.json()) as { ok: boolean; value?: any };
  };
}

/** What the file holds, read by another SQLite connection as a later app start would. */
function inspect(): { integrity: string; brokenLinks: number; segmentIds: Set<string>; names: Map<string, string> } {
  const db = new Database(path.join(dataDir, 'planwright.sqlite'));
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      brokenLinks: (db.pragma('foreign_key_check') as unknown[]).length,
      segmentIds: new Set((db.prepare('SELECT id FROM segments').all() as { id: string }[]).map((r) => r.id)),
      names: new Map((db.prepare('SELECT id, name FROM plans').all() as { id: string; name: string }[]).map((r) => [r.id, r.name])),
    };
  } finally {
    db.close();
  }
}

describe(`crash safety (${RUNS} kills mid-stream)`, () => {
  it('loses no acknowledged write and corrupts nothing', async () => {
    const acknowledged = new Set<string>();
    /** Per plan: every name a rename asked for, and whether any rename was acknowledged. */
    const renames = new Map<string, { tried: Set<string>; acknowledged: boolean; original: string }>();
    let attempted = 0;
    for (let run = 0; run < RUNS; run++) {
      const app = await startWebApp({ dataDir });
      const invoke = client(app.url, await tokenOf(app.url));
      const plan = await invoke('plans.create', {
        name: `Run ${run}`,
        client: 'Crash',
        currency: 'CNY',
        language: 'en',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
      });
      expect(plan.ok).toBe(true);
      const planId = plan.value.id as string;
      const renamed = { tried: new Set<string>(), acknowledged: false, original: `Run ${run}` };
      renames.set(planId, renamed);
      let killed = false;
      const stream = async (n: number) => {
        for (let i = 0; !killed; i++) {
          attempted += 1;
          const id = crypto.randomUUID();
          try {
            // New rows and renames (a read, then a write): an acknowledged row must exist after the kill.
            const name = `Run ${run} save ${n}.${i}`;
            if (i % 5 === 4) renamed.tried.add(name);
            const result =
              i % 5 === 4
                ? await invoke('plans.rename', { planId, name })
                : await invoke('rows.upsert', {
                    planId,
                    collection: 'segments',
                    row: { id, name: `Segment ${n}.${i}`, size: i, growthPct: null, needs: 'x'.repeat(i % 200) },
                  });
            if (result.ok && i % 5 === 4) renamed.acknowledged = true;
            else if (result.ok) acknowledged.add(id);
          } catch {
            return; // the server is gone mid-request: that write was never acknowledged
          }
        }
      };
      const streams = Array.from({ length: STREAMS }, (_, n) => stream(n));
      // Killed at a different moment each run, while saves are in flight.
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(Math.random() * 350)));
      killed = true;
      await app.kill();
      await Promise.all(streams);

      const after = inspect();
      expect(after.integrity, `run ${run}`).toBe('ok');
      expect(after.brokenLinks, `run ${run}`).toBe(0);
      const lost = [...acknowledged].filter((id) => !after.segmentIds.has(id));
      expect(lost, `run ${run}: acknowledged rows lost`).toEqual([]);
      // A plan's name is one a rename asked for (one in flight at the kill may have committed too), and not the first one once a rename was acknowledged.
      for (const [id, r] of renames) {
        const stored = after.names.get(id)!;
        expect(r.tried.has(stored) || (!r.acknowledged && stored === r.original), `run ${run}: plan name ${stored}`).toBe(true);
      }
    }
    console.info(
      `crash safety: ${RUNS} kills, ${attempted} writes attempted, ${acknowledged.size} acknowledged row writes, 0 lost, integrity ok after every kill`,
    );
    expect(acknowledged.size).toBeGreaterThan(RUNS * 10);
  });
});
