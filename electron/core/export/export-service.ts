import { stripXmlInvalidDeep, type Plan } from '../../../shared/domain';
import { createTranslate } from '../../../shared/i18n/translate';
import { reportToMarkdown } from '../../../shared/report/markdown';
import { buildReport } from '../../../shared/report/model';
import type { ChangesSince } from '../../../shared/report/changes';
import { REPORT_EXTENSIONS, type ReportFormat, type ReportOptions } from '../../../shared/report/options';
import { buildPlanTables } from '../../../shared/sheets/plan-tables';
import { buildXlsx, XLSX_MIME } from './sheets/xlsx';
import { tablesToCsvZip, ZIP_MIME } from './sheets/csv';
import { chartDrawer, sharedChartDeps, type ChartDrawerDeps } from './chart-drawer';
import { buildDocx, DOCX_MIME, type ChartRasterizer, type PageNumbers } from './docx';
import { reportChartRequests } from './docx/chart-size';
import { draftPictures, fillDraft } from './docx/fill-draft';
import { docxToPdf, findSoffice, pageLayout, type PageLayout, type PdfOptions } from './pdf';
import { UNSAFE_FILE_NAME_RUNS } from '../../../shared/file-name';
import { buildPptx, PPTX_MIME } from './pptx';

export type ExportStage = 'model' | 'docx' | 'pdf' | 'pptx';
/** Where a long export is: `done` of `total` steps of the stage (parts for docx). */
export type ExportProgress = { stage: ExportStage; done: number; total: number };

export type ExportRequest = {
  format: ReportFormat;
  options: ReportOptions;
  /** The version options.changesSince names, read by the caller: the appendix compares the plan with it. */
  changesSince?: ChangesSince;
  onProgress?: (progress: ExportProgress) => void;
  /** The date on the cover; today when not given. */
  now?: Date;
  /** Where charts are drawn and kept: the process's worker thread and cache when not given. */
  charts?: ChartDrawerDeps;
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
  pptx: PPTX_MIME,
  xlsx: XLSX_MIME,
  csv: ZIP_MIME,
};

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name from the plan's name: unsafe characters out, spaces tidied, at most 120 characters. */
export function reportFileName(planName: string, format: ReportFormat, fallback = 'Marketing plan'): string {
  let base = planName
    .replace(UNSAFE_FILE_NAME_RUNS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut by code points so a Chinese or emoji name is not split inside a character.
  base = [...base].slice(0, 120).join('').trim();
  if (base === '' || RESERVED.test(base)) base = fallback;
  return `${base}.${REPORT_EXTENSIONS[format]}`;
}

/** The report of a plan as a .docx, .pdf or .md file, or its slides as a .pptx, in memory. */
export async function exportReport(plan: Plan, request: ExportRequest): Promise<ExportResult> {
  const { format } = request;
  // A Word file's LibreOffice layout starts now: its slow start runs beside the writing of the draft.
  const soffice = format === 'docx' ? (request.pdf?.soffice === undefined ? findSoffice() : request.pdf.soffice) : null;
  const layout = soffice ? pageLayout({ ...request.pdf, soffice }) : null;
  try {
    return await exportWith(plan, request, layout);
  } finally {
    await layout?.close();
  }
}

async function exportWith(stored: Plan, request: ExportRequest, layout: PageLayout | null): Promise<ExportResult> {
  const { format, options, onProgress } = request;
  // Text is checked on the way in (shared/domain/characters.ts); a database written before that
  // rule may still hold characters a report cannot carry, so every writer drops them too.
  const plan = stripXmlInvalidDeep(stored);
  const t = createTranslate(options.language);
  const now = request.now ?? new Date();
  if (format === 'xlsx' || format === 'csv') {
    // The plan's tables, not the report: typed cells for the client's own spreadsheets.
    const tables = buildPlanTables(plan, t, options.language);
    const fileName = reportFileName(plan.meta.name, format, t('report.cover.kind'));
    const data =
      format === 'xlsx' ? await buildXlsx(tables, { title: plan.meta.name, author: plan.meta.author.trim(), now }) : tablesToCsvZip(tables, now);
    return { fileName, mime: REPORT_MIME[format], data };
  }
  onProgress?.({ stage: 'model', done: 0, total: 1 });
  const model = buildReport(plan, options, {
    t,
    locale: options.language,
    now,
    ...(request.changesSince ? { changesSince: request.changesSince } : {}),
  });
  onProgress?.({ stage: 'model', done: 1, total: 1 });
  const fileName = reportFileName(plan.meta.name, format, t('report.cover.kind'));

  if (format === 'md') return { fileName, mime: REPORT_MIME.md, data: Buffer.from(reportToMarkdown(model), 'utf8') };

  const charts = request.charts ?? sharedChartDeps();
  const source = { plan, options, now };
  const requests = reportChartRequests(model);

  if (format === 'pptx') {
    // The Word report's charts at the Word report's sizes, so an export of either finds the
    // other's pictures in the cache; the slides scale them to their boxes.
    onProgress?.({ stage: 'pptx', done: 0, total: 1 });
    const pictures = await chartDrawer(source, charts)(requests);
    const byId = new Map(requests.map((r, i) => [r.chart.id as string, pictures[i]!]));
    const data = await buildPptx(model, { t, charts: byId });
    onProgress?.({ stage: 'pptx', done: 1, total: 1 });
    return { fileName, mime: REPORT_MIME.pptx, data };
  }
  const onPart = (done: number, total: number) => onProgress?.({ stage: 'docx', done, total });
  // The parts are reported by the first writing; a second one (only when a draft cannot be filled in) reports nothing.
  const build = (renderCharts: ChartRasterizer, pages?: PageNumbers | Promise<PageNumbers>, report = true) =>
    buildDocx(model, { renderCharts, pages, ...(report ? { onPart } : {}) });

  // A PDF's LibreOffice run numbers its own contents; a Word file carries the numbers in its
  // fields, from LibreOffice's layout where it is installed, else docx's estimate of Word's.
  if (format === 'docx' && layout) {
    // LibreOffice lays the draft out by each picture's size on the page, which the report sets,
    // not by its pixels: the draft shows blank pictures, so it waits for no chart.
    const standIns = draftPictures(requests.length);
    const draft = await build(() => standIns);
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const laidOut = layout.layOut(draft, started);
    await Promise.race([running, laidOut]);
    // While LibreOffice lays the draft out this thread has nothing else to do: it draws the
    // charts (or takes them from the cache); a worker thread's heap would only add to the
    // export's peak memory. The final file is the draft with the page numbers and the charts put
    // in (fill-draft.ts), not a second writing of the whole document.
    const pictures = await chartDrawer(source, { ...charts, worker: null })(requests);
    const pages = await laidOut;
    const filled = pages
      ? fillDraft(
          draft,
          pages,
          standIns.map((stand, i) => ({ draft: stand, real: pictures[i]! })),
        )
      : null;
    if (filled) return { fileName, mime: REPORT_MIME.docx, data: filled, pageNumbers: 'laidOut' };
    const data = await build(() => pictures, pages ?? 'estimate', false);
    return { fileName, mime: REPORT_MIME.docx, data, pageNumbers: pages ? 'laidOut' : 'estimated' };
  }

  // Otherwise the charts are drawn on the worker thread while this one builds the document (and
  // estimates its pages), or come from the cache.
  const pictures = Promise.resolve(chartDrawer(source, charts)(requests));
  if (format === 'docx') {
    const data = await build(() => pictures, 'estimate');
    return { fileName, mime: REPORT_MIME.docx, data, pageNumbers: 'estimated' };
  }
  const docx = await build(() => pictures);

  onProgress?.({ stage: 'pdf', done: 0, total: 1 });
  const pdf = await docxToPdf(docx, request.pdf);
  onProgress?.({ stage: 'pdf', done: 1, total: 1 });
  return { fileName, mime: REPORT_MIME.pdf, data: pdf };
}
