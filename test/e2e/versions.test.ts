// Versions end to end: a version saved from Save version… (Ctrl+Shift+S), the plan changed in the
// editor, the two compared (the diff names exactly what changed), the version restored, and the
// restore undone by restoring the automatic version it made first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { app, backend, page, useAppPerTest } from './fixtures/app-session';
import { PartPage } from './pages/part-page';
import { PlanWorkspacePage } from './pages/plan-workspace-page';
import { VersionsPage } from './pages/versions-page';

const POLL = { timeout: 15_000, interval: 100 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's serious and critical WCAG 2.1 AA findings on the page as it is (as accessibility.test.ts runs it). */
async function seriousFindings(): Promise<string[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate<string[]>(`(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes[0].target.join(' '));
  })()`);
}

useAppPerTest();

async function client(planId: string): Promise<string> {
  return (await backend('plans.get', { planId })).value.meta.client as string;
}

describe('versions', () => {
  it('saves a version, compares it with the changed plan, restores it and undoes the restore', async () => {
    const created = await backend('plans.createFromSample', { sample: 'education', language: 'en' });
    const planId = created.value.id as string;
    const original = await client(planId);
    await page.goto(`${page.url().split('#')[0]}#/plans/${planId}`);
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    const versions = new VersionsPage(page);

    await versions.save('Sent to client', 'Sent to client 3 Dec');
    const listed = (await backend('versions.list', { planId })).value as { name: string; note: string; kind: string }[];
    expect(listed.map((v) => [v.name, v.note, v.kind])).toEqual([['Sent to client', 'Sent to client 3 Dec', 'manual']]);

    // Change the plan in the editor.
    const changed = `${original} Hangzhou branch`;
    await workspace.field('Client or company').fill(changed);
    await workspace.field('Client or company').blur();
    await expect.poll(() => client(planId), POLL).toBe(changed);

    // Compare the version with now: exactly the client changed, by the two words added.
    await versions.openPanel();
    expect(await versions.names()).toEqual(['Sent to client']);
    expect(await seriousFindings()).toEqual([]);
    await versions.rowAction('Compare with now', 'Sent to client');
    await versions.compareResult.waitFor();
    expect(await seriousFindings()).toEqual([]);
    await expect(versions.compareResult.getByRole('status').textContent()).resolves.toBe('Changes: 1');
    const sections = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-compare-part]')].map((e) => e.dataset.comparePart)`);
    expect(sections).toEqual(['meta']);
    const meta = page.locator('[data-compare-part="meta"]');
    await expect(meta.locator('dt').allTextContents()).resolves.toEqual(['Client']);
    await expect(meta.locator('ins').allTextContents()).resolves.toEqual(['added: Hangzhou branch (end of change)']);
    await expect(meta.locator('del').count()).resolves.toBe(0);
    // Not by colour alone: the insertion is underlined.
    await expect(
      page.evaluate<string>(`getComputedStyle(document.querySelector('[data-compare-part="meta"] ins')).textDecorationLine`),
    ).resolves.toBe('underline');
    // No key number moved.
    await expect(page.locator('.diff-numbers__changed').count()).resolves.toBe(0);
    await versions.close();

    // Restore the version: the editor shows the client as it was.
    await versions.openPanel();
    await versions.restore('Sent to client');
    await expect.poll(() => client(planId), POLL).toBe(original);
    // The renderer applies the restore a moment after the backend holds it: wait for the field.
    await expect.poll(() => workspace.field('Client or company').inputValue(), POLL).toBe(original);

    // The restore saved the plan as it was first; restoring that undoes the restore.
    await versions.openPanel();
    expect(await versions.names()).toEqual(['Before restoring “Sent to client”', 'Sent to client']);
    await versions.restore('Before restoring “Sent to client”');
    await expect.poll(() => client(planId), POLL).toBe(changed);
    await expect.poll(() => workspace.field('Client or company').inputValue(), POLL).toBe(changed);
  });

  it('saves an automatic version before a paste of more than 20 rows, holding the table as it was', async () => {
    const created = await backend('plans.createFromSample', { sample: 'education', language: 'en' });
    const planId = created.value.id as string;
    const before = (await backend('plans.get', { planId })).value;
    const part = new PartPage(page);
    await part.open(app.url, planId, 'situation', 'Current marketing situation');
    const segments = part.grid('Segments');

    // A small paste is an ordinary edit: no version.
    await segments.focusCell(1, 'Name');
    await segments.paste('Renamed by a small paste');
    await expect.poll(async () => (await backend('plans.get', { planId })).value.collections.segments[0].name, POLL).toBe('Renamed by a small paste');
    expect((await backend('versions.list', { planId })).value).toEqual([]);

    // 21 rows: the plan as it was is kept first.
    const rows = Array.from({ length: 21 }, (_, i) => `Pasted segment ${i + 1}\t${100 + i}`).join('\n');
    await segments.focusCell(1, 'Name');
    await segments.paste(rows);
    await expect.poll(async () => (await backend('plans.get', { planId })).value.collections.segments.length, POLL).toBe(21);
    const versions = (await backend('versions.list', { planId })).value as { id: string; kind: string; cause: string }[];
    expect(versions.map((v) => [v.kind, v.cause])).toEqual([['auto', 'paste']]);
    const kept = (await backend('versions.get', { versionId: versions[0]!.id })).value.plan;
    expect(kept.collections.segments.map((s: { name: string }) => s.name)).toEqual([
      'Renamed by a small paste',
      ...before.collections.segments.slice(1).map((s: { name: string }) => s.name),
    ]);
  });
});
