/** Class mode as a trainer meets it: the import of many files, the class board, its sorting and exports. */
import type { Download, Locator, Page } from 'playwright-core';

export type FileSpec = { name: string; content: string };

export class ClassModePage {
  constructor(readonly page: Page) {}

  /** Chooses several files at once through the library's Import button. */
  async importFiles(files: FileSpec[]): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import…', exact: true }).click();
    await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.content, 'utf8') })));
    const dialog = this.page.getByRole('dialog', { name: `Import ${files.length} plan files` });
    await dialog.waitFor();
    return dialog;
  }

  fileRow(dialog: Locator, fileName: string): Locator {
    return dialog.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: fileName, exact: true }) });
  }

  authorField(dialog: Locator, fileName: string): Locator {
    return dialog.getByRole('textbox', { name: `Participant for ${fileName}`, exact: true });
  }

  get board(): Locator {
    return this.page.getByRole('table', { name: /^Participants of / });
  }

  /** The board's participant rows (not the median), as their cells' text. */
  async rows(): Promise<string[][]> {
    return this.board
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          Array.from((r as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells).map((c) => (c.textContent ?? '').trim()),
        ),
      );
  }

  async medianRow(): Promise<string[]> {
    return this.board
      .locator('tfoot tr')
      .evaluate((r) =>
        Array.from((r as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells).map((c) => (c.textContent ?? '').trim()),
      );
  }

  sortButton(label: string): Locator {
    return this.board.getByRole('button', { name: label, exact: true });
  }

  header(label: string): Locator {
    return this.board.getByRole('columnheader').filter({ has: this.page.getByRole('button', { name: label, exact: true }) });
  }

  async download(label: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: label, exact: true }).click();
    return download;
  }
}
