// Spreadsheet habits in the tables: Tab past the last cell adds a row (and leaves the table from a
// row still untouched), Ctrl+Enter adds a row even mid-edit, a new row does not complain about what
// it lacks until the user leaves it, and a paste's report goes with the next key.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { BudgetPage } from './pages/budget-page';
import { PartPage } from './pages/part-page';

let part: PartPage;
// The selected cell's focus sits in its typing catcher (components/grid/typing-catcher.tsx); the cell is around it.
const FOCUSED_CELL = `(document.activeElement?.matches('[data-typing-catcher]') ? document.activeElement.closest('td') : document.activeElement)`;
const activeText = () => page.evaluate<string | undefined>(`${FOCUSED_CELL}?.textContent?.trim()`);
const activeCell = () =>
  page.evaluate<string | null>(
    `(() => { const el = ${FOCUSED_CELL}; return el && el.tagName === 'TD' ? el.closest('tr').getAttribute('aria-rowindex') + ':' + el.getAttribute('data-column') : null; })()`,
  );

useAppForFile({ plan: 'Spring enrolment' });

beforeAll(async () => {
  part = new PartPage(page);
  await part.open(app.url, planId, 'situation', 'Current marketing situation');
});

describe('spreadsheet habits', () => {
  it('adds a row with Tab on the last cell of the last row, and leaves the table from an untouched one', async () => {
    const segments = part.grid('Segments');
    await segments.addRow();
    const k = page.keyboard;
    await k.type('Working parents');
    await k.press('Tab');
    await k.type('52000');
    await k.press('Tab');
    await k.type('4.2');
    await k.press('Tab');
    await k.type('After-school care');
    await k.press('Tab');
    // A second row, with the cursor in its first cell.
    await expect.poll(() => segments.rowCount()).toBe(2);
    await expect.poll(activeCell).toBe('3:name');
    expect(await segments.value(1, 'Needs')).toBe('After-school care');
    // From the untouched new row, Tab walks its cells and then leaves the table.
    for (let i = 0; i < 4; i++) await k.press('Tab');
    await expect.poll(activeText).toBe('Add row');
    expect(await segments.rowCount()).toBe(2);
  });

  it('keeps a new row quiet about its empty name until the user leaves the row', async () => {
    const segments = part.grid('Segments');
    // The row left empty above, once left, says what it lacks; naming it answers that.
    expect(await segments.problem(2, 'Name')).not.toBeNull();
    await segments.focusCell(2, 'Name');
    await page.keyboard.type('Retirees');
    await page.keyboard.press('Enter');
    await expect.poll(() => segments.problem(2, 'Name')).toBeNull();

    // A new row (Ctrl+Enter below row 2), its size typed first: no complaint about its name yet.
    await segments.focusCell(2, 'Needs');
    await page.keyboard.press('Control+Enter');
    await expect.poll(activeCell).toBe('4:name');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('900');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect(await segments.value(3, 'Size')).toBe('900');
    expect(await segments.problem(3, 'Name')).toBeNull();
    // Leaving the row: now it says what it lacks.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => segments.problem(3, 'Name')).not.toBeNull();
    await segments.focusCell(3, 'Name');
    await page.keyboard.type('Grandparents');
    await page.keyboard.press('Enter');
    await expect.poll(() => segments.problem(3, 'Name')).toBeNull();
  });

  it('adds a row with Ctrl+Enter while a cell is being edited, keeping what was typed', async () => {
    const segments = part.grid('Segments');
    await segments.focusCell(1, 'Needs');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' near home');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => segments.rowCount()).toBe(4);
    expect(await segments.value(1, 'Needs')).toBe('After-school care near home');
    // The new row sits below the one being edited, with the cursor in its first cell.
    await expect.poll(activeCell).toBe('3:name');
  });

  it('clears the paste’s report with the next key', async () => {
    const segments = part.grid('Segments');
    await page.keyboard.type('Teachers');
    await page.keyboard.press('Enter');
    await segments.focusCell(4, 'Name');
    await segments.paste('Exam-year students\t1200\nStudents\t800');
    const report = segments.region.getByText('2 rows pasted');
    expect(await segments.values('Name')).toEqual(['Working parents', 'Teachers', 'Retirees', 'Exam-year students', 'Students']);
    await expect(report.isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => report.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

/** How many of the picker's choices can be seen and hit: the point at each one's centre lands on it. */
const CHOICES_IN_SIGHT = `(() => {
  const picker = document.querySelector('.grid-editor__popover');
  let seen = 0;
  for (const choice of picker.querySelectorAll('label')) {
    const box = choice.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (hit && choice.contains(hit)) seen++;
  }
  return seen;
})()`;

describe('link pickers', () => {
  it('open whole, above the table, even in a table of one row', async () => {
    for (const [n, title] of ['Enrol 900 new students', 'Raise renewals to 72%', 'Grow revenue to 12 m', 'Convert 35% of trials'].entries()) {
      await call('rows.upsert', {
        planId,
        collection: 'objectives',
        row: {
          id: `00000000-0000-4000-8000-00000000000${n}`,
          kind: 'marketing',
          metric: null,
          title,
          baseline: null,
          target: null,
          unit: '',
          deadline: null,
          owner: '',
        },
      });
    }
    await call('rows.upsert', {
      planId,
      collection: 'issues',
      row: { id: '00000000-0000-4000-8000-0000000000a1', statement: 'Can we call every family back in 48 hours?', objectiveIds: [] },
    });
    await part.open(app.url, planId, 'objectives', 'Objectives and issues');
    // The rows were added behind the page's back: load the plan again.
    await page.reload();
    await part.heading('Objectives and issues').waitFor();
    const issues = part.grid('Issues that may block an objective');
    await issues.focusCell(1, 'Objectives');
    await page.keyboard.press('Enter');
    const picker = issues.editor(1, 'Objectives');
    await picker.waitFor();
    await expect(picker.getByRole('checkbox').count()).resolves.toBe(4);
    expect(await page.evaluate<number>(CHOICES_IN_SIGHT)).toBe(4);
    // Every choice can be reached and ticked from the keyboard, and the picker closes with Enter.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => issues.value(1, 'Objectives')).toBe('Convert 35% of trials');
    expect(problems).toEqual([]);
  });
});

describe('rich text from the keyboard', () => {
  it('Tab into a narrative lands in its text, with the toolbar after it', async () => {
    await part.open(app.url, planId, 'situation', 'Current marketing situation');
    await part.field('Market growth').focus();
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate<string | null>(
          `(() => { const el = document.activeElement; return el && el.isContentEditable ? document.getElementById(el.getAttribute('aria-labelledby')).textContent : el && el.getAttribute('aria-label'); })()`,
        ),
      )
      .toBe('Market notes');
    // The next Tab reaches the toolbar, one tab stop, on its first button.
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate<string | null>('document.activeElement?.closest("[role=toolbar]") ? document.activeElement.getAttribute("aria-label") : null'),
      )
      .toMatch(/^Bold/);
  });
});

describe('typing into a selected cell', () => {
  it('types into it, Latin letters and a Chinese input method’s composition alike', async () => {
    for (const [n, name] of ['Pensioners', 'Night-shift parents'].entries()) {
      await call('rows.upsert', {
        planId,
        collection: 'segments',
        row: { id: `00000000-0000-4000-8000-0000000000b${n}`, name, size: null, growthPct: null, needs: '' },
      });
    }
    await part.open(app.url, planId, 'situation', 'Current marketing situation');
    await page.reload();
    await part.heading('Current marketing situation').waitFor();
    const segments = part.grid('Segments');
    const count = await segments.rowCount();
    await segments.focusCell(count - 1, 'Needs');
    await page.keyboard.type('Quiet time');
    await page.keyboard.press('Enter');
    expect(await segments.value(count - 1, 'Needs')).toBe('Quiet time');

    // An input method composes only into something editable: on a cell that was only focusable the
    // operating system never handed it the first key, which arrived as a Latin letter. The selected
    // cell's focus must accept text, and a composition started there (no key first) lands in the cell.
    await segments.focusCell(count, 'Needs');
    expect(
      await page.evaluate<boolean>(
        `(() => { const el = document.activeElement; return !!el && (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT'); })()`,
      ),
    ).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    // The composition shows over the cell while it runs, where the candidate window expects it.
    expect(await page.evaluate<string | null>(`document.querySelector('.grid__typing-catcher--composing')?.value ?? null`)).toBe('zhong');
    await cdp.send('Input.imeSetComposition', { text: '中文', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '中文' });
    // The committed text opened the cell's editor; typing goes on in it.
    await page.keyboard.type('课');
    await page.keyboard.press('Enter');
    await expect.poll(() => segments.value(count, 'Needs')).toBe('中文课');
    await cdp.detach();
  });
});

describe('units and words', () => {
  it('says the unit and period of every size, volume and rate column, in full', async () => {
    await part.open(app.url, planId, 'situation', 'Current marketing situation');
    const units = (label: string) => part.grid(label).table.locator('thead .grid__unit').allInnerTexts();
    expect(await units('Segments')).toEqual(['people', 'per year']);
    expect(await units('Products')).toEqual(['units a year', 'CNY']);
    // No header is cut: each one's text fits its cell.
    const cut = await page.evaluate<string[]>(
      `[...document.querySelectorAll('main .grid thead th')].filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent)`,
    );
    expect(cut).toEqual([]);
    // Elsewhere too: a forecast line is one month's units; an action's cost is for the whole action.
    const budget = new BudgetPage(page);
    await budget.open(app.url, planId, 'budget', 'Budget');
    const lines = await budget.forecastLines();
    expect(await lines.table.locator('thead th', { hasText: 'Units' }).locator('.grid__unit').innerText()).toBe('a month');
    await part.open(app.url, planId, 'actions', 'Action programs');
    expect(await part.grid('Actions').table.locator('thead th', { hasText: 'Cost' }).locator('.grid__unit').innerText()).toBe('CNY in all');
    const cutElsewhere = await page.evaluate<string[]>(
      `[...document.querySelectorAll('main .grid thead th')].filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent)`,
    );
    expect(cutElsewhere).toEqual([]);
  });
});
