// Backups end to end: made from the Backups screen, one plan pulled out of a backup and the whole
// library put back, each time equal to the original field by field; an empty library file is
// set aside and the latest backup offered.
import { truncateSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backend, context, page, useAppPerTest, collectProblems } from './fixtures/app-session';
import { startWebApp } from './fixtures/web-app';
import { BackupsPage } from './pages/backups-page';

const POLL = { timeout: 15_000, interval: 100 };
const SHOTS = process.env.PLANWRIGHT_SCREENSHOTS;

useAppPerTest();

async function planNamed(name: string) {
  const list = (await backend('plans.list', {})).value as { id: string; name: string }[];
  const found = list.find((p) => p.name === name);
  return found ? (await backend('plans.get', { planId: found.id })).value : undefined;
}

describe('backups', () => {
  it('restores one plan and then the whole library from the Backups screen, equal field by field', async () => {
    const created = await backend('plans.createFromSample', { sample: 'education', language: 'en' });
    const original = (await backend('plans.get', { planId: created.value.id })).value;
    const backups = new BackupsPage(page);
    await backups.open();
    await page.getByRole('heading', { name: 'No backups yet' }).waitFor();
    await backups.backUpNow();
    await expect(backups.row(0).textContent()).resolves.toMatch(/By hand/);

    await backend('plans.trash', { planId: original.meta.id });
    await backend('plans.deletePermanently', { planId: original.meta.id });
    await backups.restorePlan(0, original.meta.name);
    await page.getByText(`“${original.meta.name}” was restored.`).waitFor();
    expect(await planNamed(original.meta.name)).toEqual(original);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'backups-en-light-1280.png') });

    await backend('plans.rename', { planId: original.meta.id, name: 'Renamed since' });
    await backend('plans.createFromSample', { sample: 'trade-course', language: 'en' });
    await backups.restoreLibrary(0);
    await expect.poll(async () => ((await backend('plans.list', {})).value as unknown[]).length, POLL).toBe(1);
    expect(await planNamed(original.meta.name)).toEqual(original);
    // The library as it was before the restore is the newest backup now.
    await expect.poll(() => backups.rows.count(), POLL).toBe(2);
    await expect(backups.row(0).textContent()).resolves.toMatch(/Before a restore/);
  });

  it('sets an empty library file aside and offers the latest backup', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planwright-e2e-empty-'));
    try {
      const first = await startWebApp({ dataDir });
      const second = await context.newPage();
      collectProblems(second);
      await second.goto(first.url);
      const token = await second.locator('meta[name="planwright-token"]').getAttribute('content');
      const call = async (command: string, request: unknown) =>
        (await (
          await fetch(new URL('api/invoke', first.url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token! },
            body: JSON.stringify({ command, request }),
          })
        ).json()) as { ok: boolean; value: any };
      await call('settings.set', { language: 'en' });
      await call('plans.createFromSample', { sample: 'education', language: 'en' });
      expect((await call('backups.create', {})).ok).toBe(true);
      await second.goto('about:blank');
      await first.stop();
      truncateSync(path.join(dataDir, 'planwright.sqlite'), 0);

      const again = await startWebApp({ dataDir });
      try {
        await second.goto(again.url);
        const notice = second.getByRole('alert').filter({ has: second.getByRole('heading', { name: 'Your library file was empty' }) });
        await notice.waitFor();
        await expect(notice.textContent()).resolves.toMatch(
          /planwright\.sqlite was empty \(0 bytes\) — perhaps a copy or a sync did not finish\. It was set aside as planwright\.sqlite\.empty-/,
        );
        if (SHOTS) await second.screenshot({ path: path.join(SHOTS, 'empty-library-en-1280.png') });
        await notice.getByRole('button', { name: /^Restore the latest backup/ }).click();
        await second
          .getByRole('cell', { name: /Elite Education|education/i })
          .first()
          .or(second.getByRole('row').nth(1))
          .first()
          .waitFor();
        await notice.waitFor({ state: 'detached' });
      } finally {
        await second.close();
        await again.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
