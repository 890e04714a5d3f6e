/** The Control part: the KPI overview, the period table of the KPI in view, its corrective action. */
import type { Locator, Page } from 'playwright-core';
import { PartPage } from './part-page';
import { describedText } from './described-by';

export class ControlPage extends PartPage {
  constructor(page: Page) {
    super(page);
  }

  /** The target or actual input of a period, by its label: "Target, Jan 2027". */
  periodInput(kind: 'Target' | 'Actual', period: string): Locator {
    return this.main.getByRole('textbox', { name: `${kind}, ${period}`, exact: true });
  }

  /** The refusal shown right under a period input, or null. */
  async periodProblem(kind: 'Target' | 'Actual', period: string): Promise<string | null> {
    return describedText(this.periodInput(kind, period));
  }

  /** One row of the period table ('2027-01' or '2027-Q1'): variance, variance % and status as shown. */
  async periodRow(period: string): Promise<{ variance: string; variancePct: string; status: string }> {
    const cells = this.main.locator(`.kpi-table--periods tr[data-period="${period}"] td`);
    const text = async (i: number) => ((await cells.nth(i).textContent()) ?? '').trim();
    return { variance: await text(2), variancePct: await text(3), status: await text(4) };
  }

  /** The latest status the overview shows for a KPI, by its metric. */
  async overviewStatus(metric: string): Promise<string> {
    const row = this.main
      .locator('.kpi-table--overview tbody tr')
      .filter({ has: this.page.getByRole('button', { name: `Show ${metric}`, exact: true }) });
    return ((await row.locator('.kpi-status').textContent()) ?? '').trim();
  }

  /** "1 On track", "0 At risk", … as the overview counts them. */
  async overviewCounts(): Promise<string[]> {
    return (await this.main.locator('.kpi-overview__counts li').allInnerTexts()).map((s) => s.trim());
  }

  get kpiSelect(): Locator {
    return this.field('KPI');
  }
}
