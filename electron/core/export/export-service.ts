import { stripXmlInvalidDeep, type Plan } from '../../../shared/domain';
import { createTranslate } from '../../../shared/i18n/translate';
import { reportToMarkdown } from '../../../shared/report/markdown';
import { buildReport } from '../../../shared/report/model';
import type { ReportFormat, ReportOptions } from '../../../shared/report/options';
import { rasteriseReportCharts } from './chart-png';
import { buildDocx, DOCX_MIME, type ChartRasterizer, type PageNumbers } from './docx';
import { docxToPdf, findSoffice, layOutPages, type PdfOptions } from './pdf';

export type ExportStage = 'model' | 'docx' | 'pdf';
/** Where a long export is: `done` of `total` steps of the stage (parts for docx). */
export type ExportProgress = { stage: ExportStage; done: number; total: number };

export type ExportRequest = {
  format: ReportFormat;
  options: ReportOptions;
  onProgress?: (progress: ExportProgress) => void;
  /** The date on the cover; today when not given. */
  now?: Date;
  pdf?: PdfOptions;
};

export type ExportResult = {
  fileName: string;
  mime: string;
  data: Buffer;
  /** A Word file's contents page numbers: from LibreOffice's layout, or estimated without it. */
  pageNumbers?: 'laidOut' | 'estimated';
};

export const REPORT_MIME: Record<ReportFormat, string> = {
  docx: DOCX_MIME,
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
};

// Characters that no file system, or no shell a user would paste the name into, accepts.
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name from the plan's name: unsafe characters out, spaces tidied, at most 120 characters. */
export function reportFileName(planName: string, format: ReportFormat, fallback = 'Marketing plan'): string {
  let base = planName.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut by code points so a Chinese or emoji name is not split inside a character.
  base = [...base].slice(0, 120).join('').trim();
  if (base === '' || RESERVED.test(base)) base = fallback;
  return `${base}.${format}`;
}

/** The report of a plan as a .docx, .pdf or .md file, in memory. */
export async function exportReport(stored: Plan, request: ExportRequest): Promise<ExportResult> {
  const { format, options, onProgress } = request;
  // Text is checked on the way in (shared/domain/characters.ts); a database written before that
  // rule may still hold characters a report cannot carry, so every writer drops them too.
  const plan = stripXmlInvalidDeep(stored);
  const t = createTranslate(options.language);
  onProgress?.({ stage: 'model', done: 0, total: 1 });
  const model = buildReport(plan, options, { t, locale: options.language, now: request.now ?? new Date() });
  onProgress?.({ stage: 'model', done: 1, total: 1 });
  const fileName = reportFileName(plan.meta.name, format, t('report.cover.kind'));

  if (format === 'md') return { fileName, mime: REPORT_MIME.md, data: Buffer.from(reportToMarkdown(model), 'utf8') };

  // The charts are drawn once, though a Word file with LibreOffice's page numbers is written twice.
  let charts: Promise<Uint8Array[]> | null = null;
  const renderCharts: ChartRasterizer = (requests) => (charts ??= Promise.resolve(rasteriseReportCharts(requests)));
  const onPart = (done: number, total: number) => onProgress?.({ stage: 'docx', done, total });
  // The parts are reported once, by the first writing; the second only fills in the page numbers.
  const build = (pages?: PageNumbers, report = true) => buildDocx(model, { renderCharts, pages, ...(report ? { onPart } : {}) });

  if (format === 'docx') {
    // A PDF's LibreOffice run numbers its own contents; a Word file carries the numbers in its
    // fields, from LibreOffice's layout where it is installed, else docx's estimate of Word's.
    const soffice = request.pdf?.soffice === undefined ? findSoffice() : request.pdf.soffice;
    const draft = soffice ? await build() : null;
    const laidOut = draft ? await layOutPages(draft, { ...request.pdf, soffice }) : null;
    const data = await build(laidOut ?? 'estimate', draft === null);
    return { fileName, mime: REPORT_MIME.docx, data, pageNumbers: laidOut ? 'laidOut' : 'estimated' };
  }
  const docx = await build();

  onProgress?.({ stage: 'pdf', done: 0, total: 1 });
  const pdf = await docxToPdf(docx, request.pdf);
  onProgress?.({ stage: 'pdf', done: 1, total: 1 });
  return { fileName, mime: REPORT_MIME.pdf, data: pdf };
}
