/** The Control part's plan versus actual: the dashboard, the grids of actual sales and spend, the threshold. */
import type { Locator, Page } from 'playwright-core';
import { GridPage } from './grid';
import { PartPage } from './part-page';

export class ActualsPage extends PartPage {
  readonly sales: GridPage;
  readonly spend: GridPage;

  constructor(page: Page, titles = { sales: 'Actual sales by product and month', spend: 'Actual spend by action or budget line and month' }) {
    super(page);
    this.sales = new GridPage(page, titles.sales);
    this.spend = new GridPage(page, titles.spend);
  }

  /** The "Show" select of a grid (units or revenue; spend or results). */
  measure(grid: GridPage): Locator {
    // Its label wraps it, so its accessible name also reads the option chosen ("Show Revenue").
    return this.main
      .locator('.actuals-grid')
      .nth(grid === this.sales ? 0 : 1)
      .locator('.forecast-grid__measure select');
  }

  /** A year-to-date card of the dashboard by its figure: revenue, spend, contribution, units. */
  card(measure: 'revenue' | 'spend' | 'contribution' | 'units'): Locator {
    return this.main.locator(`.actuals-card[data-measure="${measure}"]`);
  }

  async cardText(measure: 'revenue' | 'spend' | 'contribution' | 'units'): Promise<string> {
    const card = this.card(measure);
    return (await card.count()) > 0 ? ((await card.innerText()) ?? '').replace(/\s+/g, ' ').trim() : '';
  }

  /** The footer row of a grid ('actual', 'plan', 'variance') as its cells read. */
  async footer(grid: GridPage, row: 'actual' | 'plan' | 'variance'): Promise<string[]> {
    return (await grid.table.locator(`tfoot tr[data-total="${row}"] td`).allInnerTexts()).map((c) => c.trim());
  }

  get dashboard(): Locator {
    return this.main.locator('[data-field="control.planVsActual"]');
  }
}
