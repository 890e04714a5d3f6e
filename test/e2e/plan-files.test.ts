// Plan files end to end in browser mode: import through the button and by dropping a file on the
// window, the refusal dialog with each problem's path (nothing imported), export from the
// workspace and from the library's row menu as a download whose content round-trips.
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePlanFile, serializePlanFile } from '../../shared/file-format';
import type { Plan } from '../../shared/domain';
import { fullPlan } from '../unit/helpers/full-plan';
import { app, backend, context, library, page, useAppPerTest } from './fixtures/app-session';
import { PlanFilesPage } from './pages/plan-files';
import { PlanWorkspacePage } from './pages/plan-workspace-page';

const POLL = { timeout: 10_000, interval: 50 };

let files: PlanFilesPage;

useAppPerTest({ acceptDownloads: true });

beforeEach(() => {
  files = new PlanFilesPage(page);
});

const fileText = (plan: Plan, edit: (file: Record<string, any>) => void = () => {}) => {
  const file = JSON.parse(serializePlanFile(plan, { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: '2027-01-05T09:30:00.000Z' }));
  edit(file);
  return JSON.stringify(file, null, 2);
};

describe('importing a plan file', () => {
  it('imports through the Import button, says so and opens the plan', async () => {
    const plan = fullPlan();
    await files.importThroughButton('spring.mplan', fileText(plan));
    await page.getByRole('status').getByText('Imported “春季招生 🎓”', { exact: true }).waitFor();
    await new PlanWorkspacePage(page).waitUntilOpen();
    expect(page.url()).toContain(`#/plans/${plan.meta.id}`);
    expect((await backend('plans.get', { planId: plan.meta.id })).value).toEqual(plan);
  });

  it('imports a file dropped on the window, showing what will happen while it is dragged', async () => {
    const plan = fullPlan();
    await files.drop('dropped.mplan', fileText(plan), {
      checkOverlay: async (overlay) => {
        await overlay.waitFor();
        await page.getByText('A plan file (.mplan) becomes a new plan in your library. Existing plans are never overwritten.').waitFor();
      },
    });
    await page.getByRole('status').getByText('Imported “春季招生 🎓”', { exact: true }).waitFor();
    await new PlanWorkspacePage(page).waitUntilOpen();
    expect(await page.getByText('Drop to import', { exact: true }).count()).toBe(0);

    // The same file again: a copy with new ids, and the toast says why.
    await files.drop('dropped.mplan', fileText(plan));
    await page
      .getByRole('status')
      .getByText('Imported “春季招生 🎓 — Chen” as a copy, because a plan with the same id exists', { exact: true })
      .waitFor();
    const listed = await backend('plans.list', {});
    expect(listed.value.map((p: { name: string }) => p.name).sort()).toEqual(['春季招生 🎓', '春季招生 🎓 — Chen']);
  });

  it('refuses a broken file with every problem and its path, importing nothing', async () => {
    await library.createPlan({ name: 'Existing plan' });
    const before = await backend('plans.list', {});
    const broken = fileText(fullPlan(), (f) => {
      Object.assign(f.plan.collections.actions[0], { start: '2027-05-01', end: '2027-04-01' });
      // Large enough to prove the value is refused by its limit, not echoed back; the 10 MB case is a unit test.
      f.plan.meta.client = 'x'.repeat(300_000);
    });
    await files.importThroughButton('broken.mplan', broken);
    const dialog = files.refusal('broken.mplan');
    await dialog.waitFor();
    expect((await files.problems(dialog)).sort()).toEqual(['actions[0].end: before start', 'meta.client: must be at most 200 characters']);
    await dialog.getByRole('button', { name: 'Copy problems' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    expect(await backend('plans.list', {})).toEqual(before);
    expect(await library.planNames()).toEqual(['Existing plan']);
  });

  it('refuses truncated JSON and a newer version in the user’s language', async () => {
    const text = fileText(fullPlan());
    await files.importThroughButton('cut.mplan', text.slice(0, 40));
    const dialog = files.refusal('cut.mplan');
    await dialog.waitFor();
    expect(await files.problems(dialog)).toEqual(['not valid JSON at line 3, column 8: a string is not closed']);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await files.drop(
      'future.mplan',
      fileText(fullPlan(), (f) => (f.version = 99)),
    );
    const future = files.refusal('future.mplan');
    await future.waitFor();
    expect(await files.problems(future)).toEqual([
      'version: made by a newer Planwright (format version 99); this app reads version 3. Update Planwright to open it',
    ]);
    expect(await backend('plans.list', {})).toMatchObject({ ok: true, value: [] });
  });

  it('asked without a click of the user’s (as by the native File menu), offers one, then opens the chooser', async () => {
    // A click made by script, outside any user gesture, carries no user activation, just as a
    // message from the native menu does not (page.evaluate would pass one along, CDP need not).
    const cdp = await context.newCDPSession(page);
    // Earlier steps left an activation behind; opening a throwaway chooser uses it up.
    const spent = `const input = document.createElement('input'); input.type = 'file'; input.click(); navigator.userActivation.isActive`;
    expect(await cdp.send('Runtime.evaluate', { expression: spent, userGesture: false, returnByValue: true })).toMatchObject({
      result: { value: false },
    });
    await cdp.send('Runtime.evaluate', { expression: "document.querySelector('.page-header__actions button').click()", userGesture: false });
    const dialog = page.getByRole('dialog', { name: 'Import plan file' });
    await dialog.waitFor();
    await dialog.getByText('Drop .mplan files here: several at once go into a class').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles({ name: 'menu.mplan', mimeType: 'application/json', buffer: Buffer.from(fileText(fullPlan())) });
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Imported “春季招生 🎓”', { exact: true }).waitFor();
  });

  it('refuses a file that is not a plan file by its name, before reading it', async () => {
    await files.drop('notes.txt', 'hello');
    const dialog = files.refusal('notes.txt');
    await dialog.waitFor();
    expect(await files.problems(dialog)).toEqual(['Only Planwright plan files (.mplan) can be imported. “notes.txt” is not one.']);
  });
});

describe('exporting a plan file', () => {
  it('downloads the open plan from the workspace, and the file imports back to the same plan', async () => {
    const plan = fullPlan();
    await files.importThroughButton('spring.mplan', fileText(plan));
    await new PlanWorkspacePage(page).waitUntilOpen();
    const download = await files.exportFromWorkspace();
    expect(download.suggestedFilename()).toBe('春季招生 🎓.mplan');
    const content = await readFile((await download.path())!, 'utf8');
    const parsed = parsePlanFile(content);
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    expect(parsed.file.plan).toEqual(plan);
    await page.getByRole('status').getByText('Downloaded “春季招生 🎓.mplan”', { exact: true }).waitFor();
  });

  it('downloads a plan from the library’s row menu', async () => {
    await library.createPlan({ name: 'Autumn push' });
    const download = page.waitForEvent('download');
    await library.chooseFromRowMenu('Autumn push', 'Export plan file…');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Autumn push.mplan');
    const parsed = parsePlanFile(await readFile((await file.path())!, 'utf8'));
    expect(parsed.ok && parsed.file.plan.meta.name).toBe('Autumn push');
  });
});

describe('in Chinese', () => {
  it('lists a refusal’s problems in Chinese', async () => {
    await backend('settings.set', { language: 'zh-CN' });
    await library.goto(app.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入…', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: 'bad.mplan',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText(fullPlan(), (f) => Object.assign(f.plan.collections.actions[0], { start: '2027-05-01', end: '2027-04-01' }))),
    });
    const dialog = page.getByRole('alertdialog', { name: '“bad.mplan”无法导入' });
    await dialog.waitFor();
    await expect
      .poll(async () => (await dialog.getByRole('list', { name: '问题' }).getByRole('listitem').allInnerTexts()).map((t) => t.trim()), POLL)
      .toEqual([expect.stringMatching(/^actions\[0\]\.end: \S+/)]);
    const [line] = await dialog.getByRole('listitem').allInnerTexts();
    expect(line).not.toContain('before start');
  });
});
