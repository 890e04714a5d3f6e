/** An EditableGrid found by its visible heading: cells by row number and column header, its editors, its row menu. */
import type { Locator, Page } from 'playwright-core';

export class GridPage {
  constructor(
    readonly page: Page,
    readonly label: string,
  ) {}

  /** The section holding the heading, the table and its footer (Add row). */
  get region(): Locator {
    return this.page.getByRole('region', { name: this.label, exact: true });
  }

  get table(): Locator {
    return this.page.getByRole('grid', { name: this.label, exact: true });
  }

  /** The rows in the page: all of them in a table under 30 rows, the ones near the view in a longer one. */
  get rows(): Locator {
    return this.table.locator('tbody tr[data-row-id]');
  }

  /** Row `row` (from 1, as the row header shows it), found by its aria-rowindex (the header row is 1). */
  row(row: number): Locator {
    return this.table.locator(`tbody tr[aria-rowindex="${row + 1}"]`);
  }

  /** How many rows the table has (aria-rowcount counts the header row), rendered or not. */
  async rowCount(): Promise<number> {
    return Number(await this.table.getAttribute('aria-rowcount')) - 1;
  }

  async columnIndex(header: string): Promise<number> {
    // Each header's name without its unit ("Size" of "Size people", "Unit price" of "Unit priceCNY").
    const names = await this.table.locator('thead tr[aria-rowindex="1"] th').evaluateAll((ths) =>
      ths.map((th) => {
        const text = (th as { textContent: string | null }).textContent ?? '';
        const unit =
          (th as unknown as { querySelector(s: string): { textContent: string | null } | null }).querySelector('.grid__unit')?.textContent ?? '';
        return (unit && text.endsWith(unit) ? text.slice(0, -unit.length) : text).trim();
      }),
    );
    // The first header is the row number; cells of a row are the <td>s after its row header.
    const index = names.slice(1).findIndex((h) => h === header || h.split('\n')[0] === header);
    if (index < 0) throw new Error(`No column “${header}” in grid “${this.label}” (${names.join(' | ')})`);
    return index;
  }

  /** The cell of row `row` (from 1, as the row header shows) under `column`. */
  async cell(row: number, column: string): Promise<Locator> {
    return this.row(row)
      .locator('td[role="gridcell"]')
      .nth(await this.columnIndex(column));
  }

  /** What the cell shows (its value, or the text that was refused). */
  async value(row: number, column: string): Promise<string> {
    return ((await (await this.cell(row, column)).locator('.grid__value').textContent()) ?? '').trim();
  }

  /** The refusal shown in the cell, or null. */
  async problem(row: number, column: string): Promise<string | null> {
    const problem = (await this.cell(row, column)).locator('.grid__problem');
    return (await problem.count()) > 0 ? ((await problem.textContent()) ?? '').trim() : null;
  }

  async values(column: string): Promise<string[]> {
    const count = await this.rowCount();
    const out: string[] = [];
    for (let row = 1; row <= count; row++) out.push(await this.value(row, column));
    return out;
  }

  /** The editor open in a cell: named "Column — row N". */
  editor(row: number, column: string): Locator {
    return this.table.getByLabel(`${column} — row ${row}`, { exact: true });
  }

  async focusCell(row: number, column: string): Promise<void> {
    await (await this.cell(row, column)).click();
  }

  async addRow(): Promise<void> {
    await this.region.getByRole('button', { name: 'Add row', exact: true }).click();
  }

  /** Pastes text as a spreadsheet puts it on the clipboard, into whatever has the focus. */
  async paste(text: string): Promise<void> {
    // The function runs in the page; the test project's types know no DOM, hence the plain string.
    await this.page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', ${JSON.stringify(text)});
      (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    })()`);
  }

  async openRowMenu(row: number): Promise<void> {
    const button = this.table.getByRole('button', { name: `Row ${row} actions`, exact: true });
    // Menus close when their page scrolls; let the scroll that brings the button into view land first.
    await button.scrollIntoViewIfNeeded();
    await this.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await button.click();
  }

  async deleteRow(row: number): Promise<void> {
    await this.openRowMenu(row);
    await this.page.getByRole('menuitem', { name: 'Delete row…' }).click();
  }
}
