/** The top bar: save status and the settings popover (language, appearance). */
import type { Locator, Page } from 'playwright-core';

export class TopBar {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByRole('banner');
  }

  /** "All changes saved", "Saving…" or "Couldn't save: …". */
  async saveStatus(): Promise<string> {
    return (await this.banner.getByRole('status').innerText()).trim();
  }

  /**
   * Opens Settings (whatever language the UI is in: the button's name is given) and picks a
   * language by its option label: "English", "简体中文", or the automatic choice.
   */
  async chooseLanguage(
    optionLabel: string,
    ui: { settings: string; language: string } = { settings: 'Settings', language: 'Language' },
  ): Promise<void> {
    await this.banner.getByRole('button', { name: ui.settings, exact: true }).click();
    const popover = this.page.getByRole('dialog', { name: ui.settings, exact: true });
    await popover.getByLabel(ui.language, { exact: true }).selectOption({ label: optionLabel });
    await this.page.keyboard.press('Escape');
  }

  async chooseTheme(optionLabel: string): Promise<void> {
    await this.banner.getByRole('button', { name: 'Settings', exact: true }).click();
    const popover = this.page.getByRole('dialog', { name: 'Settings', exact: true });
    await popover.getByLabel('Appearance', { exact: true }).selectOption({ label: optionLabel });
    await this.page.keyboard.press('Escape');
  }
}
