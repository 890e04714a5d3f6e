/**
 * The plan library as a user sees it, found by role and label (never by CSS class), so the
 * tests read like what a person does and break only when the UI stops being accessible.
 */
import type { Locator, Page } from 'playwright-core';

export type NewPlan = {
  name: string;
  client?: string;
  /** ISO code, e.g. "EUR"; the dialog's default when omitted. */
  currency?: string;
  /** The option's label: "English" or "简体中文". */
  language?: string;
  periodStart?: string;
  periodEnd?: string;
};

export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  /** The library has rendered once its h1 is there and the list has loaded (rows or an empty state). */
  async waitUntilReady(): Promise<void> {
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
    await this.page
      .getByRole('table')
      .or(this.page.getByRole('heading', { level: 2 }))
      .first()
      .waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get newPlanButton(): Locator {
    return this.page.getByRole('button', { name: 'New plan', exact: true });
  }

  get searchBox(): Locator {
    return this.page.getByLabel('Search plans');
  }

  /** The rows of the plan table (header row excluded). */
  get rows(): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** The names in the table, top to bottom; empty when no table is shown. */
  async planNames(): Promise<string[]> {
    // Read in one step inside the page: rows listed first and read one by one may be gone by then
    // (a search re-renders the table), and reading a vanished row waits out Playwright's timeout.
    return this.page.evaluate<string[]>(
      `[...(document.querySelector('table')?.querySelectorAll('tr') ?? [])].flatMap((tr) => { const td = tr.querySelector('td'); return td ? [td.innerText.trim()] : []; })`,
    );
  }

  async openNewPlanDialog(): Promise<Locator> {
    await this.newPlanButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New plan' });
    await dialog.waitFor();
    return dialog;
  }

  async fillNewPlan(dialog: Locator, plan: NewPlan): Promise<void> {
    await dialog.getByLabel('Plan name').fill(plan.name);
    if (plan.client !== undefined) await dialog.getByLabel('Client or company').fill(plan.client);
    if (plan.currency) await dialog.getByLabel('Currency').selectOption(plan.currency);
    if (plan.language) await dialog.getByLabel('Language').selectOption({ label: plan.language });
    if (plan.periodStart) await dialog.getByLabel('Plan period start').fill(plan.periodStart);
    if (plan.periodEnd) await dialog.getByLabel('Plan period end').fill(plan.periodEnd);
  }

  /** Creates a plan through the dialog; the app then opens it, and this comes back to the library. */
  async createPlan(plan: NewPlan): Promise<void> {
    const dialog = await this.openNewPlanDialog();
    await this.fillNewPlan(dialog, plan);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.page.getByRole('heading', { level: 1, name: 'Plan details' }).waitFor();
    await this.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Plans' }).click();
    await this.row(plan.name).waitFor();
  }

  /**
   * Creates a plan from a sample through "New plan from sample": picks the sample by its title
   * and, when given, the plan's language by its option label. The app then opens the new plan.
   * `ui` names the controls in the UI's language (English by default).
   */
  async createFromSample(
    sampleTitle: string,
    options: { language?: string; ui?: { button: string; dialog: string; language: string; submit: string } } = {},
  ): Promise<Locator> {
    const ui = options.ui ?? {
      button: 'New plan from sample',
      dialog: 'New plan from sample',
      language: 'Language of the plan',
      submit: 'Create plan',
    };
    await this.page.getByRole('button', { name: ui.button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: ui.dialog });
    await dialog.getByRole('radio', { name: sampleTitle }).check();
    if (options.language) await dialog.getByLabel(ui.language, { exact: true }).selectOption({ label: options.language });
    await dialog.getByRole('button', { name: ui.submit, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return dialog;
  }

  async openRowMenu(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
    const menu = this.page.getByRole('menu', { name: `Actions for ${name}`, exact: true });
    await menu.waitFor();
    return menu;
  }

  async chooseFromRowMenu(name: string, item: string): Promise<void> {
    const menu = await this.openRowMenu(name);
    await menu.getByRole('menuitem', { name: item, exact: true }).click();
  }

  async open(name: string): Promise<void> {
    await this.chooseFromRowMenu(name, 'Open');
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.chooseFromRowMenu(name, 'Rename…');
    const dialog = this.page.getByRole('dialog', { name: 'Rename plan' });
    await dialog.getByLabel('Plan name').fill(newName);
    await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.row(newName).waitFor();
  }

  async duplicate(name: string): Promise<void> {
    await this.chooseFromRowMenu(name, 'Duplicate');
  }

  async moveToTrash(name: string): Promise<void> {
    await this.chooseFromRowMenu(name, 'Move to trash');
    await this.row(name).waitFor({ state: 'detached' });
  }

  get undoButton(): Locator {
    return this.page.getByRole('status').getByRole('button', { name: 'Undo' });
  }

  async showTrash(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Trash' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Trash/ }).waitFor();
    await this.waitUntilReady();
  }

  async showPlans(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Plans' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Plans/ }).waitFor();
    await this.waitUntilReady();
  }

  async restore(name: string): Promise<void> {
    await this.chooseFromRowMenu(name, 'Restore');
    await this.row(name).waitFor({ state: 'detached' });
  }

  /** Asks to delete a trashed plan permanently; returns the confirmation dialog (not yet answered). */
  async askDeletePermanently(name: string): Promise<Locator> {
    await this.chooseFromRowMenu(name, 'Delete permanently…');
    const dialog = this.page.getByRole('alertdialog', { name: 'Delete permanently' });
    await dialog.waitFor();
    return dialog;
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }

  /** A column's header by its label ("Author"); its `aria-sort` says how the table is sorted. */
  header(label: string): Locator {
    return this.page.getByRole('table').getByRole('columnheader', { name: label, exact: true });
  }

  /** The header's sort button (Tab reaches it; Enter or Space sorts). */
  sortButton(label: string): Locator {
    return this.header(label).getByRole('button');
  }

  /** One column's texts, top to bottom. */
  async columnTexts(label: string): Promise<string[]> {
    const headers = (await this.page.getByRole('table').getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[▲▼]/g, '').trim());
    const index = headers.indexOf(label);
    if (index < 0) throw new Error(`No column "${label}" in ${headers.join(', ')}`);
    const rows = await this.rows.all();
    return Promise.all(rows.map(async (row) => (await row.getByRole('cell').nth(index).innerText()).trim()));
  }
}
