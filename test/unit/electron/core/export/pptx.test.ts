import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, PART_KEYS, type Language } from '../../../../../shared/domain';
import { createTranslate } from '../../../../../shared/i18n/translate';
import { buildReport } from '../../../../../shared/report/model';
import { defaultReportOptions, type ReportOptions } from '../../../../../shared/report/options';
import type { ReportModel } from '../../../../../shared/report/types';
import { buildSample, SAMPLE_NAMES, type SampleName } from '../../../../../shared/samples';
import { findSoffice } from '../../../../../electron/core/export/pdf';
import { blankPng } from '../../../../../electron/core/export/png';
import { buildPptx } from '../../../../../electron/core/export/pptx';
import { CONTENT_BOTTOM, CONTENT_TOP, layOutDeck, MARGIN_X, SLIDE, textBoxHeight } from '../../../../../electron/core/export/pptx/deck-layout';
import { deckBlocks } from '../../../../../electron/core/export/pptx/deck-select';
import { exportReport } from '../../../../../electron/core/export/export-service';
import { ChartCache } from '../../../../../electron/core/export/chart-cache';

const NOW = new Date('2026-11-20T09:00:00Z');

function modelOf(name: SampleName, language: Language, patch: Partial<ReportOptions> = {}): ReportModel {
  const plan = buildSample(name, language, { now: NOW.toISOString() });
  const options = { ...defaultReportOptions(plan), language, ...patch };
  return buildReport(plan, options, { t: createTranslate(language), locale: language, now: NOW });
}

function strings(language: Language) {
  const t = createTranslate(language);
  return { agenda: t('report.deck.agenda'), continued: (title: string) => t('report.deck.continued', { title }) };
}

/** The text of each slide, in order, from the .pptx's slide XML. */
function slideTexts(pptx: Uint8Array): string[] {
  const files = unzipSync(pptx);
  const names = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return names.map((n) =>
    [...strFromU8(files[n]!).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) =>
        m[1]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
      )
      .join(' '),
  );
}

async function deckOf(model: ReportModel): Promise<Buffer> {
  const charts = new Map(model.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'chart' ? [[b.id as string, blankPng()] as const] : []))));
  return buildPptx(model, { t: createTranslate(model.language), charts });
}

const SAMPLES = SAMPLE_NAMES.filter((n) => n !== 'stress');

describe('slides (.pptx) from the report model', () => {
  for (const name of SAMPLES) {
    for (const language of LANGUAGES) {
      it(`${name} (${language}): title, agenda and every part's title on its slides, as many slides as laid out`, async () => {
        const model = modelOf(name, language);
        const slides = layOutDeck(model, strings(language));
        const texts = slideTexts(await deckOf(model));
        expect(texts).toHaveLength(slides.length);
        expect(texts[0]).toContain(model.cover.title.replace(/\s+/g, ' ').slice(0, 20));
        expect(texts[1]).toContain(createTranslate(language)('report.deck.agenda'));
        for (const part of model.parts) {
          expect(texts[1]).toContain(part.heading.label);
          expect(
            texts.slice(2).some((t) => t.includes(part.heading.label)),
            part.heading.label,
          ).toBe(true);
        }
        // Every section the deck keeps has a slide under its own heading.
        for (const part of model.parts)
          for (const block of deckBlocks(part)) if (block.kind === 'heading' && block.level === 2) expect(texts.join('\n')).toContain(block.label);
        expect(model.parts.map((p) => p.key)).toEqual([...PART_KEYS]);
      });
    }
  }

  it('declares the report’s Latin and Chinese fonts on every run, and the language of the runs', async () => {
    const model = modelOf('education', 'zh-CN', { font: { latin: 'Georgia', eastAsia: 'SimSun' } });
    const files = unzipSync(await deckOf(model));
    const slide = strFromU8(files['ppt/slides/slide3.xml']!);
    expect(slide).toContain('<a:latin typeface="Georgia"');
    expect(slide).toContain('<a:ea typeface="SimSun"');
    expect(slide).not.toContain('<a:ea typeface="Georgia"');
    expect(slide).toContain('lang="zh-CN"');
    expect(slide).toContain('<a:pPr hangingPunct="0"');
    expect(strFromU8(files['ppt/presentation.xml']!)).toContain('cx="12192000" cy="6858000"'); // 16:9
  });

  it('uses the brand colour and the logo of the report options', async () => {
    const logo = blankPng().toString('base64');
    const model = modelOf('education', 'en', { brandColor: '#7A1F5C', logo: { mime: 'image/png', base64: logo, width: 1, height: 1 } });
    const files = unzipSync(await deckOf(model));
    expect(strFromU8(files['ppt/slides/slide2.xml']!)).toContain('7A1F5C');
    expect(Object.keys(files).some((n) => n.startsWith('ppt/media/'))).toBe(true);
  });

  it('drops characters XML cannot carry instead of writing a file PowerPoint refuses', async () => {
    const model = modelOf('education', 'en');
    model.cover.title = 'Plan\u000Bwith a vertical tab';
    const text = slideTexts(await deckOf(model))[0]!;
    expect(text).toContain('Planwith a vertical tab');
  });

  it('keeps every box inside the slide and every text inside its box, splitting long tables onto “(cont.)” slides (stress plan too)', () => {
    for (const name of SAMPLE_NAMES) {
      for (const language of LANGUAGES) {
        const model = modelOf(name, language);
        const slides = layOutDeck(model, strings(language));
        const cjk = language === 'zh-CN';
        for (const slide of slides) {
          if (slide.kind !== 'content') continue;
          for (const item of slide.items) {
            if (item.kind === 'matrix') continue;
            const h = item.kind === 'table' ? item.rowH.reduce((a, b) => a + b, 0) : item.h;
            expect(item.y, `${name} ${language} ${slide.title}`).toBeGreaterThanOrEqual(CONTENT_TOP - 0.001);
            expect(item.y + h, `${name} ${language} ${slide.title} ${slide.subtitle}`).toBeLessThanOrEqual(CONTENT_BOTTOM + 0.001);
            expect(item.x + item.w).toBeLessThanOrEqual(SLIDE.width - MARGIN_X + 0.001);
            if (item.kind === 'text') expect(textBoxHeight(item.paras, item.w, item.fontPt, cjk)).toBeLessThanOrEqual(item.h + 0.001);
          }
        }
        if (name === 'stress') {
          const t = createTranslate(language);
          const actions = model.parts.find((p) => p.key === 'actions')!;
          const continued = slides.filter(
            (s) => s.kind === 'content' && s.title === actions.heading.label && s.subtitle.includes(t('report.deck.continued', { title: '' }).trim()),
          );
          expect(continued.length).toBeGreaterThan(1);
        }
      }
    }
  });
});

type Word = { page: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string };

/** Every word's box on its page, from pdftotext -bbox. */
function wordBoxes(html: string): Word[] {
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
  }
  return words;
}

const soffice = findSoffice();
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'].find((p) => fs.existsSync(p)) ?? null;
const impress = soffice !== null && canOpenSlides(soffice);
const skipReason = !soffice
  ? 'LibreOffice (soffice) is not installed'
  : !impress
    ? 'LibreOffice Impress is not installed (libreoffice-impress-nogui)'
    : !pdftotext
      ? 'pdftotext (poppler-utils) is not installed'
      : null;
if (skipReason) console.warn(`Skipping the slides-through-LibreOffice tests: ${skipReason}.`);

function canOpenSlides(bin: string): boolean {
  // Impress is a separate package; without it soffice cannot open a .pptx at all.
  const dir = path.dirname(fs.realpathSync(bin));
  return ['libsdlo.so', 'sd.dll', 'libsdlo.dylib'].some((lib) => fs.existsSync(path.join(dir, lib)));
}

describe.skipIf(skipReason !== null)('slides laid out by LibreOffice Impress', () => {
  const cases: { name: SampleName; language: Language; model: ReportModel; pages: string[]; slides: number; words: Word[] }[] = [];
  let dir = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-pptx-test-'));
    const cache = new ChartCache();
    const files: string[] = [];
    for (const name of SAMPLES) {
      for (const language of LANGUAGES) {
        const plan = buildSample(name, language, { now: NOW.toISOString() });
        const options = { ...defaultReportOptions(plan), language };
        const result = await exportReport(plan, { format: 'pptx', options, now: NOW, charts: { cache, worker: null } });
        const file = path.join(dir, `${name}-${language}.pptx`);
        fs.writeFileSync(file, result.data);
        files.push(file);
        const model = buildReport(plan, options, { t: createTranslate(language), locale: language, now: NOW });
        cases.push({ name, language, model, pages: [], slides: layOutDeck(model, strings(language)).length, words: [] });
      }
    }
    execFileSync(
      soffice!,
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      {
        timeout: 600_000,
        stdio: 'ignore',
      },
    );
    cases.forEach((c, i) => {
      const pdf = files[i]!.replace(/\.pptx$/, '.pdf');
      c.pages = execFileSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
        .split('\f')
        .slice(0, -1);
      c.words = wordBoxes(execFileSync(pdftotext!, ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    });
  }, 900_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sets no text over a box’s edge: nothing below the content area above the footer, nothing past the right margin', () => {
    for (const c of cases) {
      expect(c.words.length, `${c.name} ${c.language}`).toBeGreaterThan(500);
      // Points on a 13.333 × 7.5 in page: the content ends at 6.85 in, the footer's line begins at 7.0 in.
      const over = c.words.filter((w) => (w.yMax > 6.9 * 72 && w.yMin < 7.0 * 72) || w.xMax > (SLIDE.width - MARGIN_X + 0.05) * 72);
      expect(
        over.map((w) => `slide ${w.page}: ${w.text}`),
        `${c.name} ${c.language}`,
      ).toEqual([]);
    }
  });

  it('lays out every sample in both languages as one page per slide, every part’s title on its slides', () => {
    expect(cases).toHaveLength(SAMPLES.length * LANGUAGES.length);
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    for (const c of cases) {
      expect(c.pages.length, `${c.name} ${c.language}`).toBe(c.slides);
      for (const part of c.model.parts) {
        expect(squeeze(c.pages[1]!)).toContain(squeeze(part.heading.label));
        expect(
          c.pages.slice(2).some((p) => squeeze(p).includes(squeeze(part.heading.label))),
          `${c.name} ${c.language} ${part.heading.label}`,
        ).toBe(true);
      }
    }
  });
});
