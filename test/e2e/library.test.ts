// The plan library end to end in browser mode: the real server on a fresh data folder per test,
// Chromium driving the UI through its roles and labels. Create, rename, duplicate, trash with
// undo, restore, delete permanently, search; reload and server restart keep everything;
// Chinese names with emoji survive; the UI speaks Chinese when asked and remembers it.
import { describe, expect, it } from 'vitest';
import { app, backend, library, page, useAppPerTest } from './fixtures/app-session';
import { PlanWorkspacePage } from './pages/plan-workspace-page';
import { TopBar } from './pages/top-bar';

const POLL = { timeout: 10_000, interval: 50 };

useAppPerTest();

type StoredPlan = { meta: { id: string; name: string; client: string; author: string; versionLabel: string } };

/** What the backend holds, asked through the same bridge the page uses, with the page's token. */
async function backendPlan(name: string): Promise<StoredPlan | undefined> {
  const list = await backend('plans.list', {});
  const summary = (list.value as { id: string; name: string }[]).find((p) => p.name === name);
  if (!summary) return undefined;
  return (await backend('plans.get', { planId: summary.id })).value as StoredPlan;
}

describe('plan library', () => {
  it('starts empty with a way to create the first plan', async () => {
    await expect(library.planNames()).resolves.toEqual([]);
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await page.getByRole('button', { name: 'Create your first plan' }).click();
    await page.getByRole('dialog', { name: 'New plan' }).waitFor();
  });

  it('creates a plan with the dialog; it opens, then shows in the library with its details', async () => {
    const dialog = await library.openNewPlanDialog();
    await library.fillNewPlan(dialog, {
      name: 'Spring enrolment',
      client: 'Mingde Education',
      currency: 'EUR',
      periodStart: '2027-03-01',
      periodEnd: '2027-08-31',
    });
    await dialog.getByRole('button', { name: 'Create plan' }).click();

    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    expect(page.url()).toMatch(/#\/plans\/[0-9a-f-]{36}$/);
    await expect(workspace.field('Plan name').inputValue()).resolves.toBe('Spring enrolment');
    await expect(workspace.field('Client or company').inputValue()).resolves.toBe('Mingde Education');
    await expect(workspace.field('Currency').inputValue()).resolves.toBe('EUR');

    await workspace.backToLibrary();
    const row = library.row('Spring enrolment');
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Mingde Education');
    expect(text).toContain('EUR');
    expect(text).toContain('Mar 1 – Aug 31, 2027');
    await expect(row.getByRole('progressbar', { name: 'Progress of Spring enrolment' }).getAttribute('aria-valuenow')).resolves.toBe('0');
  });

  it('shows the backend’s validation errors beside their fields and keeps what was typed', async () => {
    const dialog = await library.openNewPlanDialog();
    await library.fillNewPlan(dialog, { name: '   ', client: 'Kept Client Ltd', periodStart: '2027-06-01', periodEnd: '2027-12-31' });
    await dialog.getByRole('button', { name: 'Create plan' }).click();

    const name = dialog.getByLabel('Plan name');
    await expect.poll(() => name.getAttribute('aria-invalid'), POLL).toBe('true');
    await expect(dialog.getByRole('alert').filter({ hasText: /empty/i }).count()).resolves.toBe(1);
    await expect(dialog.getByLabel('Client or company').inputValue()).resolves.toBe('Kept Client Ltd');
    await expect(dialog.getByLabel('Plan period start').inputValue()).resolves.toBe('2027-06-01');

    // A period that ends before it starts is reported beside its end.
    await library.fillNewPlan(dialog, { name: 'Fixed plan', periodEnd: '2027-01-01' });
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    const end = dialog.getByLabel('Plan period end');
    await expect.poll(() => end.getAttribute('aria-invalid'), POLL).toBe('true');
    await expect(name.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(name.inputValue()).resolves.toBe('Fixed plan');

    await library.fillNewPlan(dialog, { name: 'Fixed plan', periodEnd: '2027-12-31' });
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await new PlanWorkspacePage(page).waitUntilOpen();
    await expect(new PlanWorkspacePage(page).field('Client or company').inputValue()).resolves.toBe('Kept Client Ltd');
  });

  it('closes the new-plan dialog with Esc without creating anything', async () => {
    const dialog = await library.openNewPlanDialog();
    await dialog.getByLabel('Plan name').fill('Never saved');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await library.waitUntilReady();
    await expect(library.planNames()).resolves.toEqual([]);
  });

  it('renames and duplicates a plan from its row menu', async () => {
    await library.createPlan({ name: 'Summer campaign', client: 'Northwind' });
    await library.rename('Summer campaign', 'Summer social campaign');
    await expect(library.planNames()).resolves.toEqual(['Summer social campaign']);

    await library.duplicate('Summer social campaign');
    await library.row('Summer social campaign (copy)').waitFor();
    await expect(library.row('Summer social campaign (copy)').innerText()).resolves.toContain('Northwind');
    await expect(library.planNames().then((n) => n.sort())).resolves.toEqual(['Summer social campaign', 'Summer social campaign (copy)']);
  });

  it('moves a plan to the trash, undoes it, then restores and deletes from the trash', async () => {
    await library.createPlan({ name: 'Keep me', client: 'A' });
    await library.createPlan({ name: 'Throw me away', client: 'B' });

    await library.moveToTrash('Throw me away');
    await expect(library.planNames()).resolves.toEqual(['Keep me']);
    await library.undoButton.click();
    await library.row('Throw me away').waitFor();

    await library.moveToTrash('Throw me away');
    await library.showTrash();
    await expect(library.planNames()).resolves.toEqual(['Throw me away']);
    await library.restore('Throw me away');
    await library.showPlans();
    await expect(library.planNames().then((n) => n.sort())).resolves.toEqual(['Keep me', 'Throw me away']);

    await library.moveToTrash('Throw me away');
    await library.showTrash();
    const confirm = await library.askDeletePermanently('Throw me away');
    await expect(confirm.innerText()).resolves.toContain('Delete “Throw me away” permanently? This can’t be undone.');
    await confirm.getByRole('button', { name: 'Delete permanently' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();

    // Gone for good: not after a reload, not in either list.
    await page.reload();
    await library.waitUntilReady();
    await expect(library.planNames()).resolves.toEqual([]);
    await library.showPlans();
    await expect(library.planNames()).resolves.toEqual(['Keep me']);
  });

  it('empties the trash after confirming', async () => {
    await library.createPlan({ name: 'Old one' });
    await library.createPlan({ name: 'Older one' });
    await library.moveToTrash('Old one');
    await library.moveToTrash('Older one');
    await library.showTrash();
    await page.getByRole('button', { name: 'Empty trash…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Empty trash' });
    await confirm.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await page.reload();
    await library.waitUntilReady();
    await expect(library.planNames()).resolves.toEqual([]);
  });

  it('searches plans by name or client', async () => {
    await library.createPlan({ name: 'Spring enrolment', client: 'Mingde Education' });
    await library.createPlan({ name: 'Coffee launch', client: 'Northwind' });
    await library.createPlan({ name: '春季招生计划 🎓', client: '明德教育' });

    await library.search('north');
    await expect.poll(() => library.planNames(), POLL).toEqual(['Coffee launch']);
    await library.search('spring');
    await expect.poll(() => library.planNames(), POLL).toEqual(['Spring enrolment']);
    await library.search('明德');
    await expect.poll(() => library.planNames(), POLL).toEqual(['春季招生计划 🎓']);
    await library.search('no such plan');
    await page.getByRole('heading', { name: 'No plans match “no such plan”' }).waitFor();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(() => library.planNames().then((n) => n.length), POLL).toBe(3);
  });

  it('works from the keyboard: arrows move, F2 renames, Delete trashes, Enter opens', async () => {
    await library.createPlan({ name: 'First' });
    await library.createPlan({ name: 'Second' });
    // Newest first: Second, First.
    await expect(library.planNames()).resolves.toEqual(['Second', 'First']);
    await library.row('Second').focus();
    await page.keyboard.press('ArrowDown');
    // The focus follows the arrow a render later (the table may be windowed): rename once it is there.
    await expect.poll(focusedPlan).toBe('First');
    await page.keyboard.press('F2');
    const rename = page.getByRole('dialog', { name: 'Rename plan' });
    await rename.getByLabel('Plan name').fill('First, renamed');
    await page.keyboard.press('Enter');
    await library.row('First, renamed').waitFor();

    await library.row('Second').focus();
    await page.keyboard.press('Delete');
    await library.row('Second').waitFor({ state: 'detached' });

    await library.row('First, renamed').focus();
    await page.keyboard.press('Enter');
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    await expect(workspace.field('Plan name').inputValue()).resolves.toBe('First, renamed');
    await page.keyboard.press('Alt+ArrowLeft');
    await library.waitUntilReady();
    await expect(library.planNames()).resolves.toEqual(['First, renamed']);
  });

  /** The name in the focused row of the plan table (a string: the test project has no DOM types). */
  const focusedPlan = () =>
    page.evaluate<string | undefined>(
      "document.activeElement?.matches('tr[data-plan-id]') ? document.activeElement.querySelector('td')?.textContent?.trim() : undefined",
    );

  it('renders only the rows in view of a long library, and still reaches every plan by keyboard and search', async () => {
    for (let i = 1; i <= 120; i++) {
      await backend('plans.create', {
        name: `Plan ${String(i).padStart(3, '0')}`,
        client: i % 8 === 3 ? 'Harbour' : 'Inland',
        currency: 'CNY',
        language: 'en',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
      });
    }
    await page.reload();
    await library.waitUntilReady();
    await library.row('Plan 120').waitFor();
    const shown = await library.rows.count();
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(60);

    // Newest first: End reaches the first plan made, far outside the rendered rows, and focuses it.
    await library.row('Plan 120').focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedPlan(), POLL).toBe('Plan 001');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedPlan(), POLL).toBe('Plan 002');
    await page.keyboard.press('Home');
    await expect.poll(() => focusedPlan(), POLL).toBe('Plan 120');

    await library.searchBox.fill('harbour');
    await library.row('Plan 003').waitFor();
    await expect.poll(() => library.planNames(), POLL).toEqual(Array.from({ length: 15 }, (_, k) => `Plan ${String(115 - k * 8).padStart(3, '0')}`));
    await library.row('Plan 003').focus();
    await page.keyboard.press('Enter');
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    await expect(workspace.field('Plan name').inputValue()).resolves.toBe('Plan 003');
  });

  it('keeps everything after a reload and after a server restart, Chinese names and emoji included', async () => {
    const chinese = '春季招生计划 🎓';
    await library.createPlan({ name: chinese, client: '明德教育 ✏️', currency: 'CNY', language: '简体中文' });
    await library.createPlan({ name: 'Coffee launch', client: 'Northwind', currency: 'USD' });
    await library.createPlan({ name: 'To the trash', client: 'Nobody' });
    await library.rename('Coffee launch', 'Coffee launch 2027');
    await library.moveToTrash('To the trash');

    const expectState = async () => {
      await expect(library.planNames().then((n) => n.sort())).resolves.toEqual(['Coffee launch 2027', chinese].sort());
      await expect(library.row(chinese).innerText()).resolves.toContain('明德教育 ✏️');
      await expect(library.row(chinese).innerText()).resolves.toContain('CNY');
      await library.showTrash();
      await expect(library.planNames()).resolves.toEqual(['To the trash']);
      await library.showPlans();
    };

    await page.reload();
    await library.waitUntilReady();
    await expectState();

    await app.restart(page);
    await library.waitUntilReady();
    await expectState();

    // The exact characters come back in the editor too.
    await library.open(chinese);
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    await expect(workspace.field('Plan name').inputValue()).resolves.toBe(chinese);
    await expect(workspace.field('Client or company').inputValue()).resolves.toBe('明德教育 ✏️');
    await expect(workspace.field('Language').inputValue()).resolves.toBe('zh-CN');
  });

  it('autosaves the plan details and loses nothing when leaving right after typing', async () => {
    await library.createPlan({ name: 'Autosave plan', client: 'Before' });
    await library.open('Autosave plan');
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();

    // Typing alone saves, after a short pause, without leaving the field.
    await workspace.field('Author').fill('Wang Fang');
    await expect.poll(async () => (await backendPlan('Autosave plan'))?.meta.author, POLL).toBe('Wang Fang');
    await expect.poll(() => new TopBar(page).saveStatus(), POLL).toBe('All changes saved');

    // Typed, then straight back to the library: the pending save is sent on the way out.
    await workspace.field('Client or company').fill('After');
    await workspace.backToLibrary();
    await expect.poll(async () => (await backendPlan('Autosave plan'))?.meta.client, POLL).toBe('After');
    await expect.poll(() => library.row('Autosave plan').innerText(), POLL).toContain('After');

    // Typed, then the page goes away at once (as when the window closes): nothing is lost.
    await library.open('Autosave plan');
    await workspace.waitUntilOpen();
    await workspace.field('Version').fill('Draft 7');
    await page.reload();
    await expect.poll(async () => (await backendPlan('Autosave plan'))?.meta.versionLabel, POLL).toBe('Draft 7');

    await app.restart(page);
    await library.waitUntilReady();
    await library.open('Autosave plan');
    await workspace.waitUntilOpen();
    await expect(workspace.field('Author').inputValue()).resolves.toBe('Wang Fang');
    await expect(workspace.field('Client or company').inputValue()).resolves.toBe('After');
    await expect(workspace.field('Version').inputValue()).resolves.toBe('Draft 7');
  });

  it('shows an invalid plan name beside the field in the details editor and keeps the stored one', async () => {
    await library.createPlan({ name: 'Named plan' });
    await library.open('Named plan');
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    const name = workspace.field('Plan name');
    await name.fill('');
    await name.blur();
    await expect.poll(() => name.getAttribute('aria-invalid'), POLL).toBe('true');
    await expect(new TopBar(page).saveStatus()).resolves.toMatch(/^Couldn’t save: /);
    await page.reload();
    await workspace.waitUntilOpen();
    await expect(workspace.field('Plan name').inputValue()).resolves.toBe('Named plan');
  });

  it('switches the UI to Chinese and remembers it across reload and restart', async () => {
    const topBar = new TopBar(page);
    await topBar.chooseLanguage('简体中文');
    await page.getByRole('heading', { level: 1, name: /^计划/ }).waitFor();
    await page.getByRole('button', { name: '新建计划', exact: true }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    await page.reload();
    await page.getByRole('button', { name: '新建计划', exact: true }).waitFor();

    await app.restart(page);
    await page.getByRole('button', { name: '新建计划', exact: true }).waitFor();
    await expect(page.getByLabel('搜索计划').count()).resolves.toBe(1);

    // The backend's refusals read in Chinese beside the field too.
    await page.getByRole('button', { name: '新建计划', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '新建计划' });
    await dialog.getByLabel('计划名称').fill('  ');
    await dialog.getByRole('button', { name: '创建计划' }).click();
    await dialog.getByRole('alert').filter({ hasText: '不能为空' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // And back, from the Chinese UI.
    await topBar.chooseLanguage('English', { settings: '设置', language: '语言' });
    await library.newPlanButton.waitFor();
  });
});
