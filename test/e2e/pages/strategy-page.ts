/** The Marketing strategy part: the scoring grid, target cards, positioning, the competitive guide and the 4P tabs. */
import type { Locator } from 'playwright-core';
import { PartPage } from './part-page';
import { describedText } from './described-by';

export class StrategyPage extends PartPage {
  get scores() {
    return this.grid('Segment scores');
  }

  section(title: string): Locator {
    return this.main.getByRole('region', { name: title, exact: true });
  }

  /** The names on the "Target markets" cards, in their order (most attractive first). */
  async targetNames(): Promise<string[]> {
    return this.main
      .getByRole('region', { name: /^Target markets/ })
      .locator('.target-card__name')
      .allInnerTexts();
  }

  /** The warning chips right under a field (the positioning statement, the promotion audience). */
  async warningsNear(label: string): Promise<string[]> {
    const chips = this.field(label).locator(
      'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " field ")][1]/following-sibling::ul[contains(@class, "field-warnings")][1]/li',
    );
    return (await chips.allInnerTexts()).map((t) => t.trim());
  }

  tab(name: string | RegExp): Locator {
    return this.main.getByRole('tablist', { name: 'Marketing mix' }).getByRole('tab', { name });
  }

  /** The visible tab panel of the 4P. */
  get mixPanel(): Locator {
    return this.main.locator('[role="tabpanel"]:not([hidden])');
  }

  /** The error or hint text shown right under a labelled field. */
  async messageBeside(label: string): Promise<string | null> {
    return describedText(this.field(label));
  }
}
