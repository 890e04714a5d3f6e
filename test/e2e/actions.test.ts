// The Action programs part end to end: three actions added from the keyboard with objectives and
// dependencies; a dependency loop and an end before the start refused beside their cells; filters
// by owner (whatever its case) and by month with the count and cost they show; the timeline with
// a bar per action shown; every value found again after a reload.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { ActionsPage } from './pages/actions-page';

type Action = {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  owner: string;
  cost: number | null;
  objectiveIds: string[];
  mixElement: string | null;
  status: string;
  dependsOn: string[];
};
type Plan = { collections: { actions: Action[] } };

let part: ActionsPage;
const ENROL = crypto.randomUUID();
const RENEW = crypto.randomUUID();

const storedPlan = () => call<Plan>('plans.get', { planId });
const TITLE = 'Action programs';

/** Types into the grid from where the focus is: Tab between cells, Enter to open a date, choice or link editor. */
async function fillRow(
  cells: {
    title: string;
    start: string; // as typed into a date input: MMDDYYYY
    end: string;
    owner: string;
    cost: string;
    /** Down-arrow presses to each option to tick, from the first, in the links editor. */
    objectives: number[];
    /** Down-arrow presses from "Not set". */
    mix: number;
    /** Down-arrow presses from "Planned". */
    status: number;
    dependsOn: number[];
  },
  then: 'Tab' | 'Enter' = 'Tab',
) {
  const k = page.keyboard;
  await k.type(cells.title);
  await k.press('Tab');
  for (const date of [cells.start, cells.end]) {
    await k.press('Enter');
    await k.type(date);
    await k.press('Tab');
  }
  await k.type(cells.owner);
  await k.press('Tab');
  await k.type(cells.cost);
  await k.press('Tab');
  const tick = async (indexes: number[], leave: 'Tab' | 'Enter' = 'Tab') => {
    await k.press('Enter');
    let at = 0;
    for (const index of indexes) {
      for (; at < index; at++) await k.press('ArrowDown');
      await k.press('Space');
    }
    await k.press(leave);
  };
  const choose = async (downs: number) => {
    await k.press('Enter');
    for (let i = 0; i < downs; i++) await k.press('ArrowDown');
    await k.press('Tab');
  };
  await tick(cells.objectives);
  await choose(cells.mix);
  await choose(cells.status);
  // Tab past the last cell of the last row adds the next row, as in a spreadsheet; Enter stays.
  await tick(cells.dependsOn, then);
}

/** Tab out of the last cell of the last row adds a row and puts the cursor in its first cell (a moment later). */
async function waitForNewRow(count: number) {
  await expect.poll(() => part.table.rowCount()).toBe(count);
  await expect.poll(() => page.evaluate<string | null>('document.activeElement?.closest("td")?.getAttribute("data-column") ?? null')).toBe('title');
}

useAppForFile({ plan: 'Spring enrolment' });

beforeAll(async () => {
  const objective = (id: string, title: string) => ({
    id,
    kind: 'marketing',
    metric: null,
    title,
    baseline: null,
    target: null,
    unit: '',
    deadline: null,
    owner: '',
  });
  await call('rows.upsert', { planId, collection: 'objectives', row: objective(ENROL, 'Enrol 900 new students') });
  await call('rows.upsert', { planId, collection: 'objectives', row: objective(RENEW, 'Raise renewals to 72%') });
  part = new ActionsPage(page);
  await part.open(app.url, planId, 'actions', TITLE);
});

describe('Action programs part', () => {
  it('starts empty, offering only the view and the sort until there is something to filter', async () => {
    await expect(part.main.getByText('Part 6 of 8').isVisible()).resolves.toBe(true);
    expect(await part.table.rowCount()).toBe(0);
    expect(await part.count()).toBe('0 actions');
    await expect(part.control('Sort by').inputValue()).resolves.toBe('start');
    expect(await part.control('Owner').count()).toBe(0);
  });

  it('adds three actions from the keyboard, with objectives and dependencies', async () => {
    const table = part.table;
    await table.region.getByRole('button', { name: 'Add row', exact: true }).focus();
    await page.keyboard.press('Enter');
    await fillRow({
      title: 'Open day',
      start: '03012027',
      end: '03312027',
      owner: 'Li Na',
      cost: '12000',
      objectives: [0],
      mix: 4,
      status: 0,
      dependsOn: [],
    });
    // Tab past the last cell of the last row adds the next row, as in a spreadsheet.
    await waitForNewRow(2);
    await fillRow({
      title: 'Referral rewards',
      start: '04012027',
      end: '06302027',
      owner: 'Chen',
      cost: '8000',
      objectives: [0, 1],
      mix: 2,
      status: 1,
      dependsOn: [0],
    });
    await waitForNewRow(3);
    await fillRow(
      {
        title: 'Renewal calls',
        start: '06152027',
        end: '07152027',
        owner: 'li na',
        cost: '3000.50',
        objectives: [1],
        mix: 3,
        status: 0,
        dependsOn: [1],
      },
      'Enter',
    );
    await part.waitSaved();

    expect(await table.values('Action')).toEqual(['Open day', 'Referral rewards', 'Renewal calls']);
    expect(await table.values('Start')).toEqual(['Mar 1, 2027', 'Apr 1, 2027', 'Jun 15, 2027']);
    expect(await table.values('End')).toEqual(['Mar 31, 2027', 'Jun 30, 2027', 'Jul 15, 2027']);
    expect(await table.values('Owner')).toEqual(['Li Na', 'Chen', 'li na']);
    expect(await table.values('Cost')).toEqual(['12,000.00', '8,000.00', '3,000.50']);
    expect(await part.links(2, 'Objectives')).toEqual(['Enrol 900 new students', 'Raise renewals to 72%']);
    expect(await table.values('Mix element')).toEqual(['Promotion', 'Price', 'Place']);
    expect(await table.values('Status')).toEqual(['Planned', 'In progress', 'Planned']);
    expect(await part.links(2, 'Depends on')).toEqual(['Open day']);
    expect(await part.links(3, 'Depends on')).toEqual(['Referral rewards']);
    expect(await part.count()).toBe('3 actions');
    expect(await part.cost()).toBe('Cost CN¥23,000.50');

    const stored = (await storedPlan()).collections.actions;
    const [open, referral, renewal] = stored;
    expect(stored.map((a) => a.title)).toEqual(['Open day', 'Referral rewards', 'Renewal calls']);
    expect(referral).toMatchObject({
      start: '2027-04-01',
      end: '2027-06-30',
      owner: 'Chen',
      cost: 800000,
      objectiveIds: [ENROL, RENEW],
      mixElement: 'price',
      status: 'inProgress',
      dependsOn: [open!.id],
    });
    expect(renewal).toMatchObject({ cost: 300050, objectiveIds: [RENEW], mixElement: 'place', status: 'planned', dependsOn: [referral!.id] });
  });

  it('does not offer an action as its own dependency', async () => {
    await part.table.focusCell(1, 'Depends on');
    await page.keyboard.press('Enter');
    const editor = part.table.editor(1, 'Depends on');
    await expect(editor.getByRole('checkbox').count()).resolves.toBe(2);
    await expect(editor.getByText('Open day', { exact: true }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
  });

  it('refuses a dependency loop beside the cell, and accepts the cell once it is undone', async () => {
    const table = part.table;
    await table.focusCell(1, 'Depends on');
    await page.keyboard.press('Enter');
    // Open day ← Referral rewards ← Renewal calls: Open day waiting for Renewal calls closes the loop.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect.poll(() => table.problem(1, 'Depends on')).toBe('Makes a loop');
    expect((await storedPlan()).collections.actions[0]!.dependsOn).toEqual([]);

    await table.focusCell(1, 'Depends on');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect.poll(() => table.problem(1, 'Depends on')).toBeNull();
    await part.waitSaved();
  });

  it('shows an end before the start refused beside the end cell, and saves the fix', async () => {
    const table = part.table;
    await table.focusCell(2, 'End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('03152027');
    await page.keyboard.press('Tab');
    expect(await table.problem(2, 'End')).toBe('Before start');
    expect(await table.value(2, 'End')).toBe('Mar 15, 2027');
    await part.waitSaved();
    expect((await storedPlan()).collections.actions[1]!.end).toBe('2027-06-30');

    await table.focusCell(2, 'End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('06202027');
    await page.keyboard.press('Tab');
    expect(await table.problem(2, 'End')).toBeNull();
    await part.waitSaved();
    expect((await storedPlan()).collections.actions[1]!.end).toBe('2027-06-20');
  });

  it('filters by owner, whatever the case it was typed in, and by month', async () => {
    const owner = part.control('Owner');
    await expect(owner.locator('option').allTextContents()).resolves.toEqual(['All owners', 'Chen (1)', 'Li Na (2)']);
    await owner.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => part.count()).toBe('Showing 2 of 3 actions');
    expect(await part.table.values('Action')).toEqual(['Open day', 'Renewal calls']);
    expect(await part.cost()).toBe('Cost CN¥15,000.50 of CN¥23,000.50 in all');

    await part.control('Month').selectOption({ label: 'June 2027 (2)' });
    await expect.poll(() => part.table.values('Action')).toEqual(['Renewal calls']);
    expect(await part.count()).toBe('Showing 1 of 3 actions');

    await owner.selectOption({ label: 'All owners' });
    await expect.poll(() => part.table.values('Action')).toEqual(['Referral rewards', 'Renewal calls']);
    // Filters are a view: none of them reaches the plan.
    expect((await storedPlan()).collections.actions).toHaveLength(3);
  });

  it('keeps an edited row in view until the filters change, and starts a new row with the filtered owner and status', async () => {
    const table = part.table;
    await part.editor.getByRole('button', { name: 'Clear filters' }).click();
    await part.control('Owner').selectOption({ label: 'Chen (1)' });
    await part.statusFilter('In progress').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => table.values('Action')).toEqual(['Referral rewards']);

    // Done no longer matches "In progress", but the row stays while it is being worked on.
    await table.focusCell(1, 'Status');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await table.value(1, 'Status')).toBe('Done');
    expect(await table.values('Action')).toEqual(['Referral rewards']);
    await expect(part.editor.getByText('Rows you edit stay in view until the filters change.').isVisible()).resolves.toBe(true);
    await table.focusCell(1, 'Status');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    expect(await table.value(1, 'Status')).toBe('In progress');

    await table.focusCell(1, 'Action');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Parent survey');
    await page.keyboard.press('Enter');
    expect(await table.values('Action')).toEqual(['Referral rewards', 'Parent survey']);
    expect(await table.value(2, 'Owner')).toBe('Chen');
    expect(await table.value(2, 'Status')).toBe('In progress');
    await part.waitSaved();
    expect((await storedPlan()).collections.actions.map((a) => [a.title, a.owner, a.status])).toContainEqual(['Parent survey', 'Chen', 'inProgress']);

    await table.deleteRow(2);
    await part.waitSaved();
    expect((await storedPlan()).collections.actions.map((a) => a.title)).toEqual(['Open day', 'Referral rewards', 'Renewal calls']);
  });

  it('shows the filtered actions on the timeline, one bar each, and all of them once the filters are cleared', async () => {
    await part.control('Owner').selectOption({ label: 'All owners' });
    await part.statusFilter('In progress').uncheck();
    await part.control('Month').selectOption({ label: 'June 2027 (2)' });
    await part.showView('Timeline');
    await part.timeline.locator('svg').waitFor();
    await expect.poll(() => part.timelineBars()).toBe(2);
    expect(await part.timelineDescription()).toContain('2 in all');
    await part.editor.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => part.timelineBars()).toBe(3);
    expect(await part.timelineDescription()).toContain('3 in all');
    await part.control('Colour by').selectOption('mixElement');
    await expect.poll(() => part.timelineBars()).toBe(3);
    await part.showView('Table');
    await part.table.table.waitFor();
  });

  it('sorts by a column from the header, and back to the plan’s order', async () => {
    const costHeader = part.table.table.getByRole('button', { name: 'Cost', exact: true });
    await costHeader.click();
    // Amounts sort largest first on the first click, as a spreadsheet's numbers do.
    await expect.poll(() => part.table.values('Action')).toEqual(['Open day', 'Referral rewards', 'Renewal calls']);
    await costHeader.click();
    await expect.poll(() => part.table.values('Action')).toEqual(['Renewal calls', 'Referral rewards', 'Open day']);
    await expect(part.control('Sort by').inputValue()).resolves.toBe('cost');
    await part.control('Sort by').selectOption({ label: 'Plan order' });
    await expect.poll(() => part.table.values('Action')).toEqual(['Open day', 'Referral rewards', 'Renewal calls']);
  });

  it('finds every value again after a reload', async () => {
    await page.reload();
    await part.heading(TITLE).waitFor();
    const table = part.table;
    await table.table.waitFor();
    expect(await table.values('Action')).toEqual(['Open day', 'Referral rewards', 'Renewal calls']);
    expect(await table.values('Start')).toEqual(['Mar 1, 2027', 'Apr 1, 2027', 'Jun 15, 2027']);
    expect(await table.values('End')).toEqual(['Mar 31, 2027', 'Jun 20, 2027', 'Jul 15, 2027']);
    expect(await table.values('Owner')).toEqual(['Li Na', 'Chen', 'li na']);
    expect(await table.values('Cost')).toEqual(['12,000.00', '8,000.00', '3,000.50']);
    expect(await part.links(1, 'Objectives')).toEqual(['Enrol 900 new students']);
    expect(await part.links(2, 'Objectives')).toEqual(['Enrol 900 new students', 'Raise renewals to 72%']);
    expect(await part.links(3, 'Objectives')).toEqual(['Raise renewals to 72%']);
    expect(await table.values('Mix element')).toEqual(['Promotion', 'Price', 'Place']);
    expect(await table.values('Status')).toEqual(['Planned', 'In progress', 'Planned']);
    expect(await part.links(1, 'Depends on')).toEqual([]);
    expect(await part.links(2, 'Depends on')).toEqual(['Open day']);
    expect(await part.links(3, 'Depends on')).toEqual(['Referral rewards']);
    expect(await part.count()).toBe('3 actions');
    expect(problems).toEqual([]);
  });
});
