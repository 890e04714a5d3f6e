/** "Prepare for class" as a trainer meets it: from a plan's row menu, names pasted, a zip downloaded (browser mode). */
import type { Download, Locator, Page } from 'playwright-core';

export class HandOutDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Prepare “.*” for class$/ });
  }

  /** Opens the dialog from the library row menu of the plan named `planName`. */
  async openFromLibrary(planName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${planName}`, exact: true }).click();
    await this.page
      .getByRole('menu', { name: `Actions for ${planName}`, exact: true })
      .getByRole('menuitem', { name: 'Prepare for class…' })
      .click();
    await this.dialog.waitFor();
  }

  get names(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Participants, one per line' });
  }

  get className(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Class name (optional)' });
  }

  /** The count under the names ("3 participants · 1 repeated name left out"): the text the names field is described by. */
  async countText(): Promise<string> {
    const id = await this.names.getAttribute('aria-describedby');
    return id ? (await this.page.locator(`[id="${id}"]`).innerText()).trim() : '';
  }

  async downloadZip(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Download zip', exact: true }).click();
    return download;
  }
}
