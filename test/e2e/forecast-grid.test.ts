// The revenue forecast as a grid (products × months) end to end, on a plan of 18 months across a
// year end: units typed with Enter, Tab and the arrows; a block pasted from a spreadsheet; a
// product's price for every month and one month's override; a fill by monthly growth as one undo
// step; every figure stored as the plan's forecast lines, and the P&L equal to computeBudget's;
// the money over time; a KPI's targets copied from the forecast.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain';
import { formatMoney } from '../../shared/format/money';
import { computeBudget, forecastTargets, growthFill, planMonths } from '../../shared/logic';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { BudgetPage } from './pages/budget-page';

let part: BudgetPage;
const ids = { tea: crypto.randomUUID(), box: crypto.randomUUID() };
const storedPlan = () => call<Plan>('plans.get', { planId });
const money = (minor: number) => formatMoney(minor, 'CNY', 'en');
/** The stored units of one product by month. */
async function units(productId: string): Promise<Record<string, number>> {
  const plan = await storedPlan();
  return Object.fromEntries(plan.collections.forecastLines.filter((l) => l.productId === productId).map((l) => [l.month, l.units]));
}

useAppForFile({ plan: 'Sparkling tea 2027–28' });

beforeAll(async () => {
  await call('plans.updateMeta', { planId, patch: { periodStart: '2027-07-01', periodEnd: '2028-12-31' } });
  await call('rows.upsert', {
    planId,
    collection: 'products',
    row: { id: ids.tea, name: 'Oolong sparkling tea', salesVolume: null, price: 500, marginPct: 40, stage: null },
  });
  await call('rows.upsert', {
    planId,
    collection: 'products',
    row: { id: ids.box, name: 'Gift box', salesVolume: null, price: 5_800, marginPct: 50, stage: null },
  });
  part = new BudgetPage(page);
  await part.open(app.url, planId, 'budget', 'Budget');
});

describe('Forecast grid', () => {
  it('shows one row per product and the months grouped by year, with the price and cost from the product table', async () => {
    const grid = part.forecastGrid;
    expect(await grid.rowCount()).toBe(2);
    expect(await grid.values('Product')).toEqual(['Oolong sparkling tea', 'Gift box']);
    expect(await grid.values('Price')).toEqual(['5.00', '58.00']);
    expect(await grid.values('Unit cost')).toEqual(['3.00', '29.00']);
    const groups = (await grid.table.locator('thead .grid__group').allInnerTexts()).map((g) => g.trim()).filter(Boolean);
    expect(groups).toEqual(['2027', '2028']);
    // The row number, product, price and cost; 18 months; a units total per year, the units and the revenue.
    const headers = (await grid.table.locator('thead tr[aria-rowindex="1"] th').allInnerTexts()).map((h) => h.replace(/\s*CNY$/, '').trim());
    expect(headers.slice(4, 7)).toEqual(['Jul', 'Aug', 'Sep']);
    expect(headers.slice(-5, -1)).toEqual(['Units 2027', 'Units 2028', 'Units', 'Revenue']); // then the row menu's column
    expect(headers).toHaveLength(1 + 3 + 18 + 4 + 1);
  });

  it('takes units typed with Enter, Tab and the arrows, each cell one line of the plan', async () => {
    const grid = part.forecastGrid;
    await grid.focusCell(1, 'Jul');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter'); // down to the gift box's July
    await page.keyboard.type('20');
    await page.keyboard.press('Tab'); // right, to August
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // the tea's August
    await page.keyboard.type('120');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect(await units(ids.tea)).toEqual({ '2027-07': 100, '2027-08': 120 });
    expect(await units(ids.box)).toEqual({ '2027-07': 20, '2027-08': 25 });
    const plan = await storedPlan();
    // A new line takes the product's price and the cost its margin implies.
    expect(plan.collections.forecastLines.find((l) => l.productId === ids.box)).toMatchObject({ unitPrice: 5_800, unitCost: 2_900 });
    expect(await grid.value(1, 'Units')).toBe('220');
    expect(await grid.value(1, 'Units 2027')).toBe('220');
    expect(await grid.value(2, 'Revenue')).toBe('2,610.00');
    const total = grid.table.locator('tfoot tr[data-total="total"] td');
    expect((await total.allInnerTexts()).map((c) => c.trim()).slice(3, 5)).toEqual(['120', '145']);
    expect(await part.pnl('revenue')).toBe(money(computeBudget(plan).totals.revenue));
  });

  it('pastes a block from a spreadsheet over the months, and Delete empties a cell (its line goes)', async () => {
    const grid = part.forecastGrid;
    await grid.focusCell(1, 'Sep');
    await grid.paste('130\t140\t150\r\n30\t35\t40\r\n');
    await part.waitSaved();
    expect(await units(ids.tea)).toEqual({ '2027-07': 100, '2027-08': 120, '2027-09': 130, '2027-10': 140, '2027-11': 150 });
    expect(await units(ids.box)).toMatchObject({ '2027-09': 30, '2027-10': 35, '2027-11': 40 });
    await expect(grid.region.getByText('2 rows pasted').isVisible()).resolves.toBe(true);
    await grid.focusCell(2, 'Nov');
    await page.keyboard.press('Delete');
    await part.waitSaved();
    expect(await units(ids.box)).not.toHaveProperty('2027-11');
    expect(await grid.value(2, 'Nov')).toBe('');
  });

  it('sets a product’s price for every month, and one month’s price under “Price by month”', async () => {
    const grid = part.forecastGrid;
    await grid.focusCell(1, 'Price');
    await page.keyboard.type('5.50');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    let tea = (await storedPlan()).collections.forecastLines.filter((l) => l.productId === ids.tea);
    expect(new Set(tea.map((l) => l.unitPrice))).toEqual(new Set([550]));
    await grid.region.getByLabel('Show').selectOption({ label: 'Price by month' });
    await grid.focusCell(1, 'Nov');
    await page.keyboard.type('4.99');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    tea = (await storedPlan()).collections.forecastLines.filter((l) => l.productId === ids.tea);
    expect(tea.find((l) => l.month === '2027-11')!.unitPrice).toBe(499);
    await grid.region.getByLabel('Show').selectOption({ label: 'Units' });
    expect(await grid.value(1, 'Price')).toBe('Varies');
    expect(await part.pnl('revenue')).toBe(money(computeBudget(await storedPlan()).totals.revenue));
  });

  it('fills a product’s months by monthly growth from the keyboard, as one undo step', async () => {
    await part.forecastGrid.region.getByRole('button', { name: 'Fill…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Fill the months of/ });
    await dialog.waitFor();
    await dialog.getByLabel('Product', { exact: true }).selectOption({ label: 'Gift box' });
    await dialog.getByLabel('Units in the first month', { exact: true }).focus();
    await page.keyboard.type('100');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('10');
    await expect(dialog.getByText('Total:', { exact: false }).innerText()).resolves.toBe(
      `Total: ${growthFill(100, 10, 18)
        .reduce((a, b) => a + b, 0)
        .toLocaleString('en')} units`,
    );
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await part.waitSaved();
    const months = planMonths({ periodStart: '2027-07-01', periodEnd: '2028-12-31' });
    const expected = Object.fromEntries(months.map((m, i) => [m, growthFill(100, 10, 18)[i]]));
    expect(await units(ids.box)).toEqual(expected);
    expect(await part.forecastGrid.value(2, 'Sep')).toBe('121');
    const plan = await storedPlan();
    expect(await part.pnl('revenue')).toBe(money(computeBudget(plan).totals.revenue));
    // One Ctrl+Z takes the whole fill back.
    await part.main.locator('.part-page__title').click();
    await part.undo();
    await part.waitSaved();
    expect(await units(ids.box)).toEqual({ '2027-07': 20, '2027-08': 25, '2027-09': 30, '2027-10': 35 });
  });

  it('shows the money over time: running totals ending on the P&L, and whether the plan breaks even', async () => {
    const report = computeBudget(await storedPlan());
    const statement = part.main.locator('.money-time__statement');
    // No fixed costs: the first month with revenue and a contribution of zero or more.
    expect(report.breakEven.month).toBe('2027-07');
    await expect(statement.innerText()).resolves.toBe('The plan breaks even in Jul 2027: the contribution so far covers the fixed costs (CN¥0.00).');
    const table = part.main.getByRole('table', { name: /^Cumulative by month/ });
    const last = (await table.locator('tr[data-month="2028-12"] > *').allInnerTexts()).map((c) => c.trim());
    expect(last.slice(1, 5)).toEqual(
      [report.totals.revenue, report.totals.cogs, report.totals.marketing, report.totals.contribution].map((v) => money(v).replace('CN¥', '')),
    );
    await part.field('Fixed costs').fill('1000000');
    await part.field('Fixed costs').press('Tab');
    await expect
      .poll(() => statement.innerText())
      .toMatch(
        /^The plan does not break even within the plan period: by Dec 2028 the contribution so far is CN¥[\d,.]+ against fixed costs of CN¥1,000,000\.00\.$/,
      );
  });

  it('gives a KPI its monthly targets from the forecast, keeping its actuals', async () => {
    const kpiId = crypto.randomUUID();
    await call('rows.upsert', {
      planId,
      collection: 'kpis',
      row: {
        id: kpiId,
        metric: 'Cans of oolong sold',
        objectiveId: null,
        owner: 'Sales',
        unit: 'cans',
        periodKind: 'month',
        direction: 'higherIsBetter',
        controlKind: 'annualPlan',
        correctiveAction: '',
        periods: [{ period: '2027-07', target: 1, actual: 90 }],
      },
    });
    // The KPI came in by the backend: load the plan again.
    await part.open(app.url, planId, 'control', 'Control');
    await page.reload();
    await part.heading('Control').waitFor();
    await part.main.getByRole('button', { name: 'Targets from the forecast…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Targets from the revenue forecast' });
    await dialog.waitFor();
    await dialog.getByLabel('Of', { exact: true }).selectOption({ label: 'Oolong sparkling tea' });
    await dialog.getByRole('button', { name: 'Write 18 targets' }).click();
    await dialog.waitFor({ state: 'detached' });
    await part.waitSaved();
    const plan = await storedPlan();
    const kpi = plan.collections.kpis.find((k) => k.id === kpiId)!;
    const expected = forecastTargets(plan.collections.forecastLines, plan.meta, 'month', 'units', ids.tea, 'CNY');
    expect(kpi.periods.map((p) => [p.period, p.target])).toEqual(expected.map((e) => [e.period, e.target]));
    expect(kpi.periods.slice(0, 5).map((p) => p.target)).toEqual([100, 120, 130, 140, 150]);
    expect(kpi.periods[0]!.actual).toBe(90);
    await expect(part.main.getByText('18 targets written from the forecast.').isVisible()).resolves.toBe(true);
    await part.open(app.url, planId, 'budget', 'Budget');
  });

  it('shows the forecast’s revenue beside a revenue objective’s target', async () => {
    await call('rows.upsert', {
      planId,
      collection: 'objectives',
      row: {
        id: crypto.randomUUID(),
        kind: 'financial',
        metric: 'revenue',
        title: 'Sell CNY 1 million of tea by the end of 2028',
        baseline: null,
        target: 1,
        unit: 'million CNY',
        deadline: '2028-12-31',
        owner: 'Sales',
      },
    });
    await part.open(app.url, planId, 'objectives', 'Objectives and issues');
    await page.reload();
    await part.heading('Objectives and issues').waitFor();
    const revenue = computeBudget(await storedPlan()).totals.revenue;
    const note = part.main.locator('.objective-card__forecast');
    await expect(note.getAttribute('data-forecast')).resolves.toBe('short');
    await expect(note.innerText()).resolves.toBe(
      `The forecast gives ${(revenue / 100 / 1_000_000).toLocaleString('en', { maximumFractionDigits: 2 })} million CNY for the plan period: short of the target of 1.`,
    );
    await part.open(app.url, planId, 'budget', 'Budget');
  });

  it('keeps everything after a reload, and the page logged no errors', async () => {
    await page.reload();
    await part.heading('Budget').waitFor();
    expect(await part.forecastGrid.value(1, 'Oct')).toBe('140');
    expect(await part.forecastGrid.value(2, 'Aug')).toBe('25');
    expect(problems).toEqual([]);
  });
});
