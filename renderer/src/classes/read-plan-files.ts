import type { FieldIssue } from '../../../shared/contracts/result';
import { decodePlanFileBytes } from '../../../shared/file-format/decode';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/file-format/format';
import { fileMessage } from '../../../shared/file-format/messages';
import { parsePlanFile } from '../../../shared/file-format/parse';
import { errorMessage } from '../../../shared/error-message';
import { inMegabytes } from '../../../shared/limits';
import { appTranslate } from '../i18n/as-translate';

/** One file of a class import, as the dialog lists it: ready (with its plan's name and author) or refused (with every reason). */
export type BatchEntry =
  | { key: string; fileName: string; status: 'ready'; content: string; planName: string; author: string }
  | { key: string; fileName: string; status: 'refused'; problems: FieldIssue[] };

const isPlanFileName = (name: string) => /\.(mplan|json)$/i.test(name);

/** The plan files among what was chosen or dropped (a folder brings every file in it: only .mplan count). */
export function planFilesOf(files: readonly File[]): File[] {
  return files.filter((f) => isPlanFileName(f.name));
}

/**
 * Reads and checks each file on its own, as the import will: the same strict UTF-8 decoding and
 * the same parser (shared/file-format), so the dialog shows every refusal before anything is
 * imported and the author as the file has it. The backend checks each file again on import.
 */
export async function readBatch(files: readonly File[]): Promise<BatchEntry[]> {
  const t = appTranslate;
  return Promise.all(
    files.map(async (file, i): Promise<BatchEntry> => {
      const key = `${i}:${file.webkitRelativePath || file.name}`;
      const fileName = file.webkitRelativePath || file.name;
      const refuse = (message: string): BatchEntry => ({ key, fileName, status: 'refused', problems: [{ path: '', message }] });
      if (!isPlanFileName(file.name)) return refuse(t('planFiles.notPlanFile', { file: file.name }));
      if (file.size > MAX_PLAN_FILE_BYTES) return refuse(fileMessage('tooLarge', { max: inMegabytes(MAX_PLAN_FILE_BYTES) }));
      let text: string;
      try {
        const decoded = decodePlanFileBytes(new Uint8Array(await file.arrayBuffer()));
        if (!decoded.ok) return refuse(decoded.message);
        text = decoded.text;
      } catch (error) {
        return refuse(t('planFiles.readFailed', { reason: errorMessage(error) }));
      }
      const parsed = parsePlanFile(text);
      if (!parsed.ok) return { key, fileName, status: 'refused', problems: parsed.problems };
      return { key, fileName, status: 'ready', content: text, planName: parsed.file.plan.meta.name, author: parsed.file.plan.meta.author };
    }),
  );
}
