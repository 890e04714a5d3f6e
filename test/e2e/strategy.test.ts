// The Marketing strategy part end to end: segments scored from the keyboard (with a refused score
// shown in its cell), ranked and targeted; the positioning statement composed from its five parts
// and edited, with the health warning when it misses a target; differentiation, the competitive
// strategy beside the guidance for our market position, and the 4P tabs driven by the keyboard,
// with a refused price beside its field and the promotion audience's warning chips. Everything is
// found again after a reload, and in the stored plan.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { StrategyPage } from './pages/strategy-page';

type Plan = {
  fields: {
    situation: Record<string, unknown> & { ourPosition: string | null };
    strategy: {
      positioning: Record<'forWhom' | 'need' | 'category' | 'benefit' | 'unlikeWhom' | 'statement', string>;
      differentiation: Record<'product' | 'service' | 'channel' | 'image', string>;
      competitiveStrategy: { content: unknown[] };
      product: { line: string };
      price: { method: string | null; listPrice: number | null };
      place: { design: string | null };
      promotion: { audience: string; message: string; media: string[]; budget: number | null };
    };
  };
  collections: {
    segments: { id: string; name: string }[];
    segmentScores: {
      id: string;
      segmentId: string;
      size: number | null;
      growth: number | null;
      intensity: number | null;
      fit: number | null;
      targeted: boolean;
    }[];
  };
};

let part: StrategyPage;
const TITLE = 'Marketing strategy';
const SEGMENTS = ['Working parents', 'Exam-year students', 'Retirees'];

// Runs in the page; the test project's types know no DOM.
const isFocused = (el: unknown) => (el as { matches(selector: string): boolean }).matches(':focus');
const storedPlan = () => call<Plan>('plans.get', { planId });

/** Types into a labelled field from the keyboard (the field takes the focus first). */
async function typeInto(label: string, text: string) {
  await part.field(label).focus();
  await page.keyboard.type(text);
}

/** Scores one row from the keyboard: Size, Tab, Growth, Tab, Competitive intensity, Tab, Fit, Enter. */
async function scoreRow(row: number, scores: [number, number, number, number]) {
  await part.scores.focusCell(row, 'Size');
  for (const [i, score] of scores.entries()) {
    await page.keyboard.type(String(score));
    await page.keyboard.press(i < 3 ? 'Tab' : 'Enter');
  }
}

useAppForFile({ plan: 'Spring enrolment' });

beforeAll(async () => {
  part = new StrategyPage(page);
  await part.open(app.url, planId, 'strategy', TITLE);
});

describe('Strategy part', () => {
  it('sends the planner to the Situation part while there are no segments to score', async () => {
    await expect(part.main.getByText('Part 5 of 8').isVisible()).resolves.toBe(true);
    expect(await part.completeness()).toBe('0/6');
    const targeting = part.section('Targeting');
    await expect(targeting.getByText('There are no segments to score yet', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(targeting.getByRole('link', { name: 'Go to the segments' }).getAttribute('href')).resolves.toBe(`#/plans/${planId}/situation`);
    // The competitive guidance waits for the market position, and says where to set it.
    await expect(
      part.section('Competitive strategy').getByText('Set your market position in the Situation part', { exact: false }).isVisible(),
    ).resolves.toBe(true);
  });

  it('offers a score row for every segment of the Situation part', async () => {
    for (const name of SEGMENTS) {
      await call('rows.upsert', { planId, collection: 'segments', row: { id: crypto.randomUUID(), name, size: null, growthPct: null, needs: '' } });
    }
    const plan = await storedPlan();
    await call('fields.set', { planId, part: 'situation', fields: { ...plan.fields.situation, ourPosition: 'challenger' } });
    await page.reload();
    await part.heading(TITLE).waitFor();
    const scores = part.scores;
    expect(await scores.rowCount()).toBe(0);
    await scores.region.getByRole('button', { name: 'Add rows for them' }).click();
    expect(await scores.values('Segment')).toEqual(SEGMENTS);
    // One row per segment: with every segment scored there is no row left to add.
    await expect(scores.region.getByRole('button', { name: 'Add row', exact: true }).count()).resolves.toBe(0);
  });

  it('scores segments from the keyboard and adds up the attractiveness (intensity counts against)', async () => {
    const scores = part.scores;
    await scoreRow(1, [5, 3, 4, 5]);
    expect(await scores.value(1, 'Size')).toBe('5');
    expect(await scores.value(1, 'Competitive intensity')).toBe('4');
    // 5 + 3 + (6 − 4) + 5
    expect(await scores.value(1, 'Attractiveness')).toBe('15');
    expect(await scores.value(2, 'Attractiveness')).toBe('Score all four');
    await scoreRow(2, [4, 4, 3, 5]);
    await scoreRow(3, [3, 1, 3, 2]);
    expect(await scores.values('Attractiveness')).toEqual(['15', '16', '9']);
  });

  it('shows a refused score with its reason in the cell, and takes the corrected one', async () => {
    const scores = part.scores;
    await scores.focusCell(3, 'Fit');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    expect(await scores.problem(3, 'Fit')).toBe('Must be a score from 1 to 5');
    expect(await scores.value(3, 'Fit')).toBe('7');
    await part.waitSaved();
    expect((await storedPlan()).collections.segmentScores[2]!.fit).toBe(2);
    await scores.focusCell(3, 'Fit');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    expect(await scores.problem(3, 'Fit')).toBeNull();
    expect(await scores.value(3, 'Attractiveness')).toBe('8');
  });

  it('ranks by attractiveness and chooses targets with the space bar', async () => {
    const scores = part.scores;
    const rank = scores.region.getByRole('button', { name: 'Rank by attractiveness' });
    await rank.click();
    await expect(rank.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await scores.values('Segment')).toEqual(['Exam-year students', 'Working parents', 'Retirees']);
    await rank.click();
    expect(await scores.values('Segment')).toEqual(SEGMENTS);

    expect(await part.targetNames()).toEqual([]);
    // From the keyboard: a click on the cell would land on its check box and toggle it.
    await scores.focusCell(1, 'Fit');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await scores.values('Target')).toEqual(['Yes', 'Yes', 'No']);
    // The chosen targets, the most attractive first.
    expect(await part.targetNames()).toEqual(['Exam-year students', 'Working parents']);
    await part.waitSaved();
    const stored = (await storedPlan()).collections.segmentScores;
    expect(stored.map((s) => [s.size, s.growth, s.intensity, s.fit, s.targeted])).toEqual([
      [5, 3, 4, 5, true],
      [4, 4, 3, 5, true],
      [3, 1, 3, 1, false],
    ]);
  });

  it('deleting a score offers the row again', async () => {
    const scores = part.scores;
    await scores.deleteRow(3);
    expect(await scores.rowCount()).toBe(2);
    const notice = part.section('Targeting').getByRole('status').filter({ hasText: '“Retirees” has no score yet.' });
    await notice.waitFor();
    await scores.region.getByRole('button', { name: 'Add row', exact: true }).click();
    expect(await scores.values('Segment')).toEqual(SEGMENTS);
    expect(await scores.value(3, 'Attractiveness')).toBe('Score all four');
    await expect(notice.count()).resolves.toBe(0);
  });

  it('composes the positioning statement from its five parts, in the plan’s language', async () => {
    await part.main.getByRole('button', { name: 'Add “Working parents” to “For whom”' }).click();
    await expect(part.field('For whom').inputValue()).resolves.toBe('Working parents');
    await typeInto('Which need', 'want care and homework help near home');
    await typeInto('Which category', 'small-group tutoring centre');
    await typeInto('Which benefit', 'keeps children learning until parents get home');
    await typeInto('Unlike whom', 'big learning chains');
    await part.main.getByRole('button', { name: 'Compose statement' }).click();
    const statement = part.field('Positioning statement');
    await expect(statement.inputValue()).resolves.toBe(
      'For Working parents who want care and homework help near home, Bright Minds is the small-group tutoring centre that keeps children learning until parents get home, unlike big learning chains.',
    );
    // The statement has the focus, ready to be finished.
    await expect(statement.evaluate(isFocused)).resolves.toBe(true);
    // A complete sentence (no "…" left to fill in); the planner may go on after it.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Bright Minds keeps every group to six children.');
    await expect(statement.inputValue()).resolves.toMatch(/Bright Minds keeps every group to six children\.$/);
  });

  it('warns while a targeted segment is missing from the positioning', async () => {
    expect(await part.warningsNear('Positioning statement')).toEqual([
      'The target segment “Exam-year students” is not named in the positioning statement.',
    ]);
    await part.main.getByRole('button', { name: 'Add “Exam-year students” to “For whom”' }).click();
    await expect(part.field('For whom').inputValue()).resolves.toBe('Working parents and Exam-year students');
    expect(await part.warningsNear('Positioning statement')).toEqual([]);
  });

  it('asks before composing over an edited statement, and undo brings the edit back', async () => {
    const statement = part.field('Positioning statement');
    const edited = await statement.inputValue();
    await part.main.getByRole('button', { name: 'Compose statement' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Replace the statement?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(statement.inputValue()).resolves.toBe(edited);
    await part.main.getByRole('button', { name: 'Compose statement' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace statement' }).click();
    await expect(statement.inputValue()).resolves.toMatch(/^For Working parents and Exam-year students who want care/);
    await expect(statement.evaluate(isFocused)).resolves.toBe(true);
    await part.undo();
    await expect(statement.inputValue()).resolves.toBe(edited);
    await part.waitSaved();
    expect((await storedPlan()).fields.strategy.positioning.statement).toBe(edited);
  });

  it('fills the differentiation and the competitive strategy beside the guidance for a challenger', async () => {
    await typeInto('Product differentiation', 'Weekly progress reports');
    await typeInto('Service differentiation', 'Pick-up from four partner schools');
    await typeInto('Channel differentiation', 'Parent groups run by teachers');
    await typeInto('Image differentiation', 'The calm, serious neighbourhood centre');
    const guide = part.main.getByRole('complementary', { name: 'Strategies that fit your position' });
    await expect(guide.getByText('Challenger', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(guide.getByText('Attack', { exact: true }).isVisible()).resolves.toBe(true);
    await part.richText('Competitive strategy').click();
    await page.keyboard.type('Attack the leader on class size, not on price.');
    await page.keyboard.press('Tab');
    await part.waitSaved();
  });

  it('moves through the 4P tabs with the arrow keys', async () => {
    const product = part.tab(/^Product/);
    await product.focus();
    await page.keyboard.press('ArrowRight');
    await expect(part.tab(/^Price/).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(part.tab(/^Price/).evaluate(isFocused)).resolves.toBe(true);
    await page.keyboard.press('End');
    await expect(part.tab(/^Promotion/).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect(part.tab(/^Product/).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(part.mixPanel.getByLabel('Product line', { exact: true }).isVisible()).resolves.toBe(true);
    // Tab leaves the tab list for the panel's first field.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Weekday tutoring, holiday camps');
    await expect(part.field('Product line').inputValue()).resolves.toBe('Weekday tutoring, holiday camps');
  });

  it('shows a refused list price beside its field and keeps the last good one', async () => {
    await part.tab(/^Price/).click();
    await part.field('Pricing method').selectOption({ label: 'Value-based' });
    // Three decimals: a fen cannot be split.
    await typeInto('List price', '12.345');
    expect(await part.messageBeside('List price')).toBe('Must be an amount');
    await part.field('List price').fill('');
    await page.keyboard.type('1280');
    await page.keyboard.press('Tab');
    expect(await part.messageBeside('List price')).toBe('The standard price of one unit, before discounts.');
    await expect(part.field('List price').inputValue()).resolves.toBe('1,280.00');
    await part.tab(/^Place/).click();
    await part.field('Channel design').selectOption({ label: 'Omnichannel' });
  });

  it('warns until the promotion audience names the targets', async () => {
    await part.tab(/^Promotion/).click();
    await typeInto('Target audience', 'Families near our two centres');
    // The health follows the field a render behind (it is deferred while typing): wait for it.
    await expect
      .poll(() => part.warningsNear('Target audience'))
      .toEqual([
        'The target segment “Working parents” is not named in the promotion audience.',
        'The target segment “Exam-year students” is not named in the promotion audience.',
      ]);
    await expect(part.tab(/^Promotion/).textContent()).resolves.toContain('needs attention');
    await page.keyboard.type(': working parents and exam-year students');
    await expect.poll(() => part.warningsNear('Target audience')).toEqual([]);
    await typeInto('Message', 'Homework done before dinner.');
    await part.mixPanel.getByRole('checkbox', { name: 'Advertising' }).focus();
    await page.keyboard.press('Space');
    await part.mixPanel.getByRole('checkbox', { name: 'Direct and digital' }).focus();
    await page.keyboard.press('Space');
    await typeInto('Promotion budget', '50000');
    await page.keyboard.press('Tab');
    await expect(part.field('Promotion budget').inputValue()).resolves.toBe('50,000.00');
    await part.waitSaved();
    expect(await part.completeness()).toBe('6/6');
  });

  it('finds every value again after a reload, and in the stored plan', async () => {
    await page.reload();
    await part.heading(TITLE).waitFor();
    expect(await part.scores.values('Attractiveness')).toEqual(['15', '16', 'Score all four']);
    expect(await part.targetNames()).toEqual(['Exam-year students', 'Working parents']);
    await expect(part.field('For whom').inputValue()).resolves.toBe('Working parents and Exam-year students');
    await expect(part.field('Positioning statement').inputValue()).resolves.toMatch(/Bright Minds keeps every group to six children\.$/);
    await expect(part.field('Image differentiation').inputValue()).resolves.toBe('The calm, serious neighbourhood centre');
    await expect(part.richText('Competitive strategy').textContent()).resolves.toBe('Attack the leader on class size, not on price.');
    await expect(part.field('Product line').inputValue()).resolves.toBe('Weekday tutoring, holiday camps');
    await part.tab(/^Price/).click();
    await expect(part.field('List price').inputValue()).resolves.toBe('1,280.00');
    await part.tab(/^Promotion/).click();
    await expect(part.mixPanel.getByRole('checkbox', { name: 'Advertising' }).isChecked()).resolves.toBe(true);
    await expect(part.mixPanel.getByRole('checkbox', { name: 'Public relations' }).isChecked()).resolves.toBe(false);

    const { strategy } = (await storedPlan()).fields;
    expect(strategy.positioning).toMatchObject({
      forWhom: 'Working parents and Exam-year students',
      category: 'small-group tutoring centre',
      unlikeWhom: 'big learning chains',
    });
    expect(strategy.differentiation.service).toBe('Pick-up from four partner schools');
    expect(strategy.price).toMatchObject({ method: 'valueBased', listPrice: 128000 });
    expect(strategy.place.design).toBe('omnichannel');
    expect(strategy.promotion).toMatchObject({
      audience: 'Families near our two centres: working parents and exam-year students',
      message: 'Homework done before dinner.',
      media: ['advertising', 'directDigital'],
      budget: 5000000,
    });
  });

  it('speaks Simplified Chinese with the domain’s terms', async () => {
    await call('settings.set', { language: 'zh-CN' });
    await page.reload();
    await part.main.getByRole('heading', { level: 1, name: '市场营销战略' }).waitFor();
    // The sections below the first mount a frame after the title: wait for each.
    for (const title of ['目标市场选择', '市场定位', '差异化', '竞争战略', '营销组合（4P）']) {
      await part.main.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    const tablist = part.main.getByRole('tablist', { name: '营销组合' });
    // innerText reads the rendering, and a section far below the view is not rendered until scrolled to.
    await tablist.scrollIntoViewIfNeeded();
    const tabs = await tablist.getByRole('tab').allInnerTexts();
    // Each name, then whether the tab is filled in ("(已填写)", for screen readers).
    expect(tabs.map((t) => t.split('\n')[0]!.trim())).toEqual(['产品', '价格', '渠道', '促销']);
    await expect(part.main.getByRole('tab', { name: '价格 (已填写)' }).count()).resolves.toBe(1);
    await part.main.getByRole('grid', { name: '细分市场评分' }).waitFor();
    await part.main.getByText('挑战者', { exact: true }).waitFor();
    await call('settings.set', { language: 'en' });
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
