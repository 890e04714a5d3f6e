/** An open plan: the part rail, the plan-details editor and the way back to the library. */
import type { Locator, Page } from 'playwright-core';

export class PlanWorkspacePage {
  constructor(readonly page: Page) {}

  async waitUntilOpen(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Parts of the plan' }).waitFor();
  }

  get rail(): Locator {
    return this.page.getByRole('navigation', { name: 'Parts of the plan' });
  }

  get mainHeading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(label, { exact: true });
  }

  async openSection(title: string): Promise<void> {
    await this.rail.getByRole('link', { name: title }).click();
    await this.page.getByRole('main').getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** The id of the open plan, read from the address (#/plans/<id>/<part>). */
  planId(): string {
    const match = /#\/plans\/([^/]+)/.exec(this.page.url());
    if (!match) throw new Error(`No plan open at ${this.page.url()}`);
    return match[1]!;
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Plans' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Plans/ }).waitFor();
  }
}
