/** Plan files as a user meets them: the Import button, the export items, dropping a file, the refusal dialog. */
import type { Download, Locator, Page } from 'playwright-core';

export class PlanFilesPage {
  constructor(readonly page: Page) {}

  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Import…', exact: true });
  }

  /** Chooses a file through the Import button's file chooser. */
  async importThroughButton(name: string, content: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
  }

  /** What a drag from the file manager does: enter the window, move over it, drop. */
  async drop(name: string, content: string, options: { checkOverlay?: (overlay: Locator) => Promise<void> } = {}): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, text]) => {
        // Runs in the page; this project's Node-side types have no DOM, so name what is used.
        const page = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } };
          File: new (parts: string[], name: string, options: { type: string }) => unknown;
        };
        const data = new page.DataTransfer();
        data.items.add(new page.File([text], fileName, { type: 'application/json' }));
        return data;
      },
      [name, content] as const,
    );
    const target = this.page.locator('body');
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    if (options.checkOverlay) await options.checkOverlay(this.page.getByText('Drop to import', { exact: true }));
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  refusal(fileName: string): Locator {
    return this.page.getByRole('alertdialog', { name: `“${fileName}” can’t be imported` });
  }

  /** The refusal's problems, one "path: message" line each. */
  async problems(dialog: Locator): Promise<string[]> {
    const items = await dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem').allInnerTexts();
    return items.map((text) => text.trim());
  }

  async exportFromWorkspace(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export plan file…', exact: true }).click();
    return download;
  }
}
