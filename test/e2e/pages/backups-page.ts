/** The Backups screen as a user sees it, by role and label. */
import type { Locator, Page } from 'playwright-core';

export class BackupsPage {
  constructor(readonly page: Page) {}

  /** From the library: the Backups tab. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Backups' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
  }

  get rows(): Locator {
    return this.page.locator('tbody tr[data-backup-id]');
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows.count();
    await this.page.getByRole('button', { name: 'Back up now' }).click();
    await this.rows.nth(before).waitFor();
  }

  /** The row of the backup made `index`-th newest (0: the newest). */
  row(index: number): Locator {
    return this.rows.nth(index);
  }

  async restorePlan(rowIndex: number, planName: string): Promise<void> {
    await this.row(rowIndex).getByRole('button', { name: 'Show plans' }).click();
    const item = this.page.getByRole('listitem').filter({ hasText: planName });
    await item.getByRole('button', { name: 'Restore this plan' }).click();
  }

  async restoreLibrary(rowIndex: number): Promise<void> {
    await this.row(rowIndex).getByRole('button', { name: 'Restore library' }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Restore the whole library?' });
    await dialog.getByRole('button', { name: 'Restore library' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
