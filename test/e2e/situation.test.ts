// The Situation part end to end: a grid filled from the keyboard and from a pasted spreadsheet
// block, a rich-text narrative, everything still there after a reload; a refused value shown in
// its cell while the rest saves; undo and redo of an edit and of a delete, including the links a
// delete removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { PartPage } from './pages/part-page';

type Plan = {
  fields: {
    situation: {
      marketSize: number | null;
      marketGrowthPct: number | null;
      market: { content: { type: string; content?: { type: string; text?: string; marks?: { type: string }[] }[] }[] };
    };
  };
  collections: {
    segments: { id: string; name: string; size: number | null; growthPct: number | null; needs: string }[];
    swotItems: { id: string; evidence: { kind: string; id: string } | null }[];
    segmentScores: { id: string; segmentId: string }[];
  };
};

let part: PartPage;

const storedPlan = () => call<Plan>('plans.get', { planId });
const TITLE = 'Current marketing situation';

useAppForFile({ plan: 'Spring enrolment' });

beforeAll(async () => {
  part = new PartPage(page);
  await part.open(app.url, planId, 'situation', TITLE);
});

describe('Situation part', () => {
  it('shows its place in the plan, its completeness and its guidance', async () => {
    await expect(part.main.getByText('Part 2 of 8').isVisible()).resolves.toBe(true);
    expect(await part.completeness()).toBe('0/7');
    await expect(part.main.getByRole('button', { name: /Guidance/ }).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(part.main.getByText('Cover all six macro forces', { exact: false }).isVisible()).resolves.toBe(true);
  });

  it('fills segments from the keyboard: type, Tab, Enter', async () => {
    const segments = part.grid('Segments');
    await segments.addRow();
    // A row just added waits for its name without calling it missing.
    await part.waitSaved();
    expect(await segments.problem(1, 'Name')).toBeNull();
    await page.keyboard.type('Working parents');
    await page.keyboard.press('Tab');
    await page.keyboard.type('52000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4.2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('After-school care near home');
    await page.keyboard.press('Enter');
    expect(await segments.value(1, 'Name')).toBe('Working parents');
    expect(await segments.value(1, 'Size')).toBe('52,000');
    expect(await segments.value(1, 'Growth')).toBe('4.2%');
    expect(await segments.value(1, 'Needs')).toBe('After-school care near home');
    expect(await part.completeness()).toBe('1/7');
  });

  it('pastes three rows copied from a spreadsheet, adding rows as needed', async () => {
    const segments = part.grid('Segments');
    // Ctrl+Enter adds a row below and puts the cursor in its first cell; the paste starts there.
    await segments.focusCell(1, 'Name');
    await page.keyboard.press('Control+Enter');
    await segments.paste(
      'Exam-year students\t18,000\t2.5%\tResults\nRetirees\t9000\t-1\tSocial time\nTeachers\t1200\t3\t"Lesson plans, ideas\nand tips"\n',
    );
    expect(await segments.rowCount()).toBe(4);
    expect(await segments.values('Name')).toEqual(['Working parents', 'Exam-year students', 'Retirees', 'Teachers']);
    expect(await segments.values('Growth')).toEqual(['4.2%', '2.5%', '-1%', '3%']);
    expect(await segments.value(4, 'Needs')).toBe('Lesson plans, ideas\nand tips');
    await expect(segments.region.getByText('3 rows pasted').isVisible()).resolves.toBe(true);
  });

  it('edits a rich-text narrative with bold and a bulleted list', async () => {
    const notes = part.richText('Market notes');
    await notes.click();
    await page.keyboard.type('Demand is ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('seasonal');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Spring peak');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Autumn peak');
    await expect(part.main.getByRole('button', { name: 'Bulleted list' }).first().getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await part.waitSaved();
  });

  it('finds every value again after a reload', async () => {
    await page.reload();
    await part.heading(TITLE).waitFor();
    const segments = part.grid('Segments');
    expect(await segments.values('Name')).toEqual(['Working parents', 'Exam-year students', 'Retirees', 'Teachers']);
    expect(await segments.values('Size')).toEqual(['52,000', '18,000', '9,000', '1,200']);
    const notes = part.richText('Market notes');
    await expect(notes.locator('strong').textContent()).resolves.toBe('seasonal');
    await expect(notes.locator('ul > li').allInnerTexts()).resolves.toEqual(['Spring peak', 'Autumn peak']);
    // Stored in the portable rich-text form, not HTML.
    const market = (await storedPlan()).fields.situation.market;
    expect(market.content.map((b) => b.type)).toEqual(['paragraph', 'bulletList']);
    expect(market.content[0]!.content).toContainEqual({ type: 'text', text: 'seasonal', marks: [{ type: 'bold' }] });
  });

  it('shows a refused value with its reason in the cell; the rest of the row still saves', async () => {
    const segments = part.grid('Segments');
    await segments.focusCell(1, 'Name');
    await page.keyboard.press('Enter');
    await segments.editor(1, 'Name').fill('x'.repeat(250));
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect(await segments.problem(1, 'Name')).toBe('Must be at most 200 characters');
    expect(await segments.value(1, 'Name')).toBe('x'.repeat(250));
    // The next cell of the same row saves although the name beside it is refused.
    await page.keyboard.type('60000');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    const stored = (await storedPlan()).collections.segments[0]!;
    expect(stored).toMatchObject({ name: 'Working parents', size: 60000 });
    // Fixing the value clears the message and saves it.
    await segments.focusCell(1, 'Name');
    await page.keyboard.type('Working parents 25–45');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    expect(await segments.problem(1, 'Name')).toBeNull();
    expect((await storedPlan()).collections.segments[0]!.name).toBe('Working parents 25–45');
  });

  it('undoes and redoes an edit with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const segments = part.grid('Segments');
    await segments.focusCell(2, 'Size');
    await page.keyboard.type('20000');
    await page.keyboard.press('Enter');
    expect(await segments.value(2, 'Size')).toBe('20,000');
    await part.undo();
    await expect.poll(() => segments.value(2, 'Size')).toBe('18,000');
    await part.waitSaved();
    expect((await storedPlan()).collections.segments[1]!.size).toBe(18000);
    await part.redo();
    await expect.poll(() => segments.value(2, 'Size')).toBe('20,000');
    await part.waitSaved();
    expect((await storedPlan()).collections.segments[1]!.size).toBe(20000);
  });

  it('in a form field, Ctrl+Z undoes the field’s own typing first, then the plan’s last edit', async () => {
    const size = part.field('Market size');
    await size.click();
    await page.keyboard.type('1200000');
    await page.keyboard.press('Tab');
    await expect(size.inputValue()).resolves.toBe('1,200,000.00');
    // The focus is now in "Market growth", which has nothing of its own to undo: the plan's undo acts.
    await page.keyboard.type('7');
    await page.keyboard.press('Control+z');
    await expect.poll(() => part.field('Market growth').inputValue()).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(() => size.inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => size.inputValue()).toBe('1,200,000.00');
    await part.waitSaved();
    expect((await storedPlan()).fields.situation).toMatchObject({ marketSize: 120000000, marketGrowthPct: null });
  });

  it('deletes an unlinked row at once and brings it back, in its place, with undo', async () => {
    const segments = part.grid('Segments');
    await segments.deleteRow(3);
    expect(await segments.values('Name')).toEqual(['Working parents 25–45', 'Exam-year students', 'Teachers']);
    await part.waitSaved();
    await part.undo();
    await expect.poll(() => segments.values('Name')).toEqual(['Working parents 25–45', 'Exam-year students', 'Retirees', 'Teachers']);
    await part.waitSaved();
    expect((await storedPlan()).collections.segments.map((s) => s.name)).toEqual([
      'Working parents 25–45',
      'Exam-year students',
      'Retirees',
      'Teachers',
    ]);
  });

  it('asks before deleting a linked segment, says what goes, and undo restores the links', async () => {
    const before = await storedPlan();
    const segment = before.collections.segments[0]!;
    const swotId = crypto.randomUUID();
    const scoreId = crypto.randomUUID();
    await call('rows.upsert', {
      planId,
      collection: 'swotItems',
      row: { id: swotId, kind: 'O', statement: 'More dual-income families', impact: 4, likelihood: 3, evidence: { kind: 'segment', id: segment.id } },
    });
    await call('rows.upsert', {
      planId,
      collection: 'segmentScores',
      row: { id: scoreId, segmentId: segment.id, size: 4, growth: 3, intensity: 2, fit: 5, targeted: true },
    });
    await page.reload();
    await part.heading(TITLE).waitFor();
    const segments = part.grid('Segments');
    await segments.deleteRow(1);
    const dialog = page.getByRole('alertdialog', { name: 'Delete this row?' });
    await dialog.waitFor();
    await expect(dialog.getByText('SWOT items: 1 will lose this link').isVisible()).resolves.toBe(true);
    await expect(dialog.getByText('Segment scores: 1 will be deleted with it').isVisible()).resolves.toBe(true);
    // Cancel keeps everything.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await segments.rowCount()).toBe(4);
    await segments.deleteRow(1);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete row' }).click();
    expect(await segments.values('Name')).toEqual(['Exam-year students', 'Retirees', 'Teachers']);
    await part.waitSaved();
    let stored = await storedPlan();
    expect(stored.collections.swotItems.find((s) => s.id === swotId)!.evidence).toBeNull();
    expect(stored.collections.segmentScores).toEqual([]);

    await segments.focusCell(1, 'Name');
    await part.undo();
    await expect.poll(() => segments.values('Name')).toEqual(['Working parents 25–45', 'Exam-year students', 'Retirees', 'Teachers']);
    await part.waitSaved();
    stored = await storedPlan();
    expect(stored.collections.segments.map((s) => s.id)).toEqual(before.collections.segments.map((s) => s.id));
    expect(stored.collections.swotItems.find((s) => s.id === swotId)!.evidence).toEqual({ kind: 'segment', id: segment.id });
    expect(stored.collections.segmentScores.map((s) => s.id)).toEqual([scoreId]);
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
