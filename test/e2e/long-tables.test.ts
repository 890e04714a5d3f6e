// A large plan end to end: the stress sample (300 actions, 60 SWOT items, 40 KPIs…). Only the
// rows near the view are in the page, yet the table still reads as 300 rows to assistive
// technology, the keys reach every row (Ctrl+End, PageUp, typing into the last row saves it),
// scrolling brings the rows into the page, and the health panel's Fix lands on a cell of a row far
// out of view. Each step mounts its later sections a frame after its title, and all of them come.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, page, problems, useAppForFile } from './fixtures/app-session';
import { GridPage } from './pages/grid';
import { HealthPanelPage } from './pages/health-panel';

type Action = { id: string; title: string; owner: string };
type Plan = { collections: { actions: Action[] } };

let planId: string;
let grid: GridPage;
const health = () => new HealthPanelPage(page);

/** Which row and cell have the focus, and whether that cell is inside the window. */
function focusedCell(): Promise<{ row: number; column: string | null; rowId: string | null; inView: boolean }> {
  return page.evaluate(`(() => {
    const cell = document.activeElement?.closest('td');
    const row = cell?.closest('tr');
    const box = cell?.getBoundingClientRect();
    return {
      row: Number(row?.getAttribute('aria-rowindex') ?? 0) - 1,
      column: cell?.getAttribute('data-column') ?? null,
      rowId: row?.getAttribute('data-row-id') ?? null,
      inView: !!box && box.top >= 0 && box.bottom <= window.innerHeight,
    };
  })()`);
}

async function open(part: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/plans/${planId}/${part}`);
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

describe('a 300-row table', () => {
  useAppForFile({ viewport: { width: 1440, height: 900 } });

  beforeAll(async () => {
    planId = (await call<{ id: string }>('plans.createFromSample', { sample: 'stress', language: 'en' })).id;
    grid = new GridPage(page, 'Actions');
  });

  it('renders only the rows near the view, and still announces 300', async () => {
    await open('actions');
    await grid.row(1).waitFor();
    expect(await grid.rowCount()).toBe(300);
    const rendered = await grid.rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    expect(await grid.row(300).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('reaches the last row with Ctrl+End and comes back with Ctrl+Home and PageUp', async () => {
    await (await grid.cell(1, 'Action')).click();
    await page.keyboard.press('Control+End');
    await expect.poll(async () => (await focusedCell()).row).toBe(300);
    expect((await focusedCell()).inView).toBe(true);
    expect(await grid.row(1).count()).toBe(0);

    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await focusedCell()).row).toBe(290);
    expect((await focusedCell()).inView).toBe(true);

    await page.keyboard.press('Control+Home');
    await expect.poll(async () => (await focusedCell()).row).toBe(1);
    expect((await focusedCell()).inView).toBe(true);
    expect(await grid.row(300).count()).toBe(0);
  });

  it('saves what is typed into the last row', async () => {
    await open('summary');
    await open('actions');
    await (await grid.cell(1, 'Action')).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await expect.poll(async () => (await focusedCell()).column).toBe('title');
    const { rowId } = await focusedCell();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('The very last action');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await call<Plan>('plans.get', { planId })).collections.actions.find((a) => a.id === rowId)?.title)
      .toBe('The very last action');
    expect(await grid.value(300, 'Action')).toBe('The very last action');
  });

  it('brings rows into the page as the column scrolls', async () => {
    // The test project has no DOM types: the page code is a string.
    await page.evaluate(`(() => { const main = document.querySelector('main'); main.scrollTo({ top: main.scrollHeight }); })()`);
    await grid.row(300).waitFor();
    await expect.poll(() => grid.row(300).isVisible()).toBe(true);
    await page.evaluate(`document.querySelector('main').scrollTo({ top: 0 })`);
    await grid.row(1).waitFor();
  });

  it('mounts every section of a step, the later ones a frame after the title', async () => {
    for (const [part, last] of [
      ['swot', 'TOWS cross strategies'],
      ['control', 'The four kinds of control'],
      ['situation', 'Customer base'],
    ] as const) {
      await open(part);
      await page.getByRole('main').getByRole('heading', { level: 2, name: last }).waitFor();
      await expect.poll(() => page.locator('main .deferred-placeholder').count()).toBe(0);
      expect(await page.locator('main .part-page--large').count()).toBe(1);
    }
    expect(problems).toEqual([]);
  });

  it('fixes a finding on a row far out of view: Fix lands on its cell', async () => {
    const plan = await call<Plan>('plans.get', { planId });
    const target = plan.collections.actions[279]!;
    await call('rows.upsert', { planId, collection: 'actions', row: { ...target, owner: '' } });
    // Saved behind the page's back: a reload reads it.
    await open('summary');
    await page.reload();
    const message = `The action “${target.title}” has no owner.`;
    await health().waitForFinding(message);
    await health().fixButton(message).click();
    await expect.poll(async () => (await focusedCell()).rowId).toBe(target.id);
    // The table shows the actions by start date, so the plan's 280th action may sit anywhere below the first screen.
    const focused = await focusedCell();
    expect(focused.column).toBe('owner');
    expect(focused.row).toBeGreaterThan(40);
    await expect.poll(async () => (await focusedCell()).inView).toBe(true);
    expect(problems).toEqual([]);
  });
});
