/**
 * The card editors (SWOT board, TOWS strategies, objectives): groups found by their heading,
 * cards by their label ("Strength 2", "ST strategy 1", "Financial objective 1"), each card's
 * text box, scores, evidence and tools.
 */
import type { Locator, Page } from 'playwright-core';
import { describedText } from './described-by';

export class CardBoard {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** A quadrant or group of cards: "Strengths", "ST strategies", "Marketing objectives". */
  group(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** A card by its label. */
  card(label: string): Locator {
    return this.main.getByRole('article', { name: label, exact: true });
  }

  /** The card's main text (statement, strategy, title), named by the card's label. */
  text(label: string): Locator {
    return this.main.getByRole('textbox', { name: label, exact: true });
  }

  /** The box that adds a card to a group: "New strength", "New ST strategy". */
  addBox(label: string): Locator {
    return this.main.getByRole('textbox', { name: label, exact: true });
  }

  /** Types into a group's add box and presses Enter, once per text. */
  async add(label: string, ...texts: string[]): Promise<void> {
    await this.addBox(label).focus();
    for (const text of texts) {
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    }
  }

  /** The main texts of a group's cards, in order. */
  async texts(group: string): Promise<string[]> {
    return this.group(group)
      .locator('[data-card-text]')
      .evaluateAll((boxes) => boxes.map((b) => (b as unknown as { value: string }).value));
  }

  /** The card labels of a group, in order. */
  async labels(group: string): Promise<string[]> {
    return (await this.group(group).locator('article header label').allTextContents()).map((s) => s.trim());
  }

  score(card: string, name: string): Locator {
    return this.card(card).getByRole('radiogroup', { name, exact: true });
  }

  /** The chosen score (1–5), or null when none is chosen. */
  async scoreValue(card: string, name: string): Promise<number | null> {
    const chosen = this.score(card, name).locator('[role="radio"][aria-checked="true"]');
    return (await chosen.count()) === 0 ? null : Number(await chosen.getAttribute('data-score'));
  }

  evidencePicker(card: string): Locator {
    return this.card(card).getByRole('combobox', { name: 'Evidence', exact: true });
  }

  /** The evidence chip's text ("Competitor · CodeFuture"), or null when there is none. */
  async evidence(card: string): Promise<string | null> {
    const chip = this.card(card).locator('.evidence-chip__text');
    return (await chip.count()) === 0 ? null : ((await chip.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The paired-item chips of a TOWS card, as they read ("S1 Small classes…"). */
  async pairs(card: string): Promise<string[]> {
    // textContent, not innerText: a card scrolled out of view is not rendered (content-visibility), and innerText reads the rendering.
    return (await this.card(card).locator('.pair-chip').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  /** The refusal shown beside a card's main text, or null. */
  async textProblem(label: string): Promise<string | null> {
    return describedText(this.text(label));
  }

  // The test project compiles without the DOM's types: page code reads elements through small shapes.

  /** Whether the element has the keyboard focus. */
  async isFocused(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const node = el as unknown as { ownerDocument: { activeElement: unknown } };
      return node.ownerDocument.activeElement === node;
    });
  }

  /** The value of the focused text box, or null. */
  async focusedValue(): Promise<string | null> {
    return (await this.page.evaluate('document.activeElement && "value" in document.activeElement ? document.activeElement.value : null')) as
      string | null;
  }

  /** The accessible label (aria-label) of the focused element, or null. */
  async focusedLabel(): Promise<string | null> {
    return (await this.page.evaluate('document.activeElement ? document.activeElement.getAttribute("aria-label") : null')) as string | null;
  }

  /** The labels of the checkboxes in a group, as they read. */
  async checkboxLabels(group: Locator): Promise<string[]> {
    return group
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((b) => (b as unknown as { parentElement: { textContent: string } }).parentElement.textContent));
  }

  /** The labels of a select's option groups. */
  async optionGroups(select: Locator): Promise<string[]> {
    return select.locator('optgroup').evaluateAll((groups) => groups.map((g) => (g as unknown as { label: string }).label));
  }

  /** The label of a select's chosen option. */
  async selectedLabel(select: Locator): Promise<string> {
    return select.evaluate((el) => (el as unknown as { selectedOptions: { label: string }[] }).selectedOptions[0]!.label);
  }

  tool(card: string, name: 'Move up' | 'Move down' | 'Delete'): Locator {
    return this.card(card).getByRole('button', { name: `${name} · ${card}`, exact: true });
  }
}
