// The character rule in the UI (shared/domain/characters.ts): a control character pasted into a
// field (U+000B is what Word's Shift+Enter pastes) is refused beside the field, in words, and
// the saved plan keeps its last good value — the same refusal the command map and the plan-file
// parser give.
import { describe, expect, it } from 'vitest';
import { app, backend, page, planId, useAppForFile } from './fixtures/app-session';
import { PlanWorkspacePage } from './pages/plan-workspace-page';
import { describedText } from './pages/described-by';

useAppForFile({ plan: 'Spring enrolment' });

async function problemOf(label: string, workspace: PlanWorkspacePage): Promise<string | null> {
  return describedText(workspace.field(label));
}

describe('text XML cannot carry, in the editor', () => {
  it('refuses a pasted vertical tab beside the field and keeps the saved name', async () => {
    await page.goto(`${app.url}#/plans/${planId}`);
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    const name = workspace.field('Plan name');
    await name.fill('Spring\u000benrolment 2027');
    await name.press('Tab');
    await expect
      .poll(() => problemOf('Plan name', workspace), { timeout: 10_000 })
      .toBe('Contains an invisible control character (U+000B) that cannot be saved; delete it');
    expect((await backend('plans.get', { planId })).value.meta.name).toBe('Spring enrolment');
    // Retyped without it, it saves.
    await name.fill('Spring enrolment 2027');
    await name.press('Tab');
    await expect.poll(async () => (await backend('plans.get', { planId })).value.meta.name, { timeout: 10_000 }).toBe('Spring enrolment 2027');
    expect((await problemOf('Plan name', workspace)) ?? '').not.toMatch(/control character/);
  });
});
