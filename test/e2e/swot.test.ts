// The Threats-and-opportunities part end to end: the SWOT board filled from the keyboard (add
// boxes, scores, evidence, reorder), a major threat flagged until a TOWS strategy pairs it, a
// refused statement shown beside its card, everything found again after a reload, and a delete
// that asks because a strategy links to the item, undone with its link.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { CardBoard } from './pages/card-board';
import { PartPage } from './pages/part-page';

type SwotItem = {
  id: string;
  kind: string;
  statement: string;
  impact: number | null;
  likelihood: number | null;
  evidence: { kind: string; id: string } | null;
};
type Plan = { collections: { swotItems: SwotItem[]; towsStrategies: { id: string; kind: string; strategy: string; swotItemIds: string[] }[] } };

let part: PartPage;
let board: CardBoard;
const competitorId = crypto.randomUUID();
const forceId = crypto.randomUUID();

const storedPlan = () => call<Plan>('plans.get', { planId });
const byKind = (plan: Plan, kind: string) => plan.collections.swotItems.filter((i) => i.kind === kind);
const TITLE = 'Threats and opportunities';

useAppForFile({ plan: 'Spring enrolment' });

beforeAll(async () => {
  // Situation findings for the evidence picker.
  await call('rows.upsert', {
    planId,
    collection: 'competitors',
    row: { id: competitorId, name: 'CodeFuture', sharePct: 18, strategy: '', objectives: '', strengths: '', weaknesses: '', likelyReaction: '' },
  });
  await call('rows.upsert', {
    planId,
    collection: 'macroForces',
    row: { id: forceId, force: 'demographic', finding: 'Births fall 8% a year', effect: 'threat' },
  });
  part = new PartPage(page);
  board = new CardBoard(page);
  await part.open(app.url, planId, 'swot', TITLE);
});

describe('Threats and opportunities part', () => {
  it('shows its place in the plan, an empty board and the four TOWS groups', async () => {
    await expect(part.main.getByText('Part 3 of 8').isVisible()).resolves.toBe(true);
    expect(await part.completeness()).toBe('0/3');
    for (const name of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats', 'SO strategies', 'ST strategies', 'WO strategies', 'WT strategies']) {
      await expect(board.group(name).isVisible()).resolves.toBe(true);
    }
  });

  it('adds items to each quadrant from its box: type, Enter, type the next', async () => {
    await board.add('New strength', 'Classes of at most six children', 'Award-winning teachers');
    // The focus stays in the box for the next item.
    expect(await board.isFocused(board.addBox('New strength'))).toBe(true);
    await board.add('New weakness', 'Renewal rate of 62%');
    await board.add('New opportunity', 'AI enters the school curriculum');
    await board.add('New threat', 'Falling births shrink the 4–6 cohort');
    expect(await board.texts('Strengths')).toEqual(['Classes of at most six children', 'Award-winning teachers']);
    expect(await board.labels('Strengths')).toEqual(['Strength 1', 'Strength 2']);
    expect(await board.texts('Threats')).toEqual(['Falling births shrink the 4–6 cohort']);
    expect(await part.completeness()).toBe('2/3');
    await part.waitSaved();
    expect((await storedPlan()).collections.swotItems.map((i) => [i.kind, i.statement])).toEqual([
      ['S', 'Classes of at most six children'],
      ['S', 'Award-winning teachers'],
      ['W', 'Renewal rate of 62%'],
      ['O', 'AI enters the school curriculum'],
      ['T', 'Falling births shrink the 4–6 cohort'],
    ]);
  });

  it('scores impact on every item and likelihood only on opportunities and threats, from the keyboard', async () => {
    await expect(board.score('Strength 1', 'Likelihood').count()).resolves.toBe(0);
    await expect(board.score('Weakness 1', 'Likelihood').count()).resolves.toBe(0);
    // Tab from the statement reaches the impact scale; arrows choose, a digit jumps.
    await board.text('Strength 1').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await board.scoreValue('Strength 1', 'Impact')).toBe(2);
    await page.keyboard.press('5');
    expect(await board.scoreValue('Strength 1', 'Impact')).toBe(5);

    await board.score('Opportunity 1', 'Impact').getByRole('radio').first().focus();
    await page.keyboard.press('4');
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    expect(await board.scoreValue('Opportunity 1', 'Impact')).toBe(4);
    expect(await board.scoreValue('Opportunity 1', 'Likelihood')).toBe(3);
    // Delete clears a score.
    await page.keyboard.press('Delete');
    expect(await board.scoreValue('Opportunity 1', 'Likelihood')).toBeNull();
    await page.keyboard.press('2');
    await part.waitSaved();
    const stored = await storedPlan();
    expect(byKind(stored, 'S')[0]).toMatchObject({ impact: 5, likelihood: null });
    expect(byKind(stored, 'O')[0]).toMatchObject({ impact: 4, likelihood: 2 });
  });

  it('links evidence to a situation finding and shows it as a chip that can be removed', async () => {
    const picker = board.evidencePicker('Strength 1');
    expect(await board.optionGroups(picker)).toEqual(['Competitors', 'Macro-environment forces']);
    await picker.focus();
    await picker.selectOption({ label: 'CodeFuture' });
    expect(await board.evidence('Strength 1')).toBe('Competitor · CodeFuture');
    // The chip's remove button has the focus; Enter removes, and the picker comes back.
    expect(await board.focusedLabel()).toBe('Remove evidence');
    await page.keyboard.press('Enter');
    expect(await board.evidence('Strength 1')).toBeNull();
    await board.evidencePicker('Strength 1').selectOption({ label: 'CodeFuture' });
    await board.evidencePicker('Threat 1').selectOption({ label: 'Demographic: Births fall 8% a year' });
    expect(await board.evidence('Threat 1')).toBe('Macro force · Demographic: Births fall 8% a year');
    await part.waitSaved();
    const stored = await storedPlan();
    expect(byKind(stored, 'S')[0]!.evidence).toEqual({ kind: 'competitor', id: competitorId });
    expect(byKind(stored, 'T')[0]!.evidence).toEqual({ kind: 'macroForce', id: forceId });
  });

  it('moves an item within its quadrant with Alt+↑/↓ and the move buttons', async () => {
    await board.text('Strength 2').focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await board.texts('Strengths')).toEqual(['Award-winning teachers', 'Classes of at most six children']);
    // The focus stays in the moved item's text.
    expect(await board.focusedValue()).toBe('Award-winning teachers');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await board.texts('Strengths')).toEqual(['Award-winning teachers', 'Classes of at most six children']);
    await board.tool('Strength 1', 'Move down').click();
    expect(await board.texts('Strengths')).toEqual(['Classes of at most six children', 'Award-winning teachers']);
    await board.tool('Strength 2', 'Move up').click();
    expect(await board.texts('Strengths')).toEqual(['Award-winning teachers', 'Classes of at most six children']);
    await part.waitSaved();
    // Other quadrants keep their places in the stored order.
    expect((await storedPlan()).collections.swotItems.map((i) => i.statement)).toEqual([
      'Award-winning teachers',
      'Classes of at most six children',
      'Renewal rate of 62%',
      'AI enters the school curriculum',
      'Falling births shrink the 4–6 cohort',
    ]);
  });

  it('marks a major threat and flags it until a TOWS strategy pairs it', async () => {
    const threat = board.card('Threat 1');
    await expect(threat.getByText('Major threat').count()).resolves.toBe(0);
    await board.score('Threat 1', 'Impact').getByRole('radio').first().focus();
    await page.keyboard.press('3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('4');
    // 3 × 4 = 12: major by the plan health's rule.
    await expect(threat.getByText('Major threat').isVisible()).resolves.toBe(true);
    await expect(threat.getByText('No TOWS strategy answers this threat yet.').isVisible()).resolves.toBe(true);
    const alert = part.main.getByRole('region', { name: 'Major threats no strategy answers' });
    await expect(alert.getByText('Falling births shrink the 4–6 cohort').isVisible()).resolves.toBe(true);

    await board.add('New ST strategy', 'Sell small classes and results, not price');
    const card = 'ST strategy 1';
    // A new strategy opens its checklist: only strengths and threats are offered.
    const checklist = board.card(card).getByRole('group', { name: 'Items this strategy pairs' });
    expect(await board.checkboxLabels(checklist)).toEqual([
      'S1 Award-winning teachers',
      'S2 Classes of at most six children',
      'T1 Falling births shrink the 4–6 cohort',
    ]);
    await checklist.getByRole('checkbox', { name: 'T1 Falling births shrink the 4–6 cohort' }).focus();
    await page.keyboard.press('Space');
    await checklist.getByRole('checkbox', { name: 'S2 Classes of at most six children' }).focus();
    await page.keyboard.press('Space');
    // Chips follow the board's order, whatever the order of ticking.
    expect(await board.pairs(card)).toEqual(['S2 Classes of at most six children', 'T1 Falling births shrink the 4–6 cohort']);
    await expect(threat.getByText('No TOWS strategy answers this threat yet.').count()).resolves.toBe(0);
    await expect(alert.count()).resolves.toBe(0);
    await part.waitSaved();
    const stored = await storedPlan();
    expect(stored.collections.towsStrategies).toEqual([
      {
        id: expect.any(String),
        kind: 'ST',
        strategy: 'Sell small classes and results, not price',
        swotItemIds: [byKind(stored, 'T')[0]!.id, byKind(stored, 'S')[1]!.id],
      },
    ]);
    expect(await part.completeness()).toBe('3/3');
  });

  it('shows a refused statement beside its card and keeps the last accepted one stored', async () => {
    const box = board.text('Weakness 1');
    await box.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect(await board.textProblem('Weakness 1')).toBe('Must not be empty');
    expect(byKind(await storedPlan(), 'W')[0]!.statement).toBe('Renewal rate of 62%');
    await box.focus();
    await page.keyboard.type('Renewal rate of 62%, below the 70% benchmark');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect(await board.textProblem('Weakness 1')).toBeNull();
    expect(byKind(await storedPlan(), 'W')[0]!.statement).toBe('Renewal rate of 62%, below the 70% benchmark');
  });

  it('finds every value again after a reload', async () => {
    await page.reload();
    await part.heading(TITLE).waitFor();
    expect(await board.texts('Strengths')).toEqual(['Award-winning teachers', 'Classes of at most six children']);
    expect(await board.texts('Weaknesses')).toEqual(['Renewal rate of 62%, below the 70% benchmark']);
    expect(await board.scoreValue('Strength 2', 'Impact')).toBe(5);
    expect(await board.scoreValue('Opportunity 1', 'Impact')).toBe(4);
    expect(await board.scoreValue('Opportunity 1', 'Likelihood')).toBe(2);
    expect(await board.scoreValue('Threat 1', 'Impact')).toBe(3);
    expect(await board.scoreValue('Threat 1', 'Likelihood')).toBe(4);
    expect(await board.evidence('Strength 2')).toBe('Competitor · CodeFuture');
    expect(await board.evidence('Threat 1')).toBe('Macro force · Demographic: Births fall 8% a year');
    await expect(board.card('Threat 1').getByText('Major threat').isVisible()).resolves.toBe(true);
    expect(await board.texts('ST strategies')).toEqual(['Sell small classes and results, not price']);
    expect(await board.pairs('ST strategy 1')).toEqual(['S2 Classes of at most six children', 'T1 Falling births shrink the 4–6 cohort']);
  });

  it('asks before deleting an item a strategy pairs, and undo brings back the item and the link', async () => {
    const before = await storedPlan();
    await board.tool('Threat 1', 'Delete').click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this row?' });
    await dialog.waitFor();
    await expect(dialog.getByText('TOWS strategies: 1 will lose this link').isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await board.texts('Threats')).toEqual(['Falling births shrink the 4–6 cohort']);

    await board.tool('Threat 1', 'Delete').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete row' }).click();
    expect(await board.texts('Threats')).toEqual([]);
    expect(await board.pairs('ST strategy 1')).toEqual(['S2 Classes of at most six children']);
    await part.waitSaved();
    expect(byKind(await storedPlan(), 'T')).toEqual([]);

    await part.undo();
    expect(await board.texts('Threats')).toEqual(['Falling births shrink the 4–6 cohort']);
    expect(await board.pairs('ST strategy 1')).toEqual(['S2 Classes of at most six children', 'T1 Falling births shrink the 4–6 cohort']);
    await part.waitSaved();
    const after = await storedPlan();
    expect(after.collections.swotItems).toEqual(before.collections.swotItems);
    expect(after.collections.towsStrategies).toEqual(before.collections.towsStrategies);
  });

  it('deletes an unlinked card at once and moves the focus to its neighbour', async () => {
    await board.add('New opportunity', 'Engineer families move to the city');
    await board.tool('Opportunity 1', 'Delete').click();
    expect(await board.texts('Opportunities')).toEqual(['Engineer families move to the city']);
    expect(await board.focusedValue()).toBe('Engineer families move to the city');
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
