/** The Action programs part: its grid, the filter bar (by label), the count line and the timeline. */
import type { Locator, Page } from 'playwright-core';
import { GridPage } from './grid';
import { PartPage } from './part-page';
import { describedText } from './described-by';

export class ActionsPage extends PartPage {
  constructor(page: Page) {
    super(page);
  }

  get table(): GridPage {
    return this.grid('Actions');
  }

  get editor(): Locator {
    return this.main.locator('.actions-editor');
  }

  /** A filter bar control by its visible label ("Owner", "Month", "Sort by", "Search", "Colour by"). */
  control(label: string): Locator {
    return this.editor.getByLabel(label, { exact: true });
  }

  /** A status chip (a checkbox) in the "Status" group. */
  statusFilter(status: string): Locator {
    return this.editor.getByRole('group', { name: 'Status', exact: true }).getByRole('checkbox', { name: status, exact: true });
  }

  /** The titles a link cell shows, one per line ("Objectives", "Depends on"). */
  async links(row: number, column: string): Promise<string[]> {
    return (await this.table.cell(row, column)).locator('.action-links__item').allTextContents();
  }

  /** "Showing 2 of 3 actions", read from the status line under the heading. */
  async count(): Promise<string> {
    return ((await this.editor.locator('.actions-summary__count').textContent()) ?? '').trim();
  }

  /** "Cost CN¥12,000.00 of CN¥20,000.00 in all". */
  async cost(): Promise<string> {
    return ((await this.editor.locator('.actions-summary__cost').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Picks a view from the keyboard: the switch is a radio group. */
  async showView(view: 'Table' | 'Timeline'): Promise<void> {
    const radio = this.editor.getByRole('radio', { name: view, exact: true });
    await radio.focus();
    await this.page.keyboard.press('Space');
  }

  get timeline(): Locator {
    return this.editor.getByRole('img', { name: 'Timeline of the actions (Gantt chart)', exact: true });
  }

  /**
   * The bars the timeline draws: ECharts draws each bar and each legend swatch as an SVG path
   * filled with its series' colour; the swatches are 10×10, the bars taller, so a bar is a path
   * in a legend colour that is not a swatch.
   */
  async timelineBars(): Promise<number> {
    type Box = { width: number; height: number };
    type Shape = { getAttribute(name: string): string | null; getBBox(): Box };
    type Frame = { querySelectorAll(selector: string): Iterable<Shape> };
    return this.timeline.evaluate((frame: Frame) => {
      const shapes = [...frame.querySelectorAll('svg path')].map((p) => ({ fill: p.getAttribute('fill'), box: p.getBBox() }));
      const swatch = (box: Box) => Math.round(box.width) === 10 && Math.round(box.height) === 10;
      const legend = new Set(shapes.filter((s) => swatch(s.box)).map((s) => s.fill));
      return shapes.filter((s) => legend.has(s.fill) && !swatch(s.box)).length;
    });
  }

  /** The timeline's text alternative ("Timeline of the actions from … 3 in all: …"). */
  async timelineDescription(): Promise<string> {
    return (await describedText(this.timeline)) ?? '';
  }
}
