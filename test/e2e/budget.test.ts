// The Budget part end to end: forecast lines typed into the grid, a budget line pasted from a
// spreadsheet, spend rolled up from actions (one dated, one undated); the P&L, break-even and
// budget check shown must equal computeBudget's (worked out here by hand from the inputs too);
// a refused value beside its field; "Fill 12 months" from the keyboard; everything after a reload.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain';
import { formatMoney } from '../../shared/format/money';
import { computeBudget } from '../../shared/logic';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { BudgetPage } from './pages/budget-page';

let part: BudgetPage;
let productId: string;

const storedPlan = () => call<Plan>('plans.get', { planId });
const money = (minor: number) => formatMoney(minor, 'CNY', 'en');
const TITLE = 'Budget';

function action(overrides: Record<string, unknown>) {
  return {
    id: crypto.randomUUID(),
    owner: 'Li Na',
    objectiveIds: [],
    status: 'planned',
    dependsOn: [],
    start: null,
    end: null,
    cost: null,
    mixElement: null,
    ...overrides,
  };
}

useAppForFile({ plan: 'Robotics club 2027' });

beforeAll(async () => {
  productId = crypto.randomUUID();
  await call('rows.upsert', {
    planId,
    collection: 'products',
    row: { id: productId, name: 'Scratch coding', salesVolume: null, price: 6_480, marginPct: null, stage: null },
  });
  // The actions part owns these rows; the budget rolls their cost up.
  await call('rows.upsert', {
    planId,
    collection: 'actions',
    row: action({ title: 'Spring flyer campaign', start: '2027-01-01', end: '2027-01-31', cost: 310_000, mixElement: 'promotion' }),
  });
  await call('rows.upsert', { planId, collection: 'actions', row: action({ title: 'Open day at the mall', cost: 20_000, mixElement: 'place' }) });
  part = new BudgetPage(page);
  await part.open(app.url, planId, 'budget', TITLE);
});

describe('Budget part', () => {
  it('shows the action spend, an empty forecast and what is missing before anything is typed', async () => {
    await expect(part.main.getByText('Part 7 of 8').isVisible()).resolves.toBe(true);
    expect(await part.pnl('marketing')).toBe(money(-330_000));
    expect(await part.cardText('Break-even point')).toContain('Add forecast lines to find the break-even point.');
    expect(await part.cardText('Budget vs planned spend')).toContain('Enter the budget granted to compare it with the planned spend.');
    const undated = part.main.getByText('Actions without dates: 1, costing CN¥200.00', { exact: false });
    await expect(undated.isVisible()).resolves.toBe(true);
    await expect(part.main.getByRole('link', { name: 'Give them dates in Action programs' }).getAttribute('href')).resolves.toBe(
      `#/plans/${planId}/actions`,
    );
  });

  it('takes the budget granted and fixed costs, and shows a refused amount beside its field', async () => {
    const granted = part.field('Marketing budget granted');
    await granted.click();
    await page.keyboard.type('4000');
    await page.keyboard.press('Tab');
    const fixed = part.field('Fixed costs');
    // Tab leads on to the next field (the page's types know no DOM, hence the string).
    expect(await page.evaluate('document.activeElement.id')).toBe(await fixed.getAttribute('id'));
    await page.keyboard.type('1,000.005');
    await expect(part.main.getByText('Must be an amount', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(fixed.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1000');
    await expect(part.main.getByText('Must be an amount', { exact: true }).count()).resolves.toBe(0);
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect((await storedPlan()).fields.budget).toEqual({ marketingBudget: 400_000, fixedCosts: 100_000 });
  });

  it('fills two forecast lines from the keyboard; a new row starts in the next month', async () => {
    const grid = await part.forecastLines();
    await grid.addRow();
    await page.keyboard.press('Tab'); // from Product to Label
    await page.keyboard.type('Robotics course');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // the month is already January
    await page.keyboard.type('100');
    await page.keyboard.press('Tab');
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Robotics course');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('120');
    await page.keyboard.press('Tab');
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    expect(await grid.values('Month')).toEqual(['Jan 2027', 'Feb 2027']);
    expect(await grid.values('Units')).toEqual(['100', '120']);
    expect(await grid.values('Price')).toEqual(['50.00', '50.00']);
    // Revenue per line is units × price, read-only.
    expect(await grid.values('Revenue')).toEqual(['5,000.00', '6,000.00']);
    expect(await part.completeness()).toBe('2/2');
  });

  it('refuses negative units in the cell, with the reason, and keeps the last good value stored', async () => {
    const grid = await part.forecastLines();
    await grid.focusCell(2, 'Units');
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    expect(await grid.problem(2, 'Units')).toBe('Must not be negative');
    expect((await storedPlan()).collections.forecastLines.map((l) => l.units)).toEqual([100, 120]);
    await grid.focusCell(2, 'Units');
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    expect(await grid.problem(2, 'Units')).toBeNull();
  });

  it('adds a manual budget line pasted from a spreadsheet', async () => {
    const grid = part.grid('Manual budget lines');
    await grid.addRow();
    await grid.paste('Parent survey\t2027-02\t500\tProduct');
    expect(await grid.values('Label')).toEqual(['Parent survey']);
    expect(await grid.values('Month')).toEqual(['Feb 2027']);
    expect(await grid.values('Amount')).toEqual(['500.00']);
    expect(await grid.values('Mix element')).toEqual(['Product']);
    await part.waitSaved();
  });

  it('shows the projected P&L, break-even and budget check that computeBudget gives', async () => {
    // By hand: revenue 220 × ¥50 = ¥11,000; COGS 220 × ¥20 = ¥4,400; marketing ¥3,100 (dated
    // action) + ¥200 (undated) + ¥500 (line) = ¥3,800; fixed ¥1,000.
    expect(await part.pnl('revenue')).toBe('CN¥11,000.00');
    expect(await part.pnl('cogs')).toBe('-CN¥4,400.00');
    expect(await part.pnl('grossMargin')).toBe('CN¥6,600.00');
    expect(await part.pnlLabel('grossMargin')).toContain('60% of revenue');
    expect(await part.pnl('marketing')).toBe('-CN¥3,800.00');
    expect(await part.pnl('contribution')).toBe('CN¥2,800.00');
    expect(await part.pnl('fixedCosts')).toBe('-CN¥1,000.00');
    expect(await part.pnl('profit')).toBe('CN¥1,800.00');
    // Break-even: (¥3,800 + ¥1,000) ÷ ¥30 average unit margin = 160 units = ¥8,000 of revenue;
    // cumulative contribution −¥200 (undated) −¥100 (Jan) +¥3,100 (Feb) first covers ¥1,000 in February.
    expect(await part.facts('Break-even point')).toEqual({ 'Units to sell': '160 units', 'Revenue needed': 'CN¥8,000.00', 'Reached in': 'Feb 2027' });
    expect(await part.facts('Budget vs planned spend')).toEqual({
      'Budget granted': 'CN¥4,000.00',
      'Planned spend': 'CN¥3,800.00',
      Difference: 'CN¥200.00 under budget',
    });

    const report = computeBudget(await storedPlan());
    expect(report.totals).toMatchObject({
      revenue: 1_100_000,
      cogs: 440_000,
      marketing: 380_000,
      contribution: 280_000,
      profit: 180_000,
      undatedActionsSpend: 20_000,
    });
    expect(await part.pnl('revenue')).toBe(money(report.totals.revenue));
    expect(await part.pnl('profit')).toBe(money(report.totals.profit));
    expect(report.breakEven).toEqual({ units: 160, revenue: 800_000, month: '2027-02' });
    expect(await part.facts('Budget vs planned spend')).toMatchObject({ Difference: `${money(report.budget.difference!)} under budget` });
  });

  it('adds it up month by month, with the undated spend on a row of its own', async () => {
    expect(await part.monthlyRow('2027-01')).toMatchObject({ Month: 'Jan 2027', Revenue: '5,000.00', Actions: '3,100.00', Contribution: '-100.00' });
    expect(await part.monthlyRow('2027-02')).toMatchObject({ Revenue: '6,000.00', 'Manual lines': '500.00', Contribution: '3,100.00' });
    expect(await part.monthlyRow('undated')).toMatchObject({ Month: 'No date', Actions: '200.00', Marketing: '200.00', Contribution: '-200.00' });
    expect(await part.monthlyRow('total')).toMatchObject({ Revenue: '11,000.00', Marketing: '3,800.00', Contribution: '2,800.00' });
    expect(await part.spendByMix()).toEqual({ Product: 'CN¥500.00', Price: 'CN¥0.00', Place: 'CN¥200.00', Promotion: 'CN¥3,100.00' });
  });

  it('fills every month of the plan for a product from the keyboard, as one undo step', async () => {
    await part.forecastLines();
    const button = part.main.getByRole('button', { name: 'Fill 12 months' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Fill every month of the plan' });
    await dialog.waitFor();
    // The product is chosen and its price taken from the Situation part.
    await expect(dialog.getByLabel('Product', { exact: true }).inputValue()).resolves.toBe(productId);
    await expect(dialog.getByLabel('Unit price', { exact: true }).inputValue()).resolves.toBe('64.80');
    await dialog.getByLabel('Units per month', { exact: true }).focus();
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('27.20');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const grid = await part.forecastLines();
    expect(await grid.rowCount()).toBe(14);
    expect((await grid.values('Product')).slice(2)).toEqual(Array(12).fill('Scratch coding'));
    expect((await grid.values('Revenue')).slice(2, 4)).toEqual(['648.00', '648.00']);
    await part.waitSaved();
    const report = computeBudget(await storedPlan());
    expect(report.totals.revenue).toBe(1_100_000 + 12 * 64_800);
    expect(await part.pnl('revenue')).toBe(money(report.totals.revenue));
    expect(await part.pnl('profit')).toBe(money(report.totals.profit));
    // Filling again adds nothing: every month already has the product, which is no longer offered first.
    await button.click();
    const again = page.getByRole('dialog', { name: 'Fill every month of the plan' });
    await expect(again.getByLabel('Product', { exact: true }).inputValue()).resolves.toBe('');
    await again.getByLabel('Product', { exact: true }).selectOption({ label: 'Scratch coding' });
    await expect(again.getByText('Every month already has a line for this item.').isVisible()).resolves.toBe(true);
    await expect(again.getByRole('button', { name: 'Add 0 lines' }).isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });
    // One Ctrl+Z takes all twelve lines back.
    await part.main.locator('.part-page__title').click();
    await part.undo();
    expect(await grid.rowCount()).toBe(2);
    await part.redo();
    expect(await grid.rowCount()).toBe(14);
    await part.waitSaved();
  });

  it('finds every value again after a reload', async () => {
    await page.reload();
    await part.heading(TITLE).waitFor();
    await expect(part.field('Marketing budget granted').inputValue()).resolves.toBe('4,000.00');
    await expect(part.field('Fixed costs').inputValue()).resolves.toBe('1,000.00');
    const forecast = await part.forecastLines();
    expect(await forecast.rowCount()).toBe(14);
    expect((await forecast.values('Label')).slice(0, 2)).toEqual(['Robotics course', 'Robotics course']);
    expect((await forecast.values('Units')).slice(0, 2)).toEqual(['100', '120']);
    expect((await forecast.values('Unit cost')).slice(0, 3)).toEqual(['20.00', '20.00', '27.20']);
    expect(await part.grid('Manual budget lines').values('Label')).toEqual(['Parent survey']);
    const report = computeBudget(await storedPlan());
    expect(await part.pnl('revenue')).toBe(money(report.totals.revenue));
    expect(await part.pnl('marketing')).toBe(money(-report.totals.marketing));
    expect(await part.pnl('profit')).toBe(money(report.totals.profit));
    const be = await part.facts('Break-even point');
    expect(be['Revenue needed']).toBe(money(report.breakEven.revenue!));
    expect(be['Reached in']).toBe('Feb 2027');
    // A fractional break-even is shown as the whole units to sell, rounded up.
    expect(Number.isInteger(report.breakEven.units)).toBe(false);
    expect(be['Units to sell']).toBe(`${Math.ceil(report.breakEven.units!).toLocaleString('en')} units`);
  });

  it('says so when the contribution never covers the fixed costs, and calls the result a loss', async () => {
    await part.field('Fixed costs').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1000000');
    await expect(part.field('Fixed costs').inputValue()).resolves.toBe('1000000');
    expect((await part.facts('Break-even point'))['Reached in']).toBe('Not reached within the plan');
    expect(await part.pnlLabel('profit')).toBe('Loss');
    expect(await part.pnl('profit')).toBe(money(computeBudget(await storedPlan()).totals.contribution - 100_000_000));
    await part.heading(TITLE).click();
    await part.undo();
    await expect(part.field('Fixed costs').inputValue()).resolves.toBe('1,000.00');
    expect((await part.facts('Break-even point'))['Reached in']).toBe('Feb 2027');
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
