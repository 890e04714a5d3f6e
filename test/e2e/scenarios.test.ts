// Scenarios end to end: a scenario typed into its table beside the base case, its volume cut, a
// product moved on its own by a line override; the side-by-side P&L and break-even must equal
// computeBudget on the scenario's inputs (applyScenario), what it changes is listed in words, and
// Ctrl+Z takes each change back.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain';
import { formatMoney } from '../../shared/format/money';
import { scenarioOutcomes } from '../../shared/logic';
import { call, app, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { ControlPage } from './pages/control-page';
import { ScenariosPage } from './pages/scenarios-page';

let part: ScenariosPage;
let teaId: string;

const storedPlan = () => call<Plan>('plans.get', { planId });
const money = (minor: number) => formatMoney(minor, 'CNY', 'en');
const outcomes = async () => scenarioOutcomes(await storedPlan(), 'Base case');

useAppForFile({ plan: 'Sparkling tea 2027' });

beforeAll(async () => {
  teaId = crypto.randomUUID();
  const cupsId = crypto.randomUUID();
  for (const [id, name] of [
    [teaId, 'Oolong tea'],
    [cupsId, 'Jasmine tea'],
  ] as const) {
    await call('rows.upsert', { planId, collection: 'products', row: { id, name, salesVolume: null, price: null, marginPct: null, stage: null } });
  }
  // Across the year: 1,000 cans of each at ¥6.50 (cost ¥2.35), and a ¥12,000 campaign.
  for (const [productId, month] of [
    [teaId, '2027-03'],
    [teaId, '2027-09'],
    [cupsId, '2027-06'],
  ] as const) {
    await call('rows.upsert', {
      planId,
      collection: 'forecastLines',
      row: { id: crypto.randomUUID(), productId, label: '', month, units: 1_000, unitPrice: 650, unitCost: 235 },
    });
  }
  await call('rows.upsert', {
    planId,
    collection: 'budgetLines',
    row: { id: crypto.randomUUID(), label: 'Launch campaign', month: '2027-03', amount: 120_000, mixElement: 'promotion' },
  });
  await call('fields.set', { planId, part: 'budget', fields: { marketingBudget: null, fixedCosts: 300_000 } });
  part = new ScenariosPage(page);
  await part.open(app.url, planId, 'budget', 'Budget');
});

describe('Scenarios', () => {
  it('creates a scenario in its table and shows it beside the base case', async () => {
    const grid = part.scenarios;
    await grid.table.scrollIntoViewIfNeeded();
    await grid.addRow();
    await page.keyboard.type('Pessimistic');
    await page.keyboard.press('Tab');
    await page.keyboard.type('-15');
    await page.keyboard.press('Tab');
    await page.keyboard.type('-2.5');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    await expect.poll(() => part.compareColumns()).toEqual(['Base case', 'Pessimistic']);
    const [base, low] = await outcomes();
    expect(low!.report.totals.units).toBe(2_550);
    // Each line's price falls to ¥6.34 (633.75 fen rounds half up to 634): 850 × 6.34 × 3.
    expect(low!.report.totals.revenue).toBe(3 * 850 * 634);
    await expect.poll(() => part.figure('revenue')).toEqual([money(base!.report.totals.revenue), money(low!.report.totals.revenue)]);
    await expect.poll(() => part.figure('profit')).toEqual([money(base!.report.totals.profit), money(low!.report.totals.profit)]);
    await expect.poll(() => part.figure('units')).toEqual(['3,000', '2,550']);
    await expect.poll(() => part.changes()).toEqual({ Pessimistic: 'All lines: volume -15%; All lines: price -2.5%' });
  });

  it('moves one product on its own with a line override, listed in words', async () => {
    const plan = await storedPlan();
    const scenarioId = plan.collections.scenarios[0]!.id;
    const grid = part.overrides;
    await grid.addRow();
    await page.keyboard.press('Escape');
    const line = await grid.cell(1, 'Line');
    await line.click();
    await page.keyboard.press('Enter');
    await grid.editor(1, 'Line').selectOption({ label: 'Product: Oolong tea' });
    await page.keyboard.press('Tab');
    await page.keyboard.type('-40');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    await expect
      .poll(async () => (await storedPlan()).collections.scenarioOverrides)
      .toEqual([expect.objectContaining({ scenarioId, productId: teaId, volumePct: -40, pricePct: null })]);
    await expect
      .poll(() => part.changes())
      .toEqual({ Pessimistic: 'All lines: volume -15%; All lines: price -2.5%; Product: Oolong tea: volume -40%' });
    const [, low] = await outcomes();
    // Oolong: 600 cans in each of its two months; jasmine still 850.
    expect(low!.report.totals.units).toBe(600 + 600 + 850);
    await expect.poll(() => part.figure('revenue').then((cells) => cells[1])).toBe(money(low!.report.totals.revenue));
    await expect
      .poll(() => part.figure('breakEvenMonth').then((cells) => cells[1]))
      .toBe(
        low!.report.breakEven.month
          ? new Date(`${low!.report.breakEven.month}-01T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })
          : 'Not within the period',
      );
  });

  it('undoes the override, then the volume cut, with Ctrl+Z; redo brings them back', async () => {
    await part.main.locator('.part-page__title').click();
    await part.undo(); // the override's volume
    await part.undo(); // its line
    await part.undo(); // the override row
    await expect.poll(() => part.changes()).toEqual({ Pessimistic: 'All lines: volume -15%; All lines: price -2.5%' });
    await part.undo(); // the price change
    await expect.poll(() => part.changes()).toEqual({ Pessimistic: 'All lines: volume -15%' });
    await part.waitSaved();
    const [base, low] = await outcomes();
    expect(low!.report.totals.revenue).toBe(2_550 * 650);
    await expect.poll(() => part.figure('revenue')).toEqual([money(base!.report.totals.revenue), money(2_550 * 650)]);
    await part.redo();
    await expect.poll(() => part.changes()).toEqual({ Pessimistic: 'All lines: volume -15%; All lines: price -2.5%' });
    await part.waitSaved();
  });

  it('links a KPI’s targets to the forecast: shown as linked, following the forecast, unlinked with its values kept', async () => {
    const kpiId = crypto.randomUUID();
    await call('rows.upsert', {
      planId,
      collection: 'kpis',
      row: {
        id: kpiId,
        metric: 'Cans sold',
        objectiveId: null,
        owner: 'Sales',
        unit: 'cans',
        periodKind: 'month',
        direction: 'higherIsBetter',
        controlKind: 'annualPlan',
        correctiveAction: '',
        periods: [{ period: '2027-03', target: null, actual: 900 }],
      },
    });
    const control = new ControlPage(page);
    await control.open(app.url, planId, 'control', 'Control');
    await page.reload();
    await control.heading('Control').waitFor();
    await control.main.getByRole('button', { name: 'Targets from the forecast…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Targets from the revenue forecast' });
    await dialog.getByLabel('Of', { exact: true }).selectOption({ label: 'Oolong tea' });
    await dialog.getByLabel('How', { exact: true }).selectOption('link');
    await dialog.getByRole('button', { name: 'Link the targets' }).click();
    await dialog.waitFor({ state: 'detached' });
    await control.waitSaved();
    // Stored: the link, and only the actual.
    const stored = (await storedPlan()).collections.kpis.find((k) => k.id === kpiId)!;
    expect(stored).toMatchObject({ targetsFrom: 'units', targetsProductId: teaId, periods: [{ period: '2027-03', target: null, actual: 900 }] });
    const note = control.main.getByRole('note').filter({ hasText: 'Targets linked to the forecast' });
    await expect.poll(() => note.textContent()).toContain('units sold of Oolong tea');
    const march = control.main.getByRole('textbox', { name: 'Target, Mar 2027 (follows the forecast)', exact: true });
    await expect.poll(() => march.inputValue()).toBe('1,000');
    await expect.poll(() => march.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => control.periodRow('2027-03').then((r) => r.status)).toBe('At risk');
    await expect.poll(() => control.main.locator('.kpi-linked-tag').count()).toBe(1);
    // The forecast changes: the target follows, with nothing written to the KPI.
    const line = (await storedPlan()).collections.forecastLines.find((l) => l.productId === teaId && l.month === '2027-03')!;
    await call('rows.upsert', { planId, collection: 'forecastLines', row: { ...line, units: 900 } });
    await page.reload();
    await control.heading('Control').waitFor();
    await expect.poll(() => march.inputValue()).toBe('900');
    await expect.poll(() => control.periodRow('2027-03').then((r) => r.status)).toBe('On track');
    // Unlink keeps the values as they are now; one Ctrl+Z links again.
    await control.main.getByRole('button', { name: 'Unlink and keep the current values' }).click();
    await control.waitSaved();
    const own = (await storedPlan()).collections.kpis.find((k) => k.id === kpiId)!;
    expect(own.targetsFrom ?? null).toBeNull();
    expect(own.periods.find((p) => p.period === '2027-03')).toEqual({ period: '2027-03', target: 900, actual: 900 });
    const ownMarch = control.periodInput('Target', 'Mar 2027');
    await expect.poll(() => ownMarch.getAttribute('readonly')).toBeNull();
    await control.heading('Control').click();
    await control.undo();
    await expect.poll(() => note.count()).toBe(1);
    await control.waitSaved();
    await expect.poll(async () => (await storedPlan()).collections.kpis.find((k) => k.id === kpiId)!.targetsFrom).toBe('units');
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
