/** The Budget part's Scenarios section: its two tables, what each scenario changes, the side-by-side figures. */
import type { Locator, Page } from 'playwright-core';
import { BudgetPage } from './budget-page';
import type { GridPage } from './grid';

export class ScenariosPage extends BudgetPage {
  constructor(page: Page) {
    super(page);
  }

  get scenarios(): GridPage {
    return this.grid('Scenarios');
  }

  get overrides(): GridPage {
    return this.grid('Line overrides');
  }

  get compareTable(): Locator {
    return this.main.getByRole('table', { name: 'Base case and scenarios side by side' });
  }

  /** The column headers of the side-by-side table after "Figure": the base case, then each scenario. */
  async compareColumns(): Promise<string[]> {
    return (await this.compareTable.locator('thead th').allInnerTexts()).slice(1).map((h) => h.trim());
  }

  /** One figure's cells, base case first: the value shown, without the change against the base case under it. */
  async figure(figure: string): Promise<string[]> {
    const cells = this.compareTable.locator(`tr[data-figure="${figure}"] td`);
    return cells.evaluateAll((tds) =>
      tds.map((td) => {
        const cell = td as unknown as { childNodes: ArrayLike<{ nodeType: number; textContent: string | null }> };
        // The value is the cell's own text; the delta is a child element.
        return Array.from(cell.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
      }),
    );
  }

  /** What each scenario changes, as the list says it: scenario name → sentence. */
  async changes(): Promise<Record<string, string>> {
    const items = this.main.getByRole('region', { name: 'What each scenario changes' }).locator('.scenario-changes__item');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await items.count()); i++) {
      out[((await items.nth(i).locator('dt').textContent()) ?? '').trim()] = ((await items.nth(i).locator('dd').textContent()) ?? '').trim();
    }
    return out;
  }
}
