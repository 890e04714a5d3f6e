/** The "Import from spreadsheet…" dialog of a table (actions, budget lines, forecast, KPI actuals, actual sales and spend). */
import type { Locator, Page } from 'playwright-core';

export class SheetImportDialogPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /from a spreadsheet|从表格导入/ });
  }

  /** The table's "Import from spreadsheet…" button, pressed from the keyboard. */
  async open(table: 'actions' | 'budget-lines' | 'forecast' | 'kpi-actuals' | 'actual-sales' | 'actual-spend'): Promise<void> {
    const button = this.page.locator(`button[data-sheet-import="${table}"]`);
    await button.focus();
    await this.page.keyboard.press('Enter');
    await this.dialog.waitFor();
  }

  /** Chooses a file in the labelled file field, as the user's file picker would. */
  async choose(file: { name: string; bytes: Uint8Array }): Promise<void> {
    const input = this.dialog.getByLabel(/Spreadsheet \(\.xlsx or \.csv\)|表格文件/);
    await input.setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
    await this.dialog.getByRole('table').waitFor();
  }

  get sheet(): Locator {
    return this.dialog.getByLabel(/^(Sheet|工作表)$/);
  }

  /** The field select under column `index` (0-based). */
  mapping(index: number): Locator {
    return this.dialog.locator(`select[data-column="${index}"]`);
  }

  get importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Import|导入)$/ });
  }

  /** The summary line ("Ready: …") or null while problems remain. */
  get summary(): Locator {
    return this.dialog.locator('.sheet-import__summary');
  }

  /** The problem list's lines. */
  async problems(): Promise<string[]> {
    const alert = this.dialog.locator('.sheet-import__problems');
    if ((await alert.count()) === 0) return [];
    return alert.locator('li').allTextContents();
  }

  /** The preview's highlighted cells, as "row:column" (1-based sheet row, 0-based column). */
  async invalidCells(): Promise<string[]> {
    return this.dialog
      .locator('td[aria-invalid="true"]')
      .evaluateAll((cells) => cells.map((c) => (c as unknown as { getAttribute(name: string): string | null }).getAttribute('data-cell') ?? ''));
  }

  async importAll(): Promise<void> {
    await this.importButton.focus();
    await this.page.keyboard.press('Enter');
    await this.dialog.waitFor({ state: 'detached' });
  }
}
