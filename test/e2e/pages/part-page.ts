/** A part's page: its title, completeness, guidance, fields by label, its grids, undo and redo. */
import type { Locator, Page } from 'playwright-core';
import { GridPage } from './grid';

export class PartPage {
  constructor(readonly page: Page) {}

  async open(appUrl: string, planId: string, part: string, title: string): Promise<void> {
    await this.page.goto(new URL(`#/plans/${planId}/${part}`, appUrl).toString());
    await this.heading(title).waitFor();
  }

  heading(title: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: title });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** "3/7" beside the title. */
  async completeness(): Promise<string> {
    return ((await this.main.locator('.completeness__text').textContent()) ?? '').trim();
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  /** A rich-text narrative: a multi-line textbox named by its label. */
  richText(label: string): Locator {
    return this.main.getByRole('textbox', { name: label, exact: true });
  }

  grid(label: string): GridPage {
    return new GridPage(this.page, label);
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** Waits until the top bar says every edit has reached the backend. */
  async waitSaved(): Promise<void> {
    await this.page.getByRole('banner').getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    // A save scheduled in this very frame shows "Saving…" a tick later; look once more after it.
    await this.page.waitForTimeout(50);
    await this.page.getByRole('banner').getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  }
}
