/** The Budget part's read-only figures: the P&L statement, break-even, the budget check and the monthly table. */
import type { Locator, Page } from 'playwright-core';
import { GridPage } from './grid';
import { PartPage } from './part-page';

export type PnlLine = 'revenue' | 'cogs' | 'grossMargin' | 'marketing' | 'contribution' | 'fixedCosts' | 'profit';

export class BudgetPage extends PartPage {
  constructor(page: Page) {
    super(page);
  }

  /** The forecast's per-line table, folded under the grid: unfolds it. */
  async forecastLines(): Promise<GridPage> {
    const details = this.main.locator('details.forecast-lines');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    const grid = this.grid('Forecast lines');
    await grid.table.waitFor();
    return grid;
  }

  /** The forecast grid: products × months. */
  get forecastGrid(): GridPage {
    return this.grid('Forecast by product and month');
  }

  get pnlTable(): Locator {
    return this.main.getByRole('table', { name: 'Projected profit and loss' });
  }

  /** The amount of one line of the P&L statement, as shown. */
  async pnl(line: PnlLine): Promise<string> {
    return ((await this.pnlTable.locator(`tr[data-line="${line}"] td`).textContent()) ?? '').trim();
  }

  /** The label of one line (it says "Loss" instead of "Profit" below zero, and carries the margin %). */
  async pnlLabel(line: PnlLine): Promise<string> {
    return ((await this.pnlTable.locator(`tr[data-line="${line}"] th`).textContent()) ?? '').trim();
  }

  /** A card (break-even, budget check) as term → value. */
  async facts(card: 'Break-even point' | 'Budget vs planned spend'): Promise<Record<string, string>> {
    const region = this.main.getByRole('region', { name: card, exact: true });
    const rows = region.locator('.budget-facts__row');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const term = ((await rows.nth(i).locator('dt').textContent()) ?? '').trim();
      out[term] = ((await rows.nth(i).locator('dd').textContent()) ?? '').trim();
    }
    return out;
  }

  async cardText(card: 'Break-even point' | 'Budget vs planned spend'): Promise<string> {
    return ((await this.main.getByRole('region', { name: card, exact: true }).textContent()) ?? '').trim();
  }

  get monthlyTable(): Locator {
    return this.main.getByRole('table', { name: /^Budget by month/ });
  }

  /** One row of the monthly table ('2027-02', 'undated' or 'total') as column header → cell text. */
  async monthlyRow(month: string): Promise<Record<string, string>> {
    const headers = (await this.monthlyTable.locator('thead th').allInnerTexts()).map((h) => h.trim());
    const cells = (await this.monthlyTable.locator(`tr[data-month="${month}"] > *`).allInnerTexts()).map((c) => c.trim());
    return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
  }

  /** Spend by mix element: element → amount. */
  async spendByMix(): Promise<Record<string, string>> {
    const table = this.main.getByRole('table', { name: 'Spend by mix element' });
    const rows = table.locator('tbody tr');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const cells = await rows.nth(i).locator('th, td').allInnerTexts();
      out[cells[0]!.trim()] = cells[1]!.trim();
    }
    return out;
  }
}
