import type { AppError } from '../../../shared/contracts/result';
import { REPORT_EXTENSIONS, type ReportFormat, type ReportOptions } from '../../../shared/report/options';
import { getApi } from '../api';
import { settleSaves } from '../state/settle-saves';
import { appTranslate } from '../i18n/as-translate';

/** What the dialog says while it waits: the backend builds the file, then it is saved. */
export type ExportStage = 'building' | 'saving';

export type ExportOutcome =
  | { kind: 'saved'; fileName: string; path: string | null; pagesEstimated: boolean }
  | { kind: 'cancelled' }
  | { kind: 'failed'; step: 'export' | 'save'; error: AppError };

const t = appTranslate;

/**
 * Remembers the options for the plan, has the backend build the report, and saves it where the
 * user chooses (a download in browser mode). The options are remembered first, so a failed
 * export (no LibreOffice for a PDF) still keeps what the user chose.
 */
export async function runExport(
  planId: string,
  format: ReportFormat,
  options: ReportOptions,
  onStage: (stage: ExportStage) => void,
): Promise<ExportOutcome> {
  onStage('building');
  await settleSaves();
  const remembered = await getApi().invoke('report.setOptions', { planId, options });
  if (!remembered.ok) return { kind: 'failed', step: 'export', error: remembered.error };
  const built = await getApi().invoke('report.export', { planId, format, options });
  if (!built.ok) return { kind: 'failed', step: 'export', error: built.error };
  onStage('saving');
  const saved = await getApi().saveFile({
    suggestedName: built.value.fileName,
    mime: built.value.mime,
    data: built.value.base64,
    encoding: 'base64',
    filters: [{ name: t(`exportDialog.filterNames.${format}`), extensions: [REPORT_EXTENSIONS[format]] }],
  });
  if (!saved.ok) return { kind: 'failed', step: 'save', error: saved.error };
  if (!saved.value.saved) return { kind: 'cancelled' };
  return { kind: 'saved', fileName: built.value.fileName, path: saved.value.path, pagesEstimated: built.value.pageNumbers === 'estimated' };
}

/** The backend's refusal when LibreOffice is not installed (electron/core/export/pdf.ts). */
export function isPdfUnavailable(error: AppError): boolean {
  return error.reason === 'libreOfficeMissing';
}
