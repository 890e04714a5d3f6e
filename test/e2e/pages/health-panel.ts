/** The plan's health: the side panel's section, a part page's own findings, the rail's badges, and what "Fix" focuses. */
import type { Locator, Page } from 'playwright-core';
import { waitUntil } from './wait-until';

export class HealthPanelPage {
  constructor(
    readonly page: Page,
    readonly titles = { panel: 'Plan health', part: 'Checks for this part', fix: 'Fix', rail: 'Parts of the plan' },
  ) {}

  /** The "Plan health" section of the side panel. */
  get panel(): Locator {
    return this.page.getByRole('complementary').getByRole('region', { name: this.titles.panel, exact: true });
  }

  /** The findings of the part shown in the middle column ("Checks for this part"). */
  get partFindings(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: this.titles.part, exact: true });
  }

  /** The part titles the panel groups its findings under, in order. */
  async groups(): Promise<string[]> {
    return (await this.panel.getByRole('heading', { level: 3 }).locator('.health-group__name').allInnerTexts()).map((t) => t.trim());
  }

  /** "0 problems" / "9 warnings" as the panel shows them. */
  async counts(): Promise<string[]> {
    return (await this.panel.locator('.health-counts > .health-count').allInnerTexts()).map((t) => t.trim());
  }

  /** Every finding message in the panel (without its hint). */
  async messages(scope: Locator = this.panel): Promise<string[]> {
    const texts = await scope.locator('.health-finding__message').allInnerTexts();
    // The severity is read aloud before the message ("Warning: …") but not shown.
    return texts.map((t) => t.replace(/^(Problem|Warning|问题|提醒):\s*/, '').trim());
  }

  finding(message: string, scope: Locator = this.panel): Locator {
    return scope.getByRole('listitem').filter({ hasText: message });
  }

  fixButton(message: string, scope: Locator = this.panel): Locator {
    return this.finding(message, scope).getByRole('button', { name: this.titles.fix, exact: true });
  }

  /** Waits until the panel lists a finding with this message (the checks follow edits a frame late). */
  async waitForFinding(message: string, scope: Locator = this.panel): Promise<void> {
    await this.finding(message, scope).first().waitFor();
  }

  async waitForNoFinding(message: string, scope: Locator = this.panel): Promise<void> {
    await this.finding(message, scope).first().waitFor({ state: 'detached' });
  }

  async waitAllClear(text = 'The plan is complete and consistent'): Promise<void> {
    await this.panel.locator('.health-clear').getByText(text, { exact: true }).waitFor();
  }

  async isAllClear(text = 'The plan is complete and consistent'): Promise<boolean> {
    return this.panel.locator('.health-clear').getByText(text, { exact: true }).isVisible();
  }

  /** What the rail's badge of a part says aloud ("2 problems, 1 warning"), or null when the part is clear. */
  async railBadge(partTitle: string): Promise<string | null> {
    const link = this.page.getByRole('navigation', { name: this.titles.rail }).getByRole('link', { name: partTitle });
    const badge = link.locator('.rail-health .visually-hidden');
    return (await badge.count()) > 0 ? ((await badge.textContent()) ?? '').trim() : null;
  }

  /** What has the focus: its tag, the `data-field` around it, the grid column and row it is in. */
  async focused(): Promise<{ tag: string; field: string | null; column: string | null; rowId: string | null; highlighted: boolean }> {
    // Runs in the page; the test project's types know no DOM, hence the plain string.
    return this.page.evaluate(`(() => {
      const el = document.activeElement;
      const lit = el && (el.closest('[data-fix-highlight]') !== null);
      return {
        tag: el ? el.tagName.toLowerCase() : '',
        field: el?.closest('[data-field]')?.getAttribute('data-field') ?? null,
        column: el?.closest('td[data-column]')?.getAttribute('data-column') ?? null,
        rowId: el?.closest('[data-row-id]')?.getAttribute('data-row-id') ?? null,
        highlighted: lit,
      };
    })()`);
  }

  /** Waits until the focus is where a Fix should put it. */
  async waitForFocus(test: string): Promise<void> {
    await waitUntil(this.page, test);
  }
}
