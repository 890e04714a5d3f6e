import { stripXmlInvalidDeep, type Plan } from '../../../shared/domain';
import { createTranslate } from '../../../shared/i18n/translate';
import { reportToMarkdown } from '../../../shared/report/markdown';
import { buildReport } from '../../../shared/report/model';
import type { ReportFormat, ReportOptions } from '../../../shared/report/options';
import { rasteriseReportCharts } from './chart-png';
import { buildDocx, DOCX_MIME } from './docx';
import { docxToPdf, type PdfOptions } from './pdf';

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

export type ExportResult = { fileName: string; mime: string; data: Buffer };

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

  const docx = await buildDocx(model, {
    renderCharts: rasteriseReportCharts,
    onPart: (done, total) => onProgress?.({ stage: 'docx', done, total }),
  });
  if (format === 'docx') return { fileName, mime: REPORT_MIME.docx, data: docx };

  onProgress?.({ stage: 'pdf', done: 0, total: 1 });
  const pdf = await docxToPdf(docx, request.pdf);
  onProgress?.({ stage: 'pdf', done: 1, total: 1 });
  return { fileName, mime: REPORT_MIME.pdf, data: pdf };
}
