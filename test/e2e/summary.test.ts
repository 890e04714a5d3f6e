// The Executive summary part end to end, on the education sample with its summary cleared: the
// draft from the plan previewed, inserted and edited; both checks (top objectives, total budget)
// followed live as the text changes; Replace asking first; every draft edit undone and redone as
// one step; a summary grown past the limit refused beside the field; all of it after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startWebApp, type WebApp } from './fixtures/web-app';
import { invoke } from './pages/plan-api';
import { SummaryPage } from './pages/summary-page';

type RichText = { type: 'doc'; content: { type: string; content?: unknown[] }[] };
type Plan = { fields: { summary: { narrative: RichText } }; collections: { objectives: { title: string }[] } };

let app: WebApp;
let browser: Browser;
let page: Page;
let part: SummaryPage;
let planId: string;
const problems: string[] = [];
const TITLE = 'Executive summary';
const EMPTY: RichText = { type: 'doc', content: [] };

const call = <T>(command: string, request: unknown) => invoke<T>(page, command, request);
const storedPlan = () => call<Plan>('plans.get', { planId });
// Runs in the page; the test project's types know no DOM.
const isFocused = (el: unknown) => (el as { matches(selector: string): boolean }).matches(':focus');
// The checks follow the text at each pause in typing; a busy machine may need a moment more.
const checkSoon = (label: string) => expect.poll(() => part.check(label), { timeout: 5000 });
const narrativeText = async () => (await part.narrative.innerText()).trim();

beforeAll(async () => {
  app = await startWebApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(app.url);
  await call('settings.set', { language: 'en' });
  planId = (await call<{ id: string }>('plans.createFromSample', { sample: 'education', language: 'en' })).id;
  await call('fields.set', { planId, part: 'summary', fields: { narrative: EMPTY } });
  part = new SummaryPage(page);
  await part.open(app.url, planId, 'summary', TITLE);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('Executive summary part', () => {
  it('previews a draft built from the plan, in the plan’s language', async () => {
    await expect(part.main.getByText('Part 1 of 8').isVisible()).resolves.toBe(true);
    expect(await part.completeness()).toBe('0/1');
    const preview = await part.draftPreview.innerText();
    const { objectives } = (await storedPlan()).collections;
    for (const o of objectives.slice(0, 3)) expect(preview).toContain(o.title);
    expect(preview).toContain('Main objectives');
    expect(preview).toContain('Strategy: we target Parents of children aged 6–9 and Parents of children aged 10–14.');
    expect(preview).toContain('Key actions');
    expect(preview).toMatch(/The marketing budget is CN¥[\d,.]+/);
  });

  it('shows the summary’s checks as not met while it is empty', async () => {
    await expect(part.main.getByText('The summary is empty: write it or insert the draft.').isVisible()).resolves.toBe(true);
    expect(await part.check('Names the top objectives')).toBe('not met yet');
    expect(await part.check('States the total budget')).toBe('not met yet');
  });

  it('inserts the draft at the end and meets both checks; Undo at once takes it back', async () => {
    const insert = part.draftPanel.getByRole('button', { name: 'Insert at end' });
    await insert.click();
    await expect.poll(narrativeText, { timeout: 5000 }).toContain('Main objectives');
    await checkSoon('Names the top objectives').toBe('met');
    await checkSoon('States the total budget').toBe('met');
    expect(await part.completeness()).toBe('1/1');
    await expect(part.main.getByRole('status').filter({ hasText: 'The draft was added at the end of the summary.' }).count()).resolves.toBe(1);
    // The focus stays on the button: the undo keys act on the plan, and the insert is one step.
    await expect(insert.evaluate(isFocused)).resolves.toBe(true);
    await part.undo();
    await expect.poll(narrativeText, { timeout: 5000 }).toBe('');
    await part.waitSaved();
    expect((await storedPlan()).fields.summary.narrative.content).toEqual([]);
    await part.redo();
    await expect.poll(narrativeText, { timeout: 5000 }).toContain('Main objectives');
    await part.waitSaved();
    const stored = (await storedPlan()).fields.summary.narrative;
    expect(stored.content.map((b) => b.type)).toContain('bulletList');
  });

  it('lets the planner edit the inserted draft like any text', async () => {
    await part.narrative.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Approved in March.');
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/ Approved in March\.$/);
    await part.undo();
    await expect.poll(narrativeText, { timeout: 5000 }).not.toContain('Approved in March');
    expect(await narrativeText()).toContain('Main objectives');
    await part.redo();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/ Approved in March\.$/);
  });

  it('follows the checks live as the text changes', async () => {
    await part.narrative.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('We will grow by keeping families, not by cutting prices.');
    await checkSoon('Names the top objectives').toBe('not met yet');
    await checkSoon('States the total budget').toBe('not met yet');
    // The budget named as planners write it counts, whatever the spelling.
    await page.keyboard.type(' The marketing budget is 1,500,000 yuan.');
    await checkSoon('States the total budget').toBe('met');
    expect(await part.check('Names the top objectives')).toBe('not met yet');
  });

  it('asks before replacing a summary that is not empty', async () => {
    await part.replaceWithDraft();
    const dialog = page.getByRole('alertdialog', { name: 'Replace the executive summary?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await narrativeText()).toMatch(/^We will grow by keeping families/);
    await part.replaceWithDraft();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace summary' }).click();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/^Qihang Kids STEM — 2027 enrolment and renewal plan: the marketing plan for/);
    expect(await narrativeText()).not.toContain('We will grow by keeping families');
    await checkSoon('Names the top objectives').toBe('met');
    // The focus is back on Replace: the undo keys take the whole replacement back, and redo it.
    await part.undo();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/^We will grow by keeping families/);
    await part.redo();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/^Qihang Kids STEM/);
  });

  it('refuses a summary grown past the limit, beside the field, and keeps the last one that fits', async () => {
    await part.waitSaved();
    const fitting = (await storedPlan()).fields.summary.narrative;
    let error: string | null = null;
    for (let i = 0; i < 40 && error === null; i++) {
      await part.insertDraft();
      error = await part.narrativeError();
    }
    expect(error).toBe('Must be at most 20000 characters');
    await part.waitSaved();
    const stored = (await storedPlan()).fields.summary.narrative;
    expect(stored.content.length).toBeGreaterThan(fitting.content.length);
    // Undo takes the refused insert back, and the message with it.
    await part.undo();
    await expect.poll(() => part.narrativeError()).toBeNull();
  });

  it('finds the summary again after a reload', async () => {
    await part.waitSaved();
    const before = await narrativeText();
    await page.reload();
    await part.heading(TITLE).waitFor();
    await expect.poll(narrativeText, { timeout: 5000 }).toBe(before);
    await expect(part.narrative.locator('strong').first().textContent()).resolves.toBe('Main objectives');
    expect(await part.check('States the total budget')).toBe('met');
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
