// The Objectives-and-issues part end to end: SMART objectives entered from the keyboard as cards
// (title, metric, baseline, target, unit, deadline, owner, kind), a refused number shown beside
// its field while the stored value stays, the counts of actions and KPIs behind each objective,
// issues linked to objectives in their grid, and everything found again after a reload.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { CardBoard } from './pages/card-board';
import { PartPage } from './pages/part-page';
import { waitUntil } from './pages/wait-until';
import { describedError } from './pages/described-by';

type Objective = {
  id: string;
  kind: string;
  metric: string | null;
  title: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  deadline: string | null;
  owner: string;
};
type Plan = { collections: { objectives: Objective[]; issues: { id: string; statement: string; objectiveIds: string[] }[] } };

let part: PartPage;
let board: CardBoard;

const storedPlan = () => call<Plan>('plans.get', { planId });
const TITLE = 'Objectives and issues';
const REVENUE = 'Grow tuition revenue to CNY 12.6 million';
const ENROL = 'Enrol 900 new students';

/** A field of an objective card, by its visible label. */
const field = (card: string, label: string) => board.card(card).getByLabel(label, { exact: true });

async function fieldProblem(card: string, label: string): Promise<string | null> {
  return describedError(field(card, label));
}

useAppForFile({ plan: 'Spring enrolment' });

beforeAll(async () => {
  part = new PartPage(page);
  board = new CardBoard(page);
  await part.open(app.url, planId, 'objectives', TITLE);
});

describe('Objectives and issues part', () => {
  it('shows its place in the plan and where to start', async () => {
    await expect(part.main.getByText('Part 4 of 8').isVisible()).resolves.toBe(true);
    expect(await part.completeness()).toBe('0/3');
    await expect(part.main.locator('.coverage-summary').innerText()).resolves.toBe(
      'No objectives yet. Start with a financial objective, then the marketing objectives that deliver it.',
    );
    await expect(board.group('Financial objectives').isVisible()).resolves.toBe(true);
    await expect(board.group('Marketing objectives').isVisible()).resolves.toBe(true);
  });

  it('enters a SMART financial objective from the keyboard', async () => {
    await board.add('New financial objective', REVENUE);
    const card = 'Financial objective 1';
    expect(await board.texts('Financial objectives')).toEqual([REVENUE]);
    // From the title, Tab walks the fields in order.
    await board.text(card).focus();
    await page.keyboard.press('Tab');
    expect(await board.isFocused(field(card, 'Metric'))).toBe(true);
    await field(card, 'Metric').selectOption({ label: 'Revenue' });
    await page.keyboard.press('Tab');
    await page.keyboard.type('9800000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12600000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('CNY');
    await page.keyboard.press('Tab');
    expect(await board.isFocused(field(card, 'Deadline'))).toBe(true);
    await field(card, 'Deadline').fill('2027-12-31');
    // Tab inside a date box walks its month, day and year; the owner comes after them.
    await field(card, 'Owner').focus();
    await page.keyboard.type('Zhou Jian, Principal');
    await page.keyboard.press('Tab');
    // Numbers read as the locale writes them once the field is left.
    await expect(field(card, 'Baseline').inputValue()).resolves.toBe('9,800,000');
    await expect(field(card, 'Target').inputValue()).resolves.toBe('12,600,000');
    await part.waitSaved();
    expect((await storedPlan()).collections.objectives).toEqual([
      {
        id: expect.any(String),
        kind: 'financial',
        metric: 'revenue',
        title: REVENUE,
        baseline: 9800000,
        target: 12600000,
        unit: 'CNY',
        deadline: '2027-12-31',
        owner: 'Zhou Jian, Principal',
      },
    ]);
    expect(await part.completeness()).toBe('1/3');
  });

  it('enters marketing objectives and reorders them with Alt+↑', async () => {
    await board.add('New marketing objective', 'Raise renewals to 72%', ENROL);
    expect(await board.texts('Marketing objectives')).toEqual(['Raise renewals to 72%', ENROL]);
    await board.text('Marketing objective 2').focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await board.texts('Marketing objectives')).toEqual([ENROL, 'Raise renewals to 72%']);
    const card = 'Marketing objective 1';
    await field(card, 'Metric').selectOption({ label: 'New customers' });
    await field(card, 'Baseline').fill('720');
    await field(card, 'Target').fill('900');
    await field(card, 'Unit').fill('students');
    await field(card, 'Deadline').fill('2027-09-30');
    await field(card, 'Owner').fill('Wang Li');
    await field(card, 'Owner').press('Tab');
    await part.waitSaved();
    const stored = (await storedPlan()).collections.objectives;
    expect(stored.map((o) => o.title)).toEqual([REVENUE, ENROL, 'Raise renewals to 72%']);
    expect(stored[1]).toMatchObject({
      kind: 'marketing',
      metric: 'newCustomers',
      baseline: 720,
      target: 900,
      unit: 'students',
      deadline: '2027-09-30',
      owner: 'Wang Li',
    });
    expect(await part.completeness()).toBe('2/3');
  });

  it('shows a refused number beside its field and keeps the stored value', async () => {
    const card = 'Marketing objective 1';
    const target = field(card, 'Target');
    await target.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('nine hundred');
    expect(await fieldProblem(card, 'Target')).toBe('Must be a number');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    // The text stays for the user to fix; the plan keeps the last number.
    await expect(target.inputValue()).resolves.toBe('nine hundred');
    expect((await storedPlan()).collections.objectives[1]!.target).toBe(900);
    await target.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('950');
    await page.keyboard.press('Tab');
    expect(await fieldProblem(card, 'Target')).toBeNull();
    await part.waitSaved();
    expect((await storedPlan()).collections.objectives[1]!.target).toBe(950);
  });

  it('shows a refused title beside the card', async () => {
    const card = 'Marketing objective 2';
    await board.text(card).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect(await board.textProblem(card)).toBe('Must not be empty');
    expect((await storedPlan()).collections.objectives[2]!.title).toBe('Raise renewals to 72%');
    await board.text(card).focus();
    await page.keyboard.type('Raise the renewal rate from 62% to 72%');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect(await board.textProblem(card)).toBeNull();
  });

  it('moves an objective to the other group when its kind changes, keeping the focus on the kind', async () => {
    await field('Marketing objective 2', 'Kind').selectOption({ label: 'Financial' });
    expect(await board.texts('Financial objectives')).toEqual([REVENUE, 'Raise the renewal rate from 62% to 72%']);
    expect(await board.isFocused(field('Financial objective 2', 'Kind'))).toBe(true);
    await field('Financial objective 2', 'Kind').selectOption({ label: 'Marketing' });
    expect(await board.texts('Marketing objectives')).toEqual([ENROL, 'Raise the renewal rate from 62% to 72%']);
  });

  it('counts the actions serving and the KPIs measuring each objective, and sums up the gaps', async () => {
    const summary = part.main.locator('.coverage-summary');
    await expect(summary.innerText()).resolves.toBe('3 objectives · 3 with no action serving them · 3 with no KPI measuring them');
    const [revenue, enrol] = (await storedPlan()).collections.objectives;
    const action = (title: string, objectiveIds: string[], status: string) => ({
      id: crypto.randomUUID(),
      title,
      start: null,
      end: null,
      owner: '',
      cost: null,
      objectiveIds,
      mixElement: null,
      status,
      dependsOn: [],
    });
    await call('rows.upsert', { planId, collection: 'actions', row: action('Open day', [revenue!.id, enrol!.id], 'planned') });
    await call('rows.upsert', { planId, collection: 'actions', row: action('Referral scheme', [revenue!.id], 'inProgress') });
    // A cancelled action serves nothing.
    await call('rows.upsert', { planId, collection: 'actions', row: action('Radio ads', [enrol!.id], 'cancelled') });
    await call('rows.upsert', {
      planId,
      collection: 'kpis',
      row: {
        id: crypto.randomUUID(),
        metric: 'New students',
        objectiveId: enrol!.id,
        owner: '',
        unit: 'students',
        periodKind: 'quarter',
        direction: 'higherIsBetter',
        controlKind: 'annualPlan',
        correctiveAction: '',
        periods: [],
      },
    });
    await page.reload();
    await part.heading(TITLE).waitFor();
    const badges = async (card: string) =>
      (await board.card(card).locator('.coverage-badge').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(await badges('Financial objective 1')).toEqual(['Actions 2', 'KPIs none']);
    expect(await badges('Marketing objective 1')).toEqual(['Actions 1', 'KPIs 1']);
    expect(await badges('Marketing objective 2')).toEqual(['Actions none', 'KPIs none']);
    await expect(summary.innerText()).resolves.toBe('3 objectives · 1 with no action serving them · 2 with no KPI measuring them');
  });

  it('fills the issues grid and links each issue to objectives from the keyboard', async () => {
    const issues = part.grid('Issues that may block an objective');
    await issues.addRow();
    await page.keyboard.type('Can four advisors call every trial family back within 48 hours?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const picker = issues.editor(1, 'Objectives');
    await picker.waitFor();
    // The list opens with the focus on its first objective.
    await waitUntil(page, 'document.activeElement && document.activeElement.getAttribute("type") === "checkbox"');
    // The objectives in plan order: revenue, enrolment, renewals.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect((await issues.cell(1, 'Objectives')).locator('.issue-links__item').allInnerTexts()).resolves.toEqual([
      ENROL,
      'Raise the renewal rate from 62% to 72%',
    ]);
    await part.waitSaved();
    const stored = await storedPlan();
    expect(stored.collections.issues).toEqual([
      {
        id: expect.any(String),
        statement: 'Can four advisors call every trial family back within 48 hours?',
        objectiveIds: [stored.collections.objectives[1]!.id, stored.collections.objectives[2]!.id],
      },
    ]);
    expect(await part.completeness()).toBe('3/3');
  });

  it('finds every value again after a reload', async () => {
    await page.reload();
    await part.heading(TITLE).waitFor();
    expect(await board.texts('Financial objectives')).toEqual([REVENUE]);
    expect(await board.texts('Marketing objectives')).toEqual([ENROL, 'Raise the renewal rate from 62% to 72%']);
    const card = 'Financial objective 1';
    expect(await board.selectedLabel(field(card, 'Metric'))).toBe('Revenue');
    await expect(field(card, 'Baseline').inputValue()).resolves.toBe('9,800,000');
    await expect(field(card, 'Target').inputValue()).resolves.toBe('12,600,000');
    await expect(field(card, 'Unit').inputValue()).resolves.toBe('CNY');
    await expect(field(card, 'Deadline').inputValue()).resolves.toBe('2027-12-31');
    await expect(field(card, 'Owner').inputValue()).resolves.toBe('Zhou Jian, Principal');
    await expect(field('Marketing objective 1', 'Target').inputValue()).resolves.toBe('950');
    await expect(field('Marketing objective 1', 'Deadline').inputValue()).resolves.toBe('2027-09-30');
    const issues = part.grid('Issues that may block an objective');
    expect(await issues.values('Issue')).toEqual(['Can four advisors call every trial family back within 48 hours?']);
  });

  it('asks before deleting an objective that issues and actions link to', async () => {
    await board.tool('Marketing objective 1', 'Delete').click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this row?' });
    await dialog.waitFor();
    await expect(dialog.getByText('Issues: 1 will lose this link').isVisible()).resolves.toBe(true);
    await expect(dialog.getByText('Actions: 2 will lose this link').isVisible()).resolves.toBe(true);
    await expect(dialog.getByText('KPIs: 1 will lose this link').isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await board.texts('Marketing objectives')).toEqual([ENROL, 'Raise the renewal rate from 62% to 72%']);
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
