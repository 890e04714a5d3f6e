import { describe, expect, it } from 'vitest';
import { emptyCollections, emptyPlanFields, type Language, type Plan } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { CHART_MAX_HEIGHT, CHART_WIDTH } from '../../../../shared/present/context';
import { buildSlides, partStarts, type Slide, type SlideBlock } from '../../../../shared/present/build-slides';
import { SLIDE_LIMITS } from '../../../../shared/present/cut';
import { buildSample } from '../../../../shared/samples';

const NOW = new Date('2027-03-15T09:00:00Z');
const slidesOf = (plan: Plan, language: Language = plan.meta.language) =>
  buildSlides(plan, { t: createTranslate(language), locale: language, now: NOW });
const block = <K extends SlideBlock['kind']>(slide: Slide | undefined, kind: K) =>
  slide?.blocks.find((b) => b.kind === kind) as Extract<SlideBlock, { kind: K }>;
const byId = (slides: Slide[], id: string) => slides.find((s) => s.id === id);

describe('the slides of a plan', () => {
  const education = buildSample('education', 'en');
  const slides = slidesOf(education);

  it('gives each part its screens, in the plan’s order', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'summary-cover',
      'summary-narrative',
      'summary-glance',
      'situation-market',
      'situation-product',
      'situation-competition',
      'situation-distribution',
      'situation-macro',
      'situation-customers',
      'swot-matrix',
      'swot-tows',
      'objectives-cards',
      'objectives-issues',
      'strategy-segmentation',
      'strategy-positioning',
      'strategy-mix',
      'actions-timeline',
      'actions-programme',
      'budget-key-figures',
      'budget-forecast',
      'budget-by-mix',
      'budget-by-month',
      'budget-pnl',
      'budget-scenarios',
      'control-kpis',
      'control-targets',
    ]);
    for (const slide of slides) expect(slide.title.trim(), slide.id).not.toBe('');
  });

  it('jumps by part number to each part’s first screen', () => {
    const starts = partStarts(slides);
    expect([...starts.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(slides[starts.get(3)!]!.id).toBe('swot-matrix');
    expect(slides[starts.get(8)!]!.id).toBe('control-kpis');
  });

  it('shows the SWOT as a 2 × 2 of the plan’s own items, counting those left out', () => {
    const matrix = block(byId(slides, 'swot-matrix'), 'quadrants');
    expect(matrix.quadrants.map((q) => q.key)).toEqual(['S', 'W', 'O', 'T']);
    const strengths = education.collections.swotItems.filter((i) => i.kind === 'S');
    const shown = matrix.quadrants[0].items;
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map((i) => i.text)).toEqual(strengths.slice(0, shown.length).map((i) => i.statement));
    expect(shown.map((i) => i.ref)).toEqual(shown.map((_, n) => `S${n + 1}`));
    expect(matrix.quadrants[0].more).toBe(strengths.length - shown.length);
  });

  it('pairs each TOWS strategy with the SWOT items it uses', () => {
    const tows = block(byId(slides, 'swot-tows'), 'quadrants');
    expect(tows.quadrants.map((q) => q.key)).toEqual(['SO', 'WO', 'ST', 'WT']);
    const so = education.collections.towsStrategies.find((s) => s.kind === 'SO')!;
    expect(tows.quadrants[0].items[0]!.text).toBe(so.strategy);
    expect(tows.quadrants[0].items[0]!.ref).toMatch(/^[SWOT]\d/);
  });

  it('makes a card of each objective and each KPI, the KPI with its status', () => {
    const objectives = block(byId(slides, 'objectives-cards'), 'cards');
    expect(objectives.cards.map((c) => c.title)).toEqual(education.collections.objectives.slice(0, 6).map((o) => o.title));
    const kpis = block(byId(slides, 'control-kpis'), 'cards');
    expect(kpis.cards).toHaveLength(Math.min(SLIDE_LIMITS.cards, education.collections.kpis.length));
    expect(kpis.more).toBe(education.collections.kpis.length - kpis.cards.length);
    for (const card of kpis.cards) expect(['On track', 'At risk', 'Off track', 'No data']).toContain(card.badge!.text);
  });

  it('cuts the action programme to its first rows and says how many more', () => {
    const programme = block(byId(slides, 'actions-programme'), 'table');
    expect(programme.rows.length + programme.footer.length).toBe(SLIDE_LIMITS.tableRows);
    expect(programme.more).toBe(education.collections.actions.length - programme.rows.length);
    expect(programme.rows[0]![1]!.text).toBe(education.collections.actions[0]!.title);
  });

  it('shows a year’s P&L by quarter, with its totals', () => {
    const pnl = block(byId(slides, 'budget-pnl'), 'table');
    expect(pnl.rows.map((r) => r[0]!.text)).toEqual(['Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027']);
    expect(pnl.columns[0]!.header).toBe('Quarter');
    expect(pnl.footer.map((r) => r[0]!.text)).toContain('Profit');
    expect(pnl.more).toBe(0);
  });

  it('puts break-even among the key figures, sums without zero cents', () => {
    const figures = block(byId(slides, 'budget-key-figures'), 'figures');
    expect(figures.items.map((i) => i.label)).toEqual(expect.arrayContaining(['Revenue', 'Profit', 'Break-even month']));
    expect(figures.items.find((i) => i.label === 'Revenue')!.value).not.toMatch(/\.00$/);
  });

  it('draws every chart at a size that, shown twice as large, fits a 1280 × 720 slide', () => {
    const charts = slides.flatMap((s) => s.blocks.filter((b) => b.kind === 'chart'));
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      expect(chart.width).toBe(CHART_WIDTH);
      expect(chart.height).toBeLessThanOrEqual(CHART_MAX_HEIGHT);
    }
  });

  it('follows the plan as it is now: an edited strength shows on its slide', () => {
    const edited = structuredClone(education);
    const first = edited.collections.swotItems.find((i) => i.kind === 'S')!;
    first.statement = 'Edited a moment ago';
    expect(block(byId(slidesOf(edited), 'swot-matrix'), 'quadrants').quadrants[0].items[0]!.text).toBe('Edited a moment ago');
  });
});

describe('slides in the plan’s language', () => {
  it('speaks Chinese for a Chinese plan', () => {
    const slides = slidesOf(buildSample('education', 'zh-CN'));
    expect(slides[1]!.partLabel).toBe('第一部分\u3000计划实施概要');
    expect(slides[1]!.partTitle).toBe('计划实施概要');
    // A slide whose title ends like its part's ("问题" in "目标和问题") is not the part's own title.
    const issues = byId(slides, 'objectives-issues')!;
    expect(issues.title).not.toBe(issues.partTitle);
    expect(byId(slides, 'swot-matrix')!.title).toBe('SWOT 矩阵');
    expect(block(byId(slides, 'budget-pnl'), 'table').rows[0]![0]!.text).toBe('2027年第1季度');
  });
});

describe('long and empty plans', () => {
  it('shows a screenful of a long plan and counts the rest', () => {
    const stress = buildSample('stress', 'en');
    const slides = slidesOf(stress);
    expect(block(byId(slides, 'objectives-cards'), 'cards').more).toBe(stress.collections.objectives.length - SLIDE_LIMITS.cards);
    expect(block(byId(slides, 'actions-programme'), 'table').more).toBeGreaterThan(250);
    // Short statements: more of them fit a quarter of the 2 × 2, each on a line of its own.
    const matrix = block(byId(slides, 'swot-matrix'), 'quadrants');
    for (const q of matrix.quadrants) {
      expect(q.items.length).toBeGreaterThan(3);
      expect(q.items.length).toBeLessThanOrEqual(SLIDE_LIMITS.quadrantLines);
      expect(q.items.length + q.more).toBe(stress.collections.swotItems.filter((i) => i.kind === q.key).length);
    }
  });

  it('gives a part with nothing in it no screen, and its number no jump', () => {
    const plan = buildSample('education', 'en');
    plan.collections.swotItems = [];
    plan.collections.towsStrategies = [];
    const slides = slidesOf(plan);
    expect(slides.some((s) => s.part === 'swot')).toBe(false);
    expect(partStarts(slides).has(3)).toBe(false);
  });

  it('presents a blank plan as its title screen alone', () => {
    const sample = buildSample('education', 'en');
    const blank: Plan = { meta: sample.meta, fields: emptyPlanFields(), collections: emptyCollections() };
    const slides = slidesOf(blank);
    expect(slides.map((s) => s.id)).toEqual(['summary-cover']);
    expect(block(slides[0], 'cover').title).toBe(sample.meta.name);
  });
});
