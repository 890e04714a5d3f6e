/** The "Tier customers by RFM" dialog of the situation's customer part. */
import type { Locator, Page } from 'playwright-core';

export class RfmDialogPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /Tier customers by RFM|按 RFM 给客户分层/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /Tier customers by RFM…|按 RFM 给客户分层…/ }).click();
    await this.dialog.waitFor();
  }

  /** Pastes a list into the labelled list field and asks for the preview, from the keyboard. */
  async paste(list: string): Promise<void> {
    await this.dialog.getByLabel(/Customer list \(CSV\)|客户名单（CSV）/).fill(list);
    await this.dialog.getByRole('button', { name: /^(Preview|预览)$/ }).focus();
    await this.page.keyboard.press('Enter');
  }

  /** The labelled panel of the customer list kept in the plan (customers section). */
  get keptPanel(): Locator {
    return this.page.getByRole('region', { name: /Kept customer list|保留的客户名单/ });
  }

  /** Opens the dialog on the kept list, to tier it again. */
  async retier(): Promise<void> {
    await this.keptPanel.getByRole('button', { name: /^(Re-tier|重新分层)$/ }).click();
    await this.dialog.waitFor();
  }

  /** Removes the kept list, confirming in the dialog that asks. */
  async removeKept(): Promise<void> {
    await this.keptPanel.getByRole('button', { name: /^(Remove customer list|移除客户名单)$/ }).click();
    const confirm = this.page.getByRole('alertdialog', { name: /Remove the kept customer list\?|移除保留的客户名单？/ });
    await confirm.getByRole('button', { name: /^(Remove customer list|移除客户名单)$/ }).click();
    await confirm.waitFor({ state: 'detached' });
  }

  /** A preview table's body, as the rows' cell texts. */
  async table(name: string): Promise<string[][]> {
    const table = this.dialog.getByRole('table', { name });
    await table.waitFor();
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from((r as unknown as { children: ArrayLike<{ textContent: string | null }> }).children, (c) => c.textContent ?? '')),
      );
  }
}
