/** The keyboard shortcuts dialog: its groups, and the keys shown for each shortcut. */
import type { Locator, Page } from 'playwright-core';

export class ShortcutsDialogPage {
  constructor(
    readonly page: Page,
    readonly title = 'Keyboard shortcuts',
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.title, exact: true });
  }

  /** Opens it with the top bar's keyboard button. */
  async openFromTopBar(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: this.title, exact: true }).click();
    await this.dialog.waitFor();
  }

  async groups(): Promise<string[]> {
    // Not innerText: the titles are shown in capitals.
    return (await this.dialog.getByRole('heading', { level: 3 }).allTextContents()).map((t) => t.trim());
  }

  /** The labels of one group's shortcuts, in order. */
  async labels(group: string): Promise<string[]> {
    const section = this.dialog.getByRole('region', { name: group, exact: true });
    return (await section.locator('dd').allInnerTexts()).map((t) => t.trim());
  }

  /** The keys of a shortcut as shown: caps of one combination joined by spaces, the ways of pressing it by " / " ("Ctrl Shift Z / Ctrl Y"). */
  async keys(label: string, group?: string): Promise<string> {
    const scope = group ? this.dialog.getByRole('region', { name: group, exact: true }) : this.dialog;
    const row = scope.locator('.shortcut-sheet__row').filter({ has: this.page.locator('dd').getByText(label, { exact: true }) });
    const combos = row.first().locator('.shortcut-sheet__combo');
    const out: string[] = [];
    for (let i = 0; i < (await combos.count()); i++) out.push((await combos.nth(i).locator('kbd').allInnerTexts()).map((k) => k.trim()).join(' '));
    return out.join(' / ');
  }

  /**
   * The layout as measured: whether the body overflows sideways or must scroll, whether it fits the window,
   * and per group the distinct left edges of its key columns and of its labels (one each when aligned).
   */
  async layout(): Promise<{
    overflowsSideways: boolean;
    scrolls: boolean;
    fitsWindow: boolean;
    groups: { keysLeft: number[]; labelsLeft: number[]; capsOverflow: boolean }[];
  }> {
    // Runs in the page; the test project's types know no DOM, hence the plain string.
    return this.page.evaluate(`(() => {
      const dialog = document.querySelector('dialog[open]');
      const body = dialog.querySelector('.shortcut-sheet');
      const distinct = (xs) => [...new Set(xs.map((x) => Math.round(x)))];
      const rect = dialog.getBoundingClientRect();
      return {
        overflowsSideways: body.scrollWidth > body.clientWidth + 1,
        scrolls: body.scrollHeight > body.clientHeight + 1,
        fitsWindow: rect.left >= 0 && rect.right <= innerWidth && rect.top >= 0 && rect.bottom <= innerHeight,
        groups: [...body.querySelectorAll('.shortcut-sheet__group')].map((g) => {
          const rows = [...g.querySelectorAll('.shortcut-sheet__row')];
          return {
            keysLeft: distinct(rows.map((r) => r.querySelector('dt').getBoundingClientRect().left)),
            labelsLeft: distinct(rows.map((r) => r.querySelector('dd').getBoundingClientRect().left)),
            // A cap spilling out of its column into the description.
            capsOverflow: rows.some((r) => {
              const dt = r.querySelector('dt').getBoundingClientRect();
              return [...r.querySelectorAll('kbd')].some((k) => k.getBoundingClientRect().right > dt.right + 0.5);
            }),
          };
        }),
      };
    })()`);
  }
}
