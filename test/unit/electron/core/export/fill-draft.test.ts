import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx, type ChartRequest } from '../../../../../electron/core/export/docx';
import { draftPictures, fillDraft, type LaidOut } from '../../../../../electron/core/export/docx/fill-draft';
import { blankPng, withTextChunk } from '../../../../../electron/core/export/png';
import type { Language } from '../../../../../shared/domain';
import { createTranslate } from '../../../../../shared/i18n/translate';
import { buildReport } from '../../../../../shared/report/model';
import { defaultReportOptions } from '../../../../../shared/report/options';
import { buildSample } from '../../../../../shared/samples';

const NOW = new Date('2027-01-05T09:00:00Z');

function modelOf(language: Language) {
  const plan = buildSample('education', language);
  const options = { ...defaultReportOptions(plan), language };
  return buildReport(plan, options, { t: createTranslate(language), locale: language, now: NOW });
}

/** Pages as LibreOffice might have found them: every contents bookmark somewhere, 31 pages. */
function pagesFor(draft: Uint8Array): LaidOut {
  const xml = strFromU8(unzipSync(draft)['word/document.xml']!);
  const names = [...new Set([...xml.matchAll(/PAGEREF (_Toc\d+)</g)].map((m) => m[1]!))];
  return { bookmarks: new Map(names.map((name, i) => [name, 3 + i * 2])), pageCount: 31 };
}

/**
 * Each part of the file: XML as text, media by name as bytes. Left out: the creation time, and
 * the ids of bookmarks and pictures, which docx counts across every document the process writes.
 */
function partsOf(docx: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(docx))) {
    out[name] = name.startsWith('word/media/')
      ? Buffer.from(bytes).toString('base64')
      : strFromU8(bytes)
          .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>')
          .replace(/(<w:bookmark(?:Start|End)[^>]*?) w:id="\d+"/g, '$1')
          .replace(/(<(?:wp:docPr|pic:cNvPr)) id="\d+"/g, '$1');
  }
  return out;
}

function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at ${i}: got …${a.slice(Math.max(0, i - 80), i + 80)}… want …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe('the final Word file from the draft LibreOffice laid out', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`is what docx writes given the pages and the charts (${language}), part by part`, async () => {
      const model = modelOf(language);
      let requests: readonly ChartRequest[] = [];
      const standIns = (r: readonly ChartRequest[]) => {
        requests = r;
        return draftPictures(r.length);
      };
      const draft = await buildDocx(model, { renderCharts: standIns });
      expect(requests.length).toBeGreaterThan(3);
      const real = requests.map((_, i) => withTextChunk(blankPng(), 'chart', `real ${i}`));
      const pages = pagesFor(draft);
      expect(pages.bookmarks.size).toBeGreaterThan(8);

      const filled = fillDraft(
        draft,
        pages,
        draftPictures(requests.length).map((stand, i) => ({ draft: stand, real: real[i]! })),
      );
      const rebuilt = await buildDocx(model, { renderCharts: () => real, pages });
      expect(filled).not.toBeNull();
      const [got, want] = [partsOf(filled!), partsOf(rebuilt)];
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      // Compared part by part, and where a part differs, only around the first difference.
      for (const name of Object.keys(want)) expect({ name, at: firstDifference(got[name]!, want[name]!) }).toEqual({ name, at: null });
      // And the numbers are there: the first entry's page and the footer's page count.
      const xml = strFromU8(unzipSync(filled!)['word/document.xml']!);
      expect(xml).toMatch(/PAGEREF _Toc1<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">3<\/w:t>/);
      expect(xml).not.toMatch(/w:dirty/);
    });
  }

  it('gives up (so the document is written again) when LibreOffice did not place a contents entry', async () => {
    const draft = await buildDocx(modelOf('en'), { renderCharts: (r) => draftPictures(r.length) });
    const pages = pagesFor(draft);
    const bookmarks = new Map(pages.bookmarks);
    bookmarks.delete('_Toc2');
    expect(fillDraft(draft, { ...pages, bookmarks }, [])).toBeNull();
  });

  it('gives up when a stand-in picture is not in the draft', async () => {
    const draft = await buildDocx(modelOf('en'), { renderCharts: (r) => draftPictures(r.length) });
    const stranger = withTextChunk(blankPng(), 'chart', 'not in the draft');
    expect(fillDraft(draft, pagesFor(draft), [{ draft: stranger, real: stranger }])).toBeNull();
  });
});
