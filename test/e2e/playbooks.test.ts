// Method playbooks end to end: attach one to a sample, insert a step's suggested rows (they are
// ordinary rows of the part), undo them in one step with Ctrl+Z, and watch the step's coverage follow.
import { describe, expect, it } from 'vitest';
import { app, backend, page, startApp, useAppPerTest } from './fixtures/app-session';
import { PlanWorkspacePage } from './pages/plan-workspace-page';
import { PlaybooksView } from './pages/playbooks-view';
import { PartPage } from './pages/part-page';

const POLL = { timeout: 10_000, interval: 50 };
const LIFE_CYCLE = 'Customer life cycle and win-back';
const CHURNED = 'Churned customers: win back';

useAppPerTest({ start: 'manual' });

describe('method playbooks', () => {
  it('attaches the life cycle to a sample, inserts a step’s rows, undoes them in one step', async () => {
    await startApp({ locale: 'en-US' });
    const created = await backend('plans.createFromSample', { sample: 'trade-course', language: 'en' });
    await page.goto(`${app.url}#/plans/${created.value.id}`);
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    const view = new PlaybooksView(page);
    const counts = page.locator('[data-health-panel] .health-counts');
    const countsBefore = await counts.textContent();
    await view.attach(LIFE_CYCLE);
    // The open steps are gentle suggestions under the health, never counted as problems or warnings.
    const suggestions = page.getByRole('region', { name: 'Suggestions from playbooks' });
    await expect.poll(() => suggestions.getByRole('link', { name: CHURNED }).count(), POLL).toBe(1);
    expect(await counts.textContent()).toBe(countsBefore);
    await expect.poll(async () => (await backend('plans.get', { planId: created.value.id })).value.meta.playbookIds, POLL).toEqual(['life-cycle']);
    await expect.poll(() => view.stepStatus(LIFE_CYCLE, CHURNED), POLL).toBe('Open');
    const actionsBefore = (await backend('plans.get', { planId: created.value.id })).value.collections.actions.length;

    await view.insert(LIFE_CYCLE, CHURNED);
    await page.getByText('3 rows added, 0 skipped (already there).').waitFor();
    await expect.poll(() => view.stepStatus(LIFE_CYCLE, CHURNED), POLL).toBe('Covered');
    await expect.poll(() => suggestions.getByRole('link', { name: CHURNED }).count(), POLL).toBe(0);
    // Again: every suggestion is already there, nothing is added or overwritten.
    await view.insert(LIFE_CYCLE, CHURNED);
    await page.getByText('Nothing added: all 3 suggested rows are already there.').waitFor();

    // The step's link goes to the part, where the rows are ordinary rows.
    await view
      .step(LIFE_CYCLE, CHURNED)
      .getByRole('link', { name: /Action programs/ })
      .click();
    await page.getByRole('main').getByRole('heading', { level: 1, name: 'Action programs' }).waitFor();
    const part = new PartPage(page);
    await part.waitSaved();
    const stored = (await backend('plans.get', { planId: created.value.id })).value;
    expect(stored.collections.actions.length).toBe(actionsBefore + 2);
    expect(stored.collections.customerTiers.map((r: { name: string }) => r.name)).toContain('Churned customers');
    await expect.poll(() => page.getByRole('main').getByText('Win back high-value churned customers first').count(), POLL).toBeGreaterThan(0);

    // One Ctrl+Z takes back all three rows.
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('main').getByText('Win back high-value churned customers first').count(), POLL).toBe(0);
    await part.waitSaved();
    const undone = (await backend('plans.get', { planId: created.value.id })).value;
    expect(undone.collections.actions.length).toBe(actionsBefore);
    expect(undone.collections.customerTiers.map((r: { name: string }) => r.name)).not.toContain('Churned customers');

    await workspace.openSection('Plan details');
    await expect.poll(() => view.stepStatus(LIFE_CYCLE, CHURNED), POLL).toBe('Open');
    await view
      .playbook(LIFE_CYCLE)
      .getByRole('button', { name: `Detach “${LIFE_CYCLE}”` })
      .click();
    await expect.poll(() => view.playbook(LIFE_CYCLE).count(), POLL).toBe(0);
  });
});
