// The workspace's layout on laptop screens: the document itself never scrolls (only the three
// columns do), on every part of a sample at 1280×720 and 1440×900; and a part reached by Next,
// the rail or Alt+↓ opens at its top, whatever the previous part's scroll position.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, useAppForFile } from './fixtures/app-session';
import { PartPage } from './pages/part-page';
import { PART_TITLES } from './pages/part-titles';

const PARTS = ['summary', 'situation', 'swot', 'objectives', 'strategy', 'actions', 'budget', 'control'] as const;
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

type DocumentBox = { scrollWidth: number; scrollHeight: number; clientWidth: number; clientHeight: number; scrollTop: number; scrollLeft: number };

// A string expression: the Node-side tsconfig has no DOM types.
const DOCUMENT_BOX = `(() => {
  const el = document.scrollingElement;
  return { scrollWidth: el.scrollWidth, scrollHeight: el.scrollHeight, clientWidth: el.clientWidth, clientHeight: el.clientHeight,
    scrollTop: el.scrollTop, scrollLeft: el.scrollLeft };
})()`;

const mainScrollTop = () => page.evaluate<number>(`document.querySelector('.workspace__main').scrollTop`);

let planId: string;
let part: PartPage;

useAppForFile({ viewport: VIEWPORTS[0] });

beforeAll(async () => {
  part = new PartPage(page);
  planId = (await call<{ id: string }>('plans.createFromSample', { sample: 'education', language: 'en' })).id;
});

describe('the document never scrolls', () => {
  for (const viewport of VIEWPORTS) {
    it(`keeps every part inside a ${viewport.width}×${viewport.height} window`, async () => {
      await page.setViewportSize(viewport);
      for (const [index, key] of PARTS.entries()) {
        await part.open(app.url, planId, key, PART_TITLES[index]!);
        // Charts and deferred sections arrive a frame or two after the heading.
        await page.waitForTimeout(300);
        const box = await page.evaluate<DocumentBox>(DOCUMENT_BOX);
        expect({ part: key, width: box.scrollWidth, height: box.scrollHeight }).toEqual({
          part: key,
          width: box.clientWidth,
          height: box.clientHeight,
        });
        // Wheeling far past the end of the middle column scrolls the column, never the window.
        await page.mouse.move(viewport.width / 2, viewport.height / 2);
        await page.mouse.wheel(3000, 20000);
        await page.waitForTimeout(100);
        // Even a script asking the window to scroll finds nothing to scroll.
        await page.evaluate('window.scrollTo(5000, 5000)');
        const after = await page.evaluate<DocumentBox>(DOCUMENT_BOX);
        expect({ part: key, top: after.scrollTop, left: after.scrollLeft }).toEqual({ part: key, top: 0, left: 0 });
      }
    });
  }
});

// Every number in a table cell, as far as its text reaches, left and right, against its cell's inner box.
const CUT_NUMBERS = `(() => {
  const cut = [];
  for (const value of document.querySelectorAll('main td.grid__cell--num .grid__value')) {
    const cell = value.closest('td');
    const range = document.createRange();
    range.selectNodeContents(value);
    const text = range.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    const style = getComputedStyle(cell);
    const left = box.left + parseFloat(style.paddingLeft) - 1;
    const right = box.right - parseFloat(style.paddingRight) + 1;
    if (value.textContent.trim() && (text.left < left || text.right > right)) cut.push(cell.dataset.column + ': ' + value.textContent);
  }
  return cut;
})()`;

describe('numbers in tables', () => {
  it('size their columns to the longest value, so none is cut', async () => {
    const plan = await call<{ collections: { forecastLines: Record<string, unknown>[] } }>('plans.get', { planId });
    const line = plan.collections.forecastLines[0]!;
    await call('rows.upsert', { planId, collection: 'forecastLines', row: { ...line, units: 1_450_000, unitPrice: 123_456_789_00 } });
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const [index, key] of PARTS.entries()) {
        await part.open(app.url, planId, key, PART_TITLES[index]!);
        await page.waitForTimeout(300);
        expect({ part: key, cut: await page.evaluate<string[]>(CUT_NUMBERS) }).toEqual({ part: key, cut: [] });
      }
    }
  });
});

describe('a part opens at its top', () => {
  beforeAll(async () => {
    await page.setViewportSize(VIEWPORTS[0]!);
  });

  const scrollDown = async () => {
    await page.evaluate(`(() => { const m = document.querySelector('.workspace__main'); m.scrollTop = m.scrollHeight; })()`);
    expect(await mainScrollTop()).toBeGreaterThan(200);
  };

  it('after Next from the bottom of the previous part', async () => {
    await part.open(app.url, planId, 'situation', PART_TITLES[1]!);
    await scrollDown();
    await page.getByRole('navigation', { name: 'Previous and next part' }).getByRole('link', { name: /Next/ }).click();
    await part.heading(PART_TITLES[2]!).waitFor();
    expect(await mainScrollTop()).toBe(0);
  });

  it('after choosing a part in the rail', async () => {
    await scrollDown();
    await page
      .getByRole('navigation', { name: 'Parts of the plan' })
      .getByRole('link', { name: /Objectives and issues/ })
      .click();
    await part.heading(PART_TITLES[3]!).waitFor();
    expect(await mainScrollTop()).toBe(0);
  });

  it('after Alt+↓', async () => {
    await scrollDown();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await part.heading(PART_TITLES[4]!).waitFor();
    expect(await mainScrollTop()).toBe(0);
  });
});

describe('laptop widths', () => {
  const columnWidths = () =>
    page.evaluate<{ rail: number; main: number; panel: number }>(`(() => {
      const w = (s) => Math.round(document.querySelector(s).getBoundingClientRect().width);
      return { rail: w('.workspace__rail'), main: w('.workspace__main'), panel: w('.workspace__panel') };
    })()`);

  it('folds the rail and the side panel, and remembers it', async () => {
    await page.setViewportSize(VIEWPORTS[0]!);
    await page.evaluate('localStorage.removeItem("planwright.railHidden"); localStorage.removeItem("planwright.panelHidden")');
    await part.open(app.url, planId, 'budget', PART_TITLES[6]!);
    await page.reload();
    await part.heading(PART_TITLES[6]!).waitFor();
    const before = await columnWidths();
    await page.getByRole('button', { name: 'Hide the parts', exact: true }).click();
    await page.getByRole('button', { name: 'Hide progress and plan health', exact: true }).click();
    const folded = await columnWidths();
    expect(folded.rail).toBeLessThan(60);
    expect(folded.panel).toBeLessThan(60);
    expect(folded.main).toBeGreaterThan(before.main + 400);
    // The health stays in sight on the folded panel, and the choice outlives a reload.
    await page.reload();
    await part.heading(PART_TITLES[6]!).waitFor();
    expect(await columnWidths()).toEqual(folded);
    await page.getByRole('button', { name: /^Show progress and plan health — Plan health: / }).click();
    await page.getByRole('complementary').getByRole('region', { name: 'Plan health', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Show the parts', exact: true }).click();
    await page.getByRole('navigation', { name: 'Parts of the plan' }).waitFor();
  });

  it('keeps the first column of a wide table in place while it scrolls sideways', async () => {
    await page.setViewportSize(VIEWPORTS[0]!);
    await part.open(app.url, planId, 'budget', PART_TITLES[6]!);
    const place = () =>
      page.evaluate<{ offset: number; hit: boolean; scrolled: number }>(`(() => {
        const block = document.querySelector('.forecast-grid [data-collection="forecastLines"]');
        const scroller = block.querySelector('.grid__scroll');
        scroller.scrollLeft = scroller.scrollWidth;
        const cell = block.querySelector('tbody td[data-column="product"]');
        // Bring the row into view vertically only (scrollIntoView would scroll the table back sideways).
        document.querySelector('.workspace__main').scrollTop += cell.getBoundingClientRect().top - 300;
        const box = cell.getBoundingClientRect();
        const after = box;
        const hit = document.elementFromPoint(after.left + after.width / 2, after.top + after.height / 2);
        return { offset: Math.round(box.left - scroller.getBoundingClientRect().left), hit: cell.contains(hit), scrolled: scroller.scrollLeft };
      })()`);
    const seen = await place();
    expect(seen.scrolled).toBeGreaterThan(0);
    // Right after the row number (44 px), wherever the table is scrolled to.
    expect(seen.offset).toBeGreaterThanOrEqual(43);
    expect(seen.offset).toBeLessThanOrEqual(46);
    expect(seen.hit).toBe(true);
  });

  it('keeps the plan health in reach at 150 % zoom (a 1440×900 window is 960×600 CSS pixels)', async () => {
    await part.open(app.url, planId, 'budget', PART_TITLES[6]!);
    await page.evaluate('localStorage.removeItem("planwright.railHidden"); localStorage.removeItem("planwright.panelHidden")');
    await page.setViewportSize({ width: 960, height: 600 });
    await page.reload();
    await part.heading(PART_TITLES[6]!).waitFor();
    // Narrow: both side columns start folded, the middle column has the room.
    expect((await columnWidths()).main).toBeGreaterThan(800);
    const open = page.getByRole('button', { name: /^Show progress and plan health — Plan health: / });
    const box = await open.boundingBox();
    expect(box && box.x + box.width <= 960 && box.y + box.height <= 600).toBe(true);
    await open.click();
    const health = page.getByRole('complementary').getByRole('region', { name: 'Plan health', exact: true });
    await health.waitFor();
    const shown = await health.boundingBox();
    expect(shown && shown.x >= 0 && shown.x + shown.width <= 960).toBe(true);
    expect((await columnWidths()).main).toBeGreaterThan(400);
  });
});
