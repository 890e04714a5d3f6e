import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rasteriseReportCharts } from '../../../../../electron/core/export/chart-png';
import { buildDocx } from '../../../../../electron/core/export/docx';
import { docxToPdf, docxToPdfs, findSoffice, LibreOfficeMissingError, sofficeCandidates } from '../../../../../electron/core/export/pdf';
import { LANGUAGES, PART_KEYS, type Language, type Plan } from '../../../../../shared/domain';
import { createTranslate } from '../../../../../shared/i18n/translate';
import type { ReportModel, TableBlock } from '../../../../../shared/report/types';
import { buildSample, SAMPLE_NAMES } from '../../../../../shared/samples';
import { modelOf, reportPlan } from '../../../shared/report/report-fixtures';

/**
 * Every sample plan and the full test plan, in both languages, through Word and LibreOffice to
 * PDF, read back with pdftotext. One LibreOffice run converts them all: starting it is most of
 * the cost of a conversion.
 */

const soffice = findSoffice();
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'].find((p) => fs.existsSync(p)) ?? null;
const skipReason = !soffice ? 'LibreOffice (soffice) is not installed' : !pdftotext ? 'pdftotext (poppler-utils) is not installed' : null;
if (skipReason) console.warn(`Skipping the PDF export tests: ${skipReason}.`);

type Case = { name: string; language: Language; model: ReportModel; text: string; pages: string[] };

function docxOf(model: ReportModel): Promise<Buffer> {
  return buildDocx(model, { renderCharts: rasteriseReportCharts });
}

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

/**
 * A piece of a cell no line break can split: its longest word, or, as Chinese lines break
 * between any two characters, the first three characters of a Chinese run.
 */
function needle(text: string): string {
  // Lines also break after a hyphen or a slash.
  const word = text.split(/[\s\-–/]+/).reduce((best, w) => (w.length > best.length ? w : best), '');
  return CJK.test(word) ? [...word].slice(0, 3).join('') : word;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function tables(model: ReportModel): TableBlock[] {
  return model.parts.flatMap((p) => p.blocks.filter((b): b is TableBlock => b.kind === 'table'));
}

describe.skipIf(skipReason !== null)('PDF export through LibreOffice', () => {
  const cases: Case[] = [];
  let dir = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-pdf-test-'));
    const plans: { name: string; language: Language; plan: Plan }[] = [
      ...LANGUAGES.map((language) => ({ name: 'full', language, plan: reportPlan(language) })),
      ...SAMPLE_NAMES.flatMap((name) =>
        LANGUAGES.map((language) => ({ name, language, plan: buildSample(name, language, { now: '2026-11-20T09:00:00.000Z' }) })),
      ),
    ];
    const models = plans.map(({ plan, language }) => modelOf(plan, { language }));
    const docxs = await Promise.all(models.map(docxOf));
    const pdfs = await docxToPdfs(docxs, { soffice });
    pdfs.forEach((pdf, i) => {
      const file = path.join(dir, `${i}.pdf`);
      fs.writeFileSync(file, pdf);
      const text = execFileSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      cases.push({ name: plans[i]!.name, language: plans[i]!.language, model: models[i]!, text, pages: text.split('\f') });
    });
  }, 900_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('converts every plan in both languages', () => {
    expect(cases.map((c) => `${c.name}|${c.language}`)).toEqual([
      'full|en',
      'full|zh-CN',
      ...SAMPLE_NAMES.flatMap((name) => LANGUAGES.map((language) => `${name}|${language}`)),
    ]);
    for (const c of cases) expect(c.text.startsWith('%PDF')).toBe(false);
  });

  it('prints every part title, each starting a page under its running header', () => {
    for (const c of cases) {
      const t = createTranslate(c.language);
      for (const part of c.model.parts) {
        const title = t(`parts.${part.key}`);
        expect(part.heading.text).toBe(title);
        // The part's own first page: its header names the part, and the heading is on it.
        const first = c.pages.find(
          (page) =>
            squeeze(page).includes(squeeze(part.heading.label)) && page.indexOf(part.heading.number) > page.indexOf(c.model.cover.title.slice(0, 10)),
        );
        expect(first, `${c.name}|${c.language}: ${title}`).toBeDefined();
      }
      expect(c.model.parts.map((p) => p.key)).toEqual([...PART_KEYS]);
    }
  });

  it('fills in the table of contents, with page numbers, for every part and section', () => {
    for (const c of cases) {
      const contents = c.pages.slice(1, 4).join('\n');
      expect(contents).toContain(c.model.contentsTitle);
      for (const part of c.model.parts) {
        const headings = [part.heading, ...part.blocks.filter((b) => b.kind === 'heading' && b.level === 2)] as { label: string }[];
        for (const heading of headings) {
          // Dot leaders to a page number; in LibreOffice's layout the label's em space prints as spaces.
          const label = heading.label
            .replace(/[\u2003\u3000]/g, ' ')
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/ /g, '\\s*');
          expect(contents, `${c.name}|${c.language}: ${heading.label}`).toMatch(new RegExp(`${label}\\s*\\.{3,}\\s*\\d+`));
        }
      }
    }
  });

  it('prints key cells of every table', () => {
    for (const c of cases) {
      const text = squeeze(c.text);
      for (const table of tables(c.model)) {
        const headers = table.columns.map((col) => col.header).filter(Boolean);
        const firstRow = table.rows[0]!;
        const cells = [headers[0]!, ...firstRow.map((cell) => cell.text).filter((t) => t.trim() !== '')];
        const lastTotal = table.footer[0]?.[table.footer[0].length - 1]?.text;
        for (const cell of [...cells.slice(0, 4), ...(lastTotal ? [lastTotal] : [])]) {
          expect(text.includes(squeeze(needle(cell))), `${c.name}|${c.language} table ${table.id}: “${cell}”`).toBe(true);
        }
      }
    }
  });

  it('prints Chinese text in a Chinese font, never as missing glyphs', () => {
    const zh = cases.find((c) => c.name === 'full' && c.language === 'zh-CN')!;
    expect(zh.text).toContain('第一部分');
    expect(zh.text).toContain('计划实施概要');
    expect(zh.text).not.toMatch(/\u25a1|\ufffd/);
    const fonts = execFileSync('pdffonts', [path.join(dir, '1.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/CJK|YaHei|SimSun|PingFang|WenQuanYi|Hei/);
  });
});

describe('finding LibreOffice', () => {
  it('looks on the PATH first, then where each system installs it', () => {
    expect(sofficeCandidates('linux', { PATH: '/opt/bin:/usr/bin' }).slice(0, 2)).toEqual(['/opt/bin/soffice', '/opt/bin/libreoffice']);
    expect(sofficeCandidates('linux', {})).toContain('/usr/lib/libreoffice/program/soffice');
    expect(sofficeCandidates('darwin', {})).toContain('/Applications/LibreOffice.app/Contents/MacOS/soffice');
    expect(sofficeCandidates('win32', { ProgramFiles: 'D:\\Apps' })).toContain('D:\\Apps\\LibreOffice\\program\\soffice.exe');
  });

  it('takes PLANWRIGHT_SOFFICE when it exists, and reports none when nothing is installed', () => {
    expect(findSoffice({ env: { PLANWRIGHT_SOFFICE: '/x/soffice' }, exists: (f) => f === '/x/soffice' })).toBe('/x/soffice');
    expect(findSoffice({ env: { PLANWRIGHT_SOFFICE: '/x/soffice' }, exists: () => false })).toBeNull();
    expect(findSoffice({ platform: 'linux', env: { PATH: '/nowhere' }, exists: () => false })).toBeNull();
  });

  it('says what to install when converting without LibreOffice', async () => {
    await expect(docxToPdf(new Uint8Array([1]), { soffice: null })).rejects.toThrow(LibreOfficeMissingError);
    await expect(docxToPdf(new Uint8Array([1]), { soffice: null })).rejects.toThrow(/needs LibreOffice.*PLANWRIGHT_SOFFICE/);
  });
});
