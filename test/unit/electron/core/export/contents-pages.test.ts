import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rasteriseReportCharts } from '../../../../../electron/core/export/chart-png';
import { buildDocx } from '../../../../../electron/core/export/docx';
import { exportReport } from '../../../../../electron/core/export/export-service';
import { findSoffice, layOutPages, parsePageList } from '../../../../../electron/core/export/pdf';
import { defaultReportOptions } from '../../../../../shared/report/options';
import { modelOf, reportPlan } from '../../../shared/report/report-fixtures';
import { docxParts } from './docx-files';

/** Each contents entry's bookmark and the result written after its PAGEREF field's separator ('' when none). */
function contentsPages(document: string): { bookmark: string; page: string }[] {
  return [
    ...document.matchAll(
      /PAGEREF (_Toc\d+)[^<]*<\/w:instrText>(?:<\/w:r><w:r>)?<w:fldChar w:fldCharType="separate"\/>(?:<\/w:r><w:r>)?(?:<w:t[^>]*>([^<]*)<\/w:t>)?/g,
    ),
  ].map((m) => ({
    bookmark: m[1]!,
    page: m[2] ?? '',
  }));
}

const soffice = findSoffice();

describe('the contents’ page numbers in a Word report', () => {
  it(
    'are written into the PAGEREF fields from the pages the report was laid out on, and Word is not asked to update them',
    { timeout: 60_000 },
    async () => {
      const model = modelOf(reportPlan());
      const bookmarks = new Map(Array.from({ length: 40 }, (_, i) => [`_Toc${i + 1}`, i + 3]));
      const { xml } = docxParts(await buildDocx(model, { renderCharts: rasteriseReportCharts, pages: { bookmarks, pageCount: 44 } }));
      const pages = contentsPages(xml['word/document.xml']!);
      expect(pages.length).toBeGreaterThan(20);
      for (const { bookmark, page } of pages) expect(page).toBe(String(bookmarks.get(bookmark)));
      expect(xml['word/settings.xml']).toContain('<w:updateFields w:val="false"/>');
    },
  );

  it('are estimated when LibreOffice is not installed, rising from part to part', { timeout: 60_000 }, async () => {
    const plan = reportPlan();
    const report = await exportReport(plan, { format: 'docx', options: defaultReportOptions(plan), pdf: { soffice: null } });
    expect(report.pageNumbers).toBe('estimated');
    const pages = contentsPages(docxParts(report.data).xml['word/document.xml']!).map((p) => Number(p.page));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.every((n) => Number.isInteger(n) && n >= 3)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('reads LibreOffice’s list of bookmarks and pages', () => {
    expect(parsePageList('_Toc1\t3\r\n_Toc2\t4\n#pages\t12\n')).toEqual({
      bookmarks: new Map([
        ['_Toc1', 3],
        ['_Toc2', 4],
      ]),
      pageCount: 12,
    });
    expect(parsePageList('garbage')).toBeNull();
  });

  it.skipIf(soffice === null)('come from LibreOffice’s layout where it is installed', { timeout: 120_000 }, async () => {
    const plan = reportPlan('zh-CN');
    const progress: string[] = [];
    const report = await exportReport(plan, {
      format: 'docx',
      options: defaultReportOptions(plan),
      pdf: { soffice },
      onProgress: (p) => void progress.push(`${p.stage} ${p.done}/${p.total}`),
    });
    expect(report.pageNumbers).toBe('laidOut');
    // Written once, for LibreOffice; its numbers and the charts are then put into that draft (fill-draft.ts).
    expect(progress.filter((p) => p.startsWith('docx'))).toEqual(Array.from({ length: 8 }, (_, i) => `docx ${i + 1}/8`));
    const laidOut = (await layOutPages(report.data, { soffice }))!;
    const pages = contentsPages(docxParts(report.data).xml['word/document.xml']!);
    expect(pages.length).toBeGreaterThan(20);
    // Laid out again with its numbers written in, every heading is still where the contents says.
    for (const { bookmark, page } of pages) expect(page).toBe(String(laidOut.bookmarks.get(bookmark)));
    // Every picture is a chart, none of the draft's blank stand-ins.
    const media = Object.entries(unzipSync(report.data)).filter(([name]) => name.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(3);
    for (const [name, bytes] of media) expect({ name, standIn: Buffer.from(bytes).includes('planwright-draft') }).toEqual({ name, standIn: false });
  });
});
