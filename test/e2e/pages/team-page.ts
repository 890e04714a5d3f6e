/** The library's Team view (the team library on PostgreSQL) as a user sees it, by role and label. */
import type { Locator, Page } from 'playwright-core';

export type ConnectionFields = {
  host?: string;
  port?: string;
  database?: string;
  user?: string;
  password?: string;
  /** The option's label, e.g. "No TLS (this computer only)". */
  sslMode?: string;
  caFile?: string;
};

export class TeamPage {
  constructor(readonly page: Page) {}

  /** From the library: the Team tab. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Team' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Team library' }).waitFor();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Connection' });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  get host(): Locator {
    return this.field('Host');
  }

  get sslMode(): Locator {
    return this.field('Secure connection (TLS)');
  }

  /** The error or hint under a field of the connection form. */
  note(label: string): Locator {
    return this.form
      .locator('.field')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.field__error, .field__hint');
  }

  /** "Edit connection" when the form is folded away (a library already set up). */
  async showConnection(): Promise<void> {
    if (await this.form.isVisible()) return;
    await this.page.getByRole('button', { name: 'Edit connection' }).click();
    await this.form.waitFor();
  }

  async fill(fields: ConnectionFields): Promise<void> {
    if (fields.host !== undefined) await this.host.fill(fields.host);
    if (fields.port !== undefined) await this.field('Port').fill(fields.port);
    if (fields.database !== undefined) await this.field('Database').fill(fields.database);
    if (fields.user !== undefined) await this.field('User name').fill(fields.user);
    if (fields.password !== undefined) await this.field('Password').fill(fields.password);
    if (fields.sslMode !== undefined) await this.sslMode.selectOption({ label: fields.sslMode });
    if (fields.caFile !== undefined) await this.field('CA certificate file (optional)').fill(fields.caFile);
  }

  /** Pastes text into the Host field as a clipboard paste does (a postgres:// link fills the form). */
  async pasteIntoHost(text: string): Promise<void> {
    await this.host.focus();
    await this.host.evaluate((el, pasted) => {
      // Runs in the page; the Node side's types have no DOM, so the page's globals are named here.
      const w = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, value: string): void };
        ClipboardEvent: new (type: string, init: object) => unknown;
      };
      const data = new w.DataTransfer();
      data.setData('text/plain', pasted);
      (el as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(
        new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  async sslModeOptions(): Promise<string[]> {
    return this.sslMode.locator('option').allTextContents();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save', exact: true }).click();
  }

  async test(): Promise<Locator> {
    await this.form.getByRole('button', { name: 'Test', exact: true }).click();
    const result = this.page.getByRole('region', { name: 'Connected' }).or(this.page.getByRole('region', { name: 'Could not connect' }));
    await result.waitFor();
    return result;
  }

  async forget(): Promise<void> {
    await this.form.getByRole('button', { name: 'Forget', exact: true }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Forget this team library?' });
    await dialog.getByRole('button', { name: 'Forget', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  get plansTable(): Locator {
    return this.page.getByRole('table', { name: 'Team plans' });
  }

  /** A team plan's row, by the plan's name. */
  planRow(name: string): Locator {
    return this.plansTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The row's state badge text ("In step", "Changed here", … or "Not on this computer"). */
  async stateOf(name: string): Promise<string> {
    return ((await this.planRow(name).getByRole('cell').nth(5).textContent()) ?? '').trim();
  }

  async openPlan(name: string): Promise<void> {
    await this.planRow(name)
      .getByRole('button', { name: `Open ${name}`, exact: true })
      .click();
  }

  async syncPlan(name: string): Promise<void> {
    await this.planRow(name)
      .getByRole('button', { name: `Sync ${name}`, exact: true })
      .click();
  }

  async chooseFromPlanMenu(name: string, item: string): Promise<void> {
    await this.planRow(name)
      .getByRole('button', { name: `More actions for ${name}`, exact: true })
      .click();
    await this.page
      .getByRole('menu', { name: `More actions for ${name}`, exact: true })
      .getByRole('menuitem', { name: item })
      .click();
  }

  async syncAll(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Sync all', exact: true }).click();
    const summary = this.page.getByRole('status').filter({ has: this.page.getByRole('heading', { name: 'Sync finished' }) });
    await summary.waitFor();
    return summary;
  }

  get conflicts(): Locator {
    return this.page.getByRole('region', { name: /^Conflicts/ });
  }

  conflict(name: string): Locator {
    return this.conflicts.getByRole('listitem').filter({ hasText: name });
  }

  /** Keep mine or Take theirs on a conflict, confirmed in its dialog. */
  async resolve(name: string, keep: 'Keep mine' | 'Take theirs'): Promise<void> {
    await this.conflict(name)
      .getByRole('button', { name: `${keep} ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: keep, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
