import type { InCell } from '../../../../shared/sheets/import-rows';
import { inMegabytes, MAX_SHEET_FILE_BYTES } from '../../../../shared/limits';
import { localizeError } from '../../../../shared/i18n/localize-issue';
import type { Translate } from '../../../../shared/i18n/translate';
import { appTransport } from '../../state/transport';
import { bytesToBase64 } from './file-base64';

export type SheetFile = { fileName: string; sheets: { name: string; rows: InCell[][] }[] };

/**
 * A file the user chose, read into cells by the backend (`sheets.read`: .xlsx by exceljs, CSV by
 * papaparse), or why not, in the UI's language. A file past the limit is refused here, unsent.
 */
export async function readSheetFile(file: File, t: Translate): Promise<{ ok: true; file: SheetFile } | { ok: false; message: string }> {
  if (file.size > MAX_SHEET_FILE_BYTES) return { ok: false, message: t('errors.sheetTooLarge', { max: inMegabytes(MAX_SHEET_FILE_BYTES) }) };
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const result = await appTransport.invoke('sheets.read', { fileName: file.name.slice(0, 200), base64 });
  if (!result.ok) return { ok: false, message: localizeError(result.error, t) };
  return { ok: true, file: { fileName: file.name, sheets: result.value.sheets } };
}
