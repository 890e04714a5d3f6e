/** The method playbooks on the plan details page: attach, a step's status, insert its suggestions. */
import type { Locator, Page } from 'playwright-core';

export class PlaybooksView {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Method playbooks' });
  }

  async attach(name: string): Promise<void> {
    await this.region.getByRole('button', { name: `Attach “${name}”` }).click();
    await this.playbook(name).waitFor();
  }

  playbook(name: string): Locator {
    return this.region.getByRole('article', { name });
  }

  step(playbook: string, step: string): Locator {
    return this.playbook(playbook).getByRole('listitem').filter({ hasText: step });
  }

  /** "Covered" or "Open", as the step's badge says. */
  async stepStatus(playbook: string, step: string): Promise<string> {
    return (await this.step(playbook, step).locator('.playbook-step__status').textContent()) ?? '';
  }

  async insert(playbook: string, step: string): Promise<void> {
    await this.step(playbook, step)
      .getByRole('button', { name: `Insert the suggested rows of “${step}”` })
      .click();
  }
}
