/** The Executive summary part: the narrative, its live checks and the draft from the plan. */
import type { Locator } from 'playwright-core';
import { PartPage } from './part-page';

export type CheckState = 'met' | 'not met yet' | 'none';

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

  /** Types at the very end of the narrative, as a planner adding a sentence would. */
  async appendToNarrative(text: string): Promise<void> {
    await this.narrative.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  async insertDraft(): Promise<void> {
    await this.draftPanel.getByRole('button', { name: 'Insert at end' }).click();
  }

  async replaceWithDraft(): Promise<void> {
    await this.draftPanel.getByRole('button', { name: 'Replace', exact: true }).click();
  }

  /** Whether a check ("Names the top objectives", "States the total budget") reads as met, not met, or has nothing to check. */
  async check(label: string): Promise<CheckState> {
    const checks = this.main.getByRole('region', { name: 'What management looks for' });
    const text = (await checks.locator('.summary-check__label').filter({ hasText: label }).first().innerText()).trim();
    if (text.endsWith(': met')) return 'met';
    if (text.endsWith(': not met yet')) return 'not met yet';
    return 'none';
  }

  /**
   * The checks and the part's plan-health findings, read in one go (one frame), so what they say
   * can be compared at any moment: each top objective's check and the budget check as the page
   * shows them, and the messages of "Checks for this part".
   */
  async checksAndFindings(): Promise<{ objectives: { title: string; state: CheckState }[]; budget: CheckState; findings: string[] }> {
    // Runs in the page; the test project's types know no DOM, hence the plain string.
    const raw = await this.page.evaluate<{ items: string[]; budget: string; findings: string[] }>(`(() => {
      const text = (el) => el.textContent.trim();
      const checks = document.querySelector('main .summary-checks');
      const top = [...checks.querySelectorAll(':scope > .summary-checks__list > li > .summary-check__body > .summary-check__label')].map(text);
      return {
        items: [...checks.querySelectorAll('.summary-checks__items .summary-check__label')].map(text),
        budget: top[1] ?? '',
        findings: [...document.querySelectorAll('main [data-part-health] .health-finding__message')].map(text),
      };
    })()`);
    const stateOf = (label: string): CheckState => (label.endsWith(': met') ? 'met' : label.endsWith(': not met yet') ? 'not met yet' : 'none');
    return {
      objectives: raw.items.map((label) => ({ title: label.replace(/: (met|not met yet)$/, '').replace(/^“|”$/g, ''), state: stateOf(label) })),
      budget: stateOf(raw.budget),
      // The severity is read aloud before the message ("Warning: …") but not shown.
      findings: raw.findings.map((t) => t.replace(/^(Problem|Warning):\s*/, '')),
    };
  }

  /** The error shown beside the narrative, if any. */
  async narrativeError(): Promise<string | null> {
    const error = this.main.locator('.summary-narrative .field__error');
    return (await error.count()) > 0 ? ((await error.textContent()) ?? '').trim() : null;
  }
}
