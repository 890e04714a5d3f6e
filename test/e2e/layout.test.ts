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
    await page.getByRole('navigation', { name: 'Parts of the plan' }).getByRole('link', { name: /Objectives and issues/ }).click();
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
