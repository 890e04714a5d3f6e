/** The Versions panel, Save version… and the compare view, as a user reaches them. */
import type { Locator, Page } from 'playwright-core';

export class VersionsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.locator('dialog[open]').last();
  }

  /** Save version… by its shortcut, with a name and a note. */
  async save(name: string, note: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+S');
    await this.dialog.getByLabel('Name', { exact: true }).fill(name);
    await this.dialog.getByLabel('Note', { exact: true }).fill(note);
    await this.dialog.getByRole('button', { name: 'Save version' }).click();
    await this.page.getByText(`Saved version “${name}”`).waitFor();
  }

  async openPanel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Versions…', exact: true }).click();
    await this.dialog.locator('.versions-table, .versions-panel__empty').first().waitFor();
  }

  /** The names shown in the panel's list, newest first. */
  async names(): Promise<string[]> {
    // The first text of each name cell: the name, without the "Automatic" mark and the note after it.
    return this.page.evaluate<string[]>(
      `[...document.querySelectorAll('dialog[open] .versions-table tbody th')].map((c) => (c.childNodes[0]?.textContent ?? '').trim())`,
    );
  }

  async rowAction(action: string, versionName: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `${action}: ${versionName}`, exact: true }).click();
  }

  /** Restores a version from the open panel, through its confirmation. */
  async restore(versionName: string): Promise<void> {
    await this.rowAction('Restore', versionName);
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
    await this.page
      .getByText(/^Restored “/)
      .first()
      .waitFor();
  }

  get compareResult(): Locator {
    return this.page.getByTestId('compare-result');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
}
