// Plan versus actual end to end: actual sales typed and pasted into the products × months grid,
// revenue and units as two views of one actual per cell; actual spend of an action and a budget
// line, an action's results; the dashboard's year to date from the stored actuals; a variance
// beyond the threshold flagged in the health panel, whose Fix lands on the cell; the threshold the
// user sets; both languages (screenshots with PLANWRIGHT_SCREENSHOTS).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain';
import { planVsActual } from '../../shared/logic';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { ActualsPage } from './pages/actuals-page';
import { HealthPanelPage } from './pages/health-panel';

const SHOTS = process.env.PLANWRIGHT_SCREENSHOTS;
const ids = { tea: crypto.randomUUID(), box: crypto.randomUUID(), ads: crypto.randomUUID(), retainer: crypto.randomUUID() };
const storedPlan = () => call<Plan>('plans.get', { planId });
let part: ActualsPage;
let health: HealthPanelPage;

useAppForFile({ plan: 'Sparkling tea 2027', viewport: { width: 1280, height: 720 } });

beforeAll(async () => {
  const row = (collection: string, r: unknown) => call('rows.upsert', { planId, collection, row: r });
  await row('products', { id: ids.tea, name: 'Oolong sparkling tea', salesVolume: null, price: 500, marginPct: 40, stage: null });
  await row('products', { id: ids.box, name: 'Gift box', salesVolume: null, price: 5_800, marginPct: 50, stage: null });
  for (const month of ['2027-01', '2027-02', '2027-03']) {
    await row('forecastLines', { id: crypto.randomUUID(), productId: ids.tea, label: '', month, units: 1_000, unitPrice: 500, unitCost: 300 });
    await row('forecastLines', { id: crypto.randomUUID(), productId: ids.box, label: '', month, units: 100, unitPrice: 5_800, unitCost: 2_900 });
  }
  await row('actions', {
    id: ids.ads,
    title: 'Spring ads',
    start: '2027-03-01',
    end: '2027-03-31',
    owner: 'Li',
    cost: 310_000,
    objectiveIds: [],
    mixElement: 'promotion',
    status: 'inProgress',
    dependsOn: [],
  });
  await row('budgetLines', { id: ids.retainer, label: 'Agency retainer', month: '2027-02', amount: 100_000, mixElement: 'promotion' });
  part = new ActualsPage(page);
  health = new HealthPanelPage(page);
  await part.open(app.url, planId, 'control', 'Control');
});

describe('Plan versus actual', () => {
  it('says there are no actuals yet, and shows a row per product with its plan', async () => {
    await expect.poll(() => part.dashboard.innerText()).toContain('No actuals yet');
    expect(await part.sales.values('Product')).toEqual(['Oolong sparkling tea', 'Gift box']);
    // Revenue first: the plan of January is 1,000 × ¥5 + 100 × ¥58.
    expect((await part.footer(part.sales, 'plan')).slice(1, 4)).toEqual(['10,800.00', '10,800.00', '10,800.00']);
  });

  it('takes actual revenue typed and units pasted, one actual per product and month', async () => {
    await part.sales.focusCell(1, 'Jan');
    await page.keyboard.type('4800');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5200');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    await part.measure(part.sales).selectOption('units');
    await part.sales.focusCell(1, 'Jan');
    // Two rows × two months from a spreadsheet: January and February's units of both products.
    await part.sales.paste('960\t1040\n90\t110');
    await part.waitSaved();
    await expect
      .poll(async () =>
        (await storedPlan()).collections.actualSales
          .map((a) => `${a.productId === ids.tea ? 'tea' : 'box'} ${a.month} ${a.units} ${a.revenue}`)
          .sort(),
      )
      .toEqual(['box 2027-01 90 null', 'box 2027-02 110 null', 'tea 2027-01 960 480000', 'tea 2027-02 1040 520000']);
    expect(await part.sales.value(1, 'Feb')).toBe('1,040');
  });

  it('shows the year to date as the stored actuals give it', async () => {
    await part.measure(part.sales).selectOption('revenue');
    await part.sales.focusCell(2, 'Jan');
    await page.keyboard.type('5220');
    await page.keyboard.press('Tab');
    await page.keyboard.type('6380');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    const pva = planVsActual(await storedPlan());
    expect(pva.ytd!.revenue).toMatchObject({ plan: 2_160_000, actual: 2_160_000, variance: 0 });
    await expect.poll(() => part.cardText('revenue')).toBe('Sales (CNY) 21,600.00 Plan 21,600.00 0% on plan');
    await expect.poll(() => part.cardText('units')).toBe('Units sold 2,200 Plan 2,200 0% on plan');
  });

  it('flags spend beyond the threshold in the health panel; Fix lands on the cell; the threshold set clears it', async () => {
    // The retainer cost ¥1,300 in February instead of ¥1,000: 30 % over.
    await part.spend.focusCell(2, 'Feb');
    await page.keyboard.type('1300');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    const message =
      'Spend on “Agency retainer” is +30% off plan this year to date (through Feb 2027): CN¥1,300.00 against CN¥1,000.00, beyond your 10% threshold.';
    await health.waitForFinding(message);
    await expect.poll(() => part.cardText('spend')).toBe('Marketing spend (CNY) 1,300.00 Plan 1,000.00 +30% worse than plan');
    await page.getByRole('heading', { name: 'Control', level: 1 }).scrollIntoViewIfNeeded();
    await health.fixButton(message).click();
    await expect.poll(async () => (await health.focused()).column).toBe('m-2027-02');
    expect((await health.focused()).rowId).toBe(ids.retainer);

    await part.field('Flag variances beyond').fill('35');
    await part.field('Flag variances beyond').press('Tab');
    await health.waitForNoFinding('Spend on “Agency retainer”');
    await expect.poll(async () => (await storedPlan()).fields.control.varianceThresholdPct).toBe(35);
  });

  it('counts an action’s results for its cost per result', async () => {
    await part.measure(part.spend).selectOption('results');
    await part.spend.focusCell(1, 'Mar');
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await part.measure(part.spend).selectOption('amount');
    await part.spend.focusCell(1, 'Mar');
    await page.keyboard.type('4000');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    await expect
      .poll(async () => (await storedPlan()).collections.actualSpend.find((a) => a.actionId === ids.ads))
      .toMatchObject({ month: '2027-03', amount: 400_000, results: 25 });
    // Clearing the February figure deletes the actual: an empty cell is no row.
    await part.spend.focusCell(2, 'Feb');
    await page.keyboard.press('Delete');
    await part.waitSaved();
    await expect.poll(async () => (await storedPlan()).collections.actualSpend.some((a) => a.budgetLineId === ids.retainer)).toBe(false);
    if (SHOTS) {
      await page.getByRole('heading', { name: 'Plan versus actual', level: 2 }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'plan-vs-actual-en-1280.png') });
      await part.sales.region.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'actual-sales-en-1280.png') });
    }
  });

  it('reads in Chinese', async () => {
    await call('settings.set', { language: 'zh-CN' });
    await page.reload();
    const zh = new ActualsPage(page, { sales: '按产品和月份的实际销售', spend: '按行动或预算项和月份的实际支出' });
    await page.getByRole('heading', { name: '计划与实际对比', level: 2 }).waitFor();
    await expect.poll(() => zh.cardText('revenue')).toMatch(/^销售额（CNY） 21,600\.00 计划 21,600\.00/);
    expect(await zh.sales.values('产品')).toEqual(['Oolong sparkling tea', 'Gift box']);
    if (SHOTS) {
      await page.getByRole('heading', { name: '计划与实际对比', level: 2 }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'plan-vs-actual-zh-1280.png') });
      await zh.spend.region.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'actual-spend-zh-1280.png') });
    }
    expect(problems).toEqual([]);
  });
});
