/** The Executive summary part: the narrative, its live checks and the draft from the plan. */
import type { Locator } from 'playwright-core';
import { PartPage } from './part-page';

export class SummaryPage extends PartPage {
  get narrative(): Locator {
    return this.richText('Executive summary');
  }

  get draftPanel(): Locator {
    return this.main.getByRole('complementary', { name: 'Draft from the plan' });
  }

  get draftPreview(): Locator {
    return this.draftPanel.getByRole('region', { name: 'Draft preview' });
  }

  async insertDraft(): Promise<void> {
    await this.draftPanel.getByRole('button', { name: 'Insert at end' }).click();
  }

  async replaceWithDraft(): Promise<void> {
    await this.draftPanel.getByRole('button', { name: 'Replace', exact: true }).click();
  }

  /** Whether a check ("Names the top objectives", "States the total budget") reads as met, not met, or has nothing to check. */
  async check(label: string): Promise<'met' | 'not met yet' | 'none'> {
    const checks = this.main.getByRole('region', { name: 'What management looks for' });
    const text = (await checks.locator('.summary-check__label').filter({ hasText: label }).first().innerText()).trim();
    if (text.endsWith(': met')) return 'met';
    if (text.endsWith(': not met yet')) return 'not met yet';
    return 'none';
  }

  /** The error shown beside the narrative, if any. */
  async narrativeError(): Promise<string | null> {
    const error = this.main.locator('.summary-narrative .field__error');
    return (await error.count()) > 0 ? ((await error.textContent()) ?? '').trim() : null;
  }
}
