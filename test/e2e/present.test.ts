// Present mode end to end in browser mode, at a projector's 1280 × 720: a sample presented through
// every screen with the keyboard, real content on its slides, "+N more" on a long plan, type of
// at least 20 px on every screen, light slides in the dark theme with nothing serious for axe,
// and Esc back to the plan where the presenter was.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, collectProblems, page, problems, useAppForFile } from './fixtures/app-session';
import { installFakeDesktopApi } from './fixtures/fake-desktop-api';
import { PartPage } from './pages/part-page';
import { PART_TITLES } from './pages/part-titles';
import { PresentPage } from './pages/present-page';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Plan = {
  meta: { name: string };
  collections: {
    swotItems: { kind: string; statement: string }[];
    objectives: { title: string }[];
    kpis: { metric: string }[];
    actions: unknown[];
  };
};

useAppForFile({ viewport: { width: 1280, height: 720 } });

let present: PresentPage;
let part: PartPage;
let education: { id: string; plan: Plan };
let educationZh: { id: string };
let stress: { id: string; plan: Plan };

beforeAll(async () => {
  present = new PresentPage(page);
  part = new PartPage(page);
  const add = async (sample: string, language: string) => {
    const { id } = await call<{ id: string }>('plans.createFromSample', { sample, language });
    return { id, plan: await call<Plan>('plans.get', { planId: id }) };
  };
  education = await add('education', 'en');
  educationZh = await add('education', 'zh-CN');
  stress = await add('stress', 'en');
});

async function seriousFindings(): Promise<{ id: string; sample: string }[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(`(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, sample: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' — ' + (n.any[0]?.message ?? n.failureSummary)).join(' | ') }));
  })()`);
}

describe('present mode', () => {
  it('presents a sample through all its screens with the keyboard and leaves with Esc back to the plan', async () => {
    await part.open(app.url, education.id, 'swot', PART_TITLES[2]!);
    // Where the presenter was: a field of the SWOT page.
    const field = part.main.getByRole('textbox').first();
    await field.focus();
    await field.evaluate((el) => (el as unknown as { setAttribute(name: string, value: string): void }).setAttribute('data-before-presenting', ''));

    await present.startWithF5();
    await expect(present.dialog.getAttribute('aria-label')).resolves.toBe(`Presentation of “${education.plan.meta.name}”`);
    const { total } = await present.position();
    expect(total).toBeGreaterThanOrEqual(20);
    // The title screen first: the plan's name is its heading.
    await expect(present.heading.innerText()).resolves.toBe(education.plan.meta.name);

    // → to the end: every screen has a heading, and the counter follows.
    const headings: string[] = [];
    for (let n = 1; n <= total; n++) {
      expect(await present.position()).toEqual({ number: n, total });
      headings.push((await present.heading.innerText()).trim());
      if (n < total) await present.press('ArrowRight', n + 1);
    }
    expect(headings.every((h) => h.length > 0)).toBe(true);
    expect(headings).toEqual(expect.arrayContaining(['SWOT matrix', 'Objectives', 'Key performance indicators', 'Projected profit and loss']));
    // Past the end it stays on the last screen.
    await present.press('ArrowRight');
    expect(await present.position()).toEqual({ number: total, total });

    // ← back, Home, End, Page keys and Space (what clickers send).
    await present.press('ArrowLeft', total - 1);
    await present.press('Home', 1);
    await present.press('PageDown', 2);
    await present.press('Space', 3);
    await present.press('PageUp', 2);
    await present.press('End', total);

    // 3 jumps to the SWOT: a 2 × 2 with the plan's own strengths.
    await present.press('3');
    await expect(present.heading.innerText()).resolves.toBe('SWOT matrix');
    const strengths = education.plan.collections.swotItems.filter((i) => i.kind === 'S').map((i) => i.statement);
    const strengthsBox = present.quadrant('Strengths');
    for (const statement of strengths.slice(0, 3)) await expect(strengthsBox.innerText()).resolves.toContain(statement);
    for (const title of ['Weaknesses', 'Opportunities', 'Threats']) await expect(present.quadrant(title).count()).resolves.toBe(1);
    if (strengths.length > 3) await expect(strengthsBox.locator('.slide-more').innerText()).resolves.toBe(`+${strengths.length - 3} more`);

    // 4: the objectives as cards.
    await present.press('4');
    await expect(present.heading.innerText()).resolves.toBe('Objectives');
    await expect(present.slide.locator('.slide-card__title').first().innerText()).resolves.toBe(education.plan.collections.objectives[0]!.title);

    // 8: the KPIs with their status.
    await present.press('8');
    await expect(present.heading.innerText()).resolves.toBe('Key performance indicators');
    const statuses = await present.slide.locator('.slide-badge').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(['On track', 'At risk', 'Off track', 'No data']).toContain(status);
    await expect(present.slide.locator('.slide-card__title').first().innerText()).resolves.toBe(education.plan.collections.kpis[0]!.metric);
    const kpiSlide = (await present.position()).number;

    // B blanks the screen; any key brings the same slide back. So does "." with another key.
    await present.press('b');
    await present.blank.waitFor();
    await expect(present.slide.isVisible()).resolves.toBe(true); // under the black cover, unchanged
    await present.press('ArrowRight');
    await present.blank.waitFor({ state: 'detached' });
    expect((await present.position()).number).toBe(kpiSlide);
    await present.press('.');
    await present.blank.waitFor();
    await present.press('x');
    await present.blank.waitFor({ state: 'detached' });

    // N shows the presenter's notes: the part's guidance and its health; N again hides them; the button too.
    await present.press('n');
    await present.notes.waitFor();
    await expect(present.notes.getByRole('heading', { name: 'Guidance for this part' }).count()).resolves.toBe(1);
    await expect(present.notes.getByRole('heading', { name: 'Plan health for this part' }).count()).resolves.toBe(1);
    await expect(present.notes.innerText()).resolves.toContain('Give each objective at least one KPI');
    await expect(present.notesButton.getAttribute('aria-expanded')).resolves.toBe('true');
    await present.press('n');
    await present.notes.waitFor({ state: 'detached' });
    await present.notesButton.click();
    await present.notes.waitFor();
    await present.notesButton.click();
    await present.notes.waitFor({ state: 'detached' });

    // Ctrl+= zooms the slides, Ctrl+0 back to 100 %.
    const titleSize = async () => parseFloat(await present.style('dialog.present .slide__title', 'fontSize'));
    const before = await titleSize();
    await present.press('Control+Equal');
    await present.dialog.getByText('Zoom 110%').waitFor();
    expect(await titleSize()).toBeGreaterThan(before);
    await present.press('Control+Minus');
    await present.press('Control+Minus');
    await present.dialog.getByText('Zoom 90%').waitFor();
    await present.press('Control+0');
    await present.dialog.getByText(/Zoom/).waitFor({ state: 'detached' });
    expect(await titleSize()).toBe(before);

    // Esc leaves: back on the SWOT page, focus where it was.
    await present.press('Escape');
    await present.dialog.waitFor({ state: 'detached' });
    await part.heading(PART_TITLES[2]!).waitFor();
    expect(page.url()).toContain(`#/plans/${education.id}/swot`);
    await expect(present.focusHas('data-before-presenting')).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('in the desktop app, N opens the notes window, each move sends its slide’s notes, and the end closes it', async () => {
    type Notes = { title: string; slide: string; part: string; tips: string[]; findings: { text: string }[] };
    const desktop = await page
      .context()
      .browser()!
      .newPage({ viewport: { width: 1280, height: 720 } });
    collectProblems(desktop);
    try {
      await desktop.addInitScript(installFakeDesktopApi);
      await desktop.goto(`${app.url}#/plans/${education.id}/objectives`);
      await desktop.getByRole('heading', { level: 1, name: PART_TITLES[3]! }).waitFor();
      const presenting = new PresentPage(desktop);
      await presenting.startWithF5();
      const calls = () => desktop.evaluate(() => (globalThis as unknown as { __presenter: { calls: [string, Notes?][] } }).__presenter.calls);
      const shown = async () => (await calls()).filter((c) => c[0] === 'show').map((c) => c[1]!);

      await desktop.keyboard.press('n');
      await expect.poll(async () => (await calls()).map((c) => c[0]), { timeout: 10_000 }).toEqual(['open', 'show']);
      const { total } = await presenting.position();
      expect((await shown())[0]).toMatchObject({ part: 'summary', slide: expect.stringMatching(new RegExp(`^Slide 1 of ${total}: `)) });
      // No overlay over the slides: the notes are in their window; the button says it is open.
      expect(await presenting.notes.count()).toBe(0);
      expect(await presenting.notesButton.getAttribute('aria-pressed')).toBe('true');

      // 4 jumps to the objectives: the notes follow with that part's guidance.
      await desktop.keyboard.press('4');
      await expect.poll(async () => (await shown()).at(-1)?.part, { timeout: 10_000 }).toBe('objectives');
      const objectives = (await shown()).at(-1)!;
      expect(objectives.title).toBe('Presenter notes · Objectives and issues');
      expect(objectives.tips.length).toBeGreaterThan(0);

      // The notes window's own page: it asks for the notes shown now, then follows each move.
      const notesPage = await page
        .context()
        .browser()!
        .newPage({ viewport: { width: 720, height: 560 } });
      collectProblems(notesPage);
      try {
        await notesPage.addInitScript(installFakeDesktopApi);
        await notesPage.addInitScript((notes) => {
          (globalThis as unknown as { __presenter: { current: unknown } }).__presenter.current = notes;
        }, objectives);
        await notesPage.goto(`${app.url}#/presenter-notes`);
        const aside = notesPage.getByRole('complementary', { name: objectives.title });
        await aside.waitFor();
        expect(await aside.innerText()).toContain(objectives.slide);
        expect(await notesPage.title()).toBe(objectives.title);
        await notesPage.evaluate(
          (notes) =>
            (globalThis as unknown as { __presenter: { listener: (n: unknown) => void } }).__presenter.listener({ ...notes, slide: 'Slide 99' }),
          objectives,
        );
        await expect.poll(() => aside.innerText(), { timeout: 10_000 }).toContain('Slide 99');
      } finally {
        await notesPage.close();
      }

      // N again closes the window; leaving the presentation with it open closes it too.
      await desktop.keyboard.press('n');
      await expect.poll(async () => (await calls()).at(-1)?.[0], { timeout: 10_000 }).toBe('close');
      await desktop.keyboard.press('n');
      await expect.poll(async () => (await calls()).at(-1)?.[0], { timeout: 10_000 }).toBe('show');
      // The user closes the window themselves: the button lets go, and N opens it again.
      await desktop.evaluate(() => (globalThis as unknown as { __presenter: { closed: () => void } }).__presenter.closed());
      await expect.poll(() => presenting.notesButton.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
      const before = (await calls()).length;
      await desktop.keyboard.press('n');
      await expect.poll(async () => (await calls()).slice(before).map((c) => c[0]), { timeout: 10_000 }).toEqual(['open', 'show']);
      await desktop.keyboard.press('Escape');
      await presenting.dialog.waitFor({ state: 'detached' });
      await expect.poll(async () => (await calls()).at(-1)?.[0], { timeout: 10_000 }).toBe('close');
    } finally {
      await desktop.close();
    }
  });

  it('shows the top of a long table and "+N more" on the stress plan', async () => {
    await part.open(app.url, stress.id, 'summary', PART_TITLES[0]!);
    await present.startWithButton();
    await present.press('4');
    await expect(present.heading.innerText()).resolves.toBe('Objectives');
    await expect(present.slide.locator('.slide-card').count()).resolves.toBe(6);
    await expect(present.more.innerText()).resolves.toBe(`+${stress.plan.collections.objectives.length - 6} more`);
    await present.press('6');
    await present.press('ArrowRight');
    await expect(present.heading.innerText()).resolves.toBe('Action programs in detail');
    const rows = await present.slide.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await expect(present.more.innerText()).resolves.toBe(`+${stress.plan.collections.actions.length - rows} more`);
    await present.press('Escape');
    await present.dialog.waitFor({ state: 'detached' });
    // Focus comes back to the button that started it.
    await expect(present.focusHas('data-present-button')).resolves.toBe(true);
  });

  it('speaks the plan’s language on the slides and the UI’s in the chrome', async () => {
    await part.open(app.url, educationZh.id, 'summary', PART_TITLES[0]!);
    await present.startWithF5();
    await present.press('3');
    await expect(present.heading.innerText()).resolves.toBe('SWOT 矩阵');
    await expect(present.slide.getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(present.notesButton.innerText()).resolves.toBe('Notes');
    await present.press('2');
    await expect(present.heading.innerText()).resolves.toBe('市场');
    await present.press('6');
    await present.press('ArrowRight');
    await expect(present.heading.innerText()).resolves.toBe('行动方案明细');
    await expect(present.more.innerText()).resolves.toMatch(/^\+\d+ more$/);
    await present.press('Escape');
    await present.dialog.waitFor({ state: 'detached' });
  });

  for (const sample of ['education', 'education-zh'] as const) {
    it(`keeps every text at 20 px or more at 1280 × 720, the counter at 14, on every screen (${sample})`, async () => {
      const id = sample === 'education' ? education.id : educationZh.id;
      await part.open(app.url, id, 'summary', PART_TITLES[0]!);
      await present.startWithF5();
      const { total } = await present.position();
      const small: string[] = [];
      const overflowing: string[] = [];
      for (let n = 1; n <= total; n++) {
        const slide = await present.slideId();
        const sizes = await present.textSizes();
        expect(sizes.length, slide).toBeGreaterThan(0);
        // The measure sees small type: the counter's, the one text allowed under 20 px.
        expect(
          sizes.some((t) => t.counter && t.size >= 14 && t.size < 20),
          slide,
        ).toBe(true);
        for (const t of sizes) if (t.size < (t.counter ? 14 : 20)) small.push(`${slide}: “${t.text}” ${t.size}px`);
        // Charts are pictures drawn with 11–12 px type: shown at least 20/11 as large, that type reads as 20 px or more.
        for (const scale of await present.chartScales()) if (scale < 20 / 11) small.push(`${slide}: chart shown at ${scale.toFixed(2)}×`);
        if (await present.overflows()) overflowing.push(slide);
        if (n === 10) {
          await present.press('n');
          await present.notes.waitFor();
          for (const t of await present.textSizes()) if (t.size < (t.counter ? 14 : 20)) small.push(`${slide} notes: “${t.text}” ${t.size}px`);
          await present.press('n');
          await present.notes.waitFor({ state: 'detached' });
        }
        if (n < total) await present.press('ArrowRight', n + 1);
      }
      expect(small).toEqual([]);
      expect(overflowing).toEqual([]);
      await present.press('Escape');
      await present.dialog.waitFor({ state: 'detached' });
    });
  }

  it('shows light slides in the plan’s brand colour even in the dark theme, with nothing serious for axe', async () => {
    await call('settings.set', { theme: 'dark' });
    await call('report.setOptions', {
      planId: education.id,
      options: { ...(await call<Record<string, unknown>>('report.getOptions', { planId: education.id })), brandColor: '#7A1F4E' },
    });
    await page.reload();
    await part.open(app.url, education.id, 'summary', PART_TITLES[0]!);
    await expect(page.evaluate<string>('document.documentElement.dataset.theme')).resolves.toBe('dark');
    await present.startWithF5();
    const colours = {
      background: await present.style('dialog.present', 'backgroundColor'),
      rule: await present.style('dialog.present .present__slide', 'borderTopColor'),
    };
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', rule: 'rgb(122, 31, 78)' });
    await expect(present.slide.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    const screens = ['1', '3', '4', '6', '7', '8'];
    for (const key of screens) {
      await present.press(key);
      expect({ screen: await present.slideId(), findings: await seriousFindings() }).toEqual({ screen: await present.slideId(), findings: [] });
    }
    await present.press('n');
    await present.notes.waitFor();
    expect({ screen: 'notes', findings: await seriousFindings() }).toEqual({ screen: 'notes', findings: [] });
    await present.press('Escape');
    await present.dialog.waitFor({ state: 'detached' });
    await call('settings.set', { theme: 'light' });
  });
});
