// The Executive summary part end to end, on the education sample with its summary cleared: the
// draft from the plan previewed, inserted and edited; both checks (top objectives, total budget)
// followed live as the text changes; Replace asking first; every draft edit undone and redone as
// one step; a summary grown past the limit refused beside the field; all of it after a reload.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, problems, useAppForFile } from './fixtures/app-session';
import { SummaryPage } from './pages/summary-page';

type RichText = { type: 'doc'; content: { type: string; content?: unknown[] }[] };
type Plan = { fields: { summary: { narrative: RichText } }; collections: { objectives: { title: string }[] } };

let part: SummaryPage;
let planId: string;
const TITLE = 'Executive summary';
const EMPTY: RichText = { type: 'doc', content: [] };

const storedPlan = () => call<Plan>('plans.get', { planId });
// Runs in the page; the test project's types know no DOM.
const isFocused = (el: unknown) => (el as { matches(selector: string): boolean }).matches(':focus');
// The checks follow the text at each pause in typing; a busy machine may need a moment more.
const checkSoon = (label: string) => expect.poll(() => part.check(label), { timeout: 5000 });
const narrativeText = async () => (await part.narrative.innerText()).trim();

/** Where the page's checks and the part's plan-health findings say different things (none, ever). */
function disagreements({ objectives, budget, findings }: Awaited<ReturnType<SummaryPage['checksAndFindings']>>): string[] {
  const noSummary = findings.includes('There is no executive summary yet.');
  const out: string[] = [];
  for (const o of objectives) {
    const reported = noSummary || findings.includes(`The executive summary does not mention the objective “${o.title}”.`);
    if ((o.state === 'not met yet') !== reported) out.push(`“${o.title}”: the page says ${o.state}, health ${reported ? 'reports it' : 'does not'}`);
  }
  const budgetMissing = findings.some((f) => f.startsWith('The executive summary does not mention the total budget'));
  // "none": no budget to state, so health has nothing to say about it (the empty summary aside).
  const agree = budget === 'none' ? !budgetMissing : (budget === 'not met yet') === (noSummary || budgetMissing);
  if (!agree) out.push(`budget: the page says ${budget}, health ${noSummary || budgetMissing ? 'reports it' : 'does not'}`);
  return out;
}

useAppForFile();

beforeAll(async () => {
  planId = (await call<{ id: string }>('plans.createFromSample', { sample: 'education', language: 'en' })).id;
  await call('fields.set', { planId, part: 'summary', fields: { narrative: EMPTY } });
  part = new SummaryPage(page);
  await part.open(app.url, planId, 'summary', TITLE);
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

  it('says what the plan health says about the summary at every moment, even mid-typing', async () => {
    const titles = (await storedPlan()).collections.objectives.slice(0, 3).map((o) => o.title);
    expect(titles).toHaveLength(3);
    const snapshots: Awaited<ReturnType<SummaryPage['checksAndFindings']>>[] = [await part.checksAndFindings()];
    await part.appendToNarrative(' Our goals:');
    // Each title completes the naming of one objective; the checks are read at once, not waited for.
    for (const title of titles) {
      await page.keyboard.type(` ${title}.`);
      snapshots.push(await part.checksAndFindings());
      await page.waitForTimeout(60);
      snapshots.push(await part.checksAndFindings());
    }
    await checkSoon('Names the top objectives').toBe('met');
    snapshots.push(await part.checksAndFindings());
    for (const [i, snapshot] of snapshots.entries()) {
      expect(
        snapshot.objectives.map((o) => o.title),
        `snapshot ${i}`,
      ).toEqual(titles);
      expect(disagreements(snapshot), `snapshot ${i}`).toEqual([]);
    }
    // The last one: every objective named, and the health part has nothing to say about them.
    expect(snapshots.at(-1)!.objectives.every((o) => o.state === 'met')).toBe(true);
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

  it('inside the replaced summary, Ctrl+Z undoes the field’s own typing, then the Replace; Ctrl+Shift+Z redoes it', async () => {
    // The field was typed in before the Replace; those steps describe a text that is gone and
    // must not swallow the undo keys that now belong to the plan.
    await part.appendToNarrative(' Signed off.');
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/ Signed off\.$/);
    await part.undo();
    await expect.poll(narrativeText, { timeout: 5000 }).not.toContain('Signed off');
    expect(await narrativeText()).toMatch(/^Qihang Kids STEM/);
    await part.undo();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/^We will grow by keeping families/);
    await expect(part.narrative.evaluate(isFocused)).resolves.toBe(true);
    await part.waitSaved();
    expect(JSON.stringify((await storedPlan()).fields.summary.narrative)).toContain('We will grow by keeping families');
    await part.redo();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/^Qihang Kids STEM/);
    await part.waitSaved();
    expect(JSON.stringify((await storedPlan()).fields.summary.narrative)).not.toContain('We will grow by keeping families');
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

  // The editor hands its document to the plan a frame after each key: leaving at once must not lose it.
  it('keeps the last keys typed when the step or the page is left at once', async () => {
    await part.waitSaved();
    await part.appendToNarrative(' Left at once.');
    await page.keyboard.press('Alt+ArrowDown');
    await part.heading('Current marketing situation').waitFor();
    await page.keyboard.press('Alt+ArrowUp');
    await part.heading(TITLE).waitFor();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/Left at once\.$/);

    // Typed and left within one task: only the flush on leaving can carry the text.
    await part.appendToNarrative('');
    await page
      .evaluate(() => {
        const doc = (globalThis as unknown as { document: { execCommand(command: string, ui: boolean, value: string): boolean } }).document;
        doc.execCommand('insertText', false, ' Reloaded at once.');
        (globalThis as unknown as { location: { reload(): void } }).location.reload();
      })
      .catch(() => undefined); // the reload may take the page's context before evaluate answers
    await part.heading(TITLE).waitFor();
    await expect.poll(narrativeText, { timeout: 5000 }).toMatch(/Left at once\. Reloaded at once\.$/);
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
