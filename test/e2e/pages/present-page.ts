/** Present mode: the full-screen presentation of a plan, its slides, counter, notes and blank screen. */
import type { Locator, Page } from 'playwright-core';
import { waitUntil } from './wait-until';

export type TextSize = { text: string; size: number; counter: boolean };

export class PresentPage {
  constructor(readonly page: Page) {}

  /** The presentation, named after the plan ("Presentation of “…”" in English). */
  get dialog(): Locator {
    return this.page.locator('dialog.present');
  }

  get slide(): Locator {
    return this.dialog.locator('.present__slide');
  }

  /** The slide's heading. */
  get heading(): Locator {
    return this.slide.getByRole('heading', { level: 2 });
  }

  get counter(): Locator {
    return this.dialog.locator('[data-present-counter]');
  }

  get notes(): Locator {
    return this.dialog.locator('[data-present-notes]');
  }

  get notesButton(): Locator {
    return this.dialog.locator('[data-present-notes-button]');
  }

  get blank(): Locator {
    return this.dialog.locator('[data-present-blank]');
  }

  /** Every "+N more" on the slide. */
  get more(): Locator {
    return this.slide.locator('.slide-more');
  }

  quadrant(title: string): Locator {
    return this.slide.getByRole('region', { name: title, exact: true });
  }

  /** From the plan's page, with the presenters' key. */
  async startWithF5(): Promise<void> {
    await this.page.keyboard.press('F5');
    await this.dialog.waitFor();
    await this.heading.waitFor();
  }

  async startWithButton(): Promise<void> {
    await this.page.locator('[data-present-button]').click();
    await this.dialog.waitFor();
    await this.heading.waitFor();
  }

  /** "3 / 25" as numbers. */
  async position(): Promise<{ number: number; total: number }> {
    const [number, total] = (await this.counter.innerText()).split('/').map((s) => Number(s.trim()));
    return { number: number!, total: total! };
  }

  /** Presses a key and waits until the counter shows slide `expected` (1-based). */
  async press(key: string, expected?: number): Promise<void> {
    await this.page.keyboard.press(key);
    if (expected !== undefined) {
      await waitUntil(this.page, `document.querySelector('[data-present-counter]')?.textContent.trim().startsWith('${expected} /')`);
    }
  }

  /** The slide's id ("swot-matrix"). */
  async slideId(): Promise<string> {
    return (await this.slide.locator('[data-slide]').getAttribute('data-slide')) ?? '';
  }

  /** The rendered size of every visible text on the screen (screen-reader-only text left out). */
  async textSizes(): Promise<TextSize[]> {
    return this.page.evaluate<TextSize[]>(`(() => {
      const root = document.querySelector('dialog.present');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const out = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent || '').trim();
        const element = node.parentElement;
        if (!text || !element || element.closest('.visually-hidden')) continue;
        if (!element.checkVisibility() || element.getClientRects().length === 0) continue;
        out.push({ text, size: parseFloat(getComputedStyle(element).fontSize), counter: element.closest('[data-present-counter]') !== null });
      }
      return out;
    })()`);
  }

  /** Each chart picture's scale on screen: its shown width over the width it was drawn at. */
  async chartScales(): Promise<number[]> {
    return this.page.evaluate<number[]>(
      `[...document.querySelectorAll('dialog.present img[data-drawn-width]')].map((img) => img.getBoundingClientRect().width / Number(img.dataset.drawnWidth))`,
    );
  }

  /** Whether the slide's content runs past the space it has. */
  async overflows(): Promise<boolean> {
    return this.page.evaluate<boolean>(`(() => {
      const body = document.querySelector('dialog.present .slide__body');
      const slide = document.querySelector('dialog.present .present__slide');
      if (!body || !slide) return false;
      const limit = slide.getBoundingClientRect().bottom + 1;
      return body.scrollHeight > body.clientHeight + 1 || [...body.querySelectorAll('*')].some((e) => e.getBoundingClientRect().bottom > limit);
    })()`);
  }

  /** The computed style property of the first element matching `selector` in the presentation. */
  async style(selector: string, property: string): Promise<string> {
    return this.page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)}))[${JSON.stringify(property)}]`);
  }

  /** Whether the focused element has this attribute. */
  async focusHas(attribute: string): Promise<boolean> {
    return this.page.evaluate<boolean>(`document.activeElement?.hasAttribute(${JSON.stringify(attribute)}) ?? false`);
  }
}
