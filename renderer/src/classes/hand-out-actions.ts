import type { SaveFilesResult } from '../../../shared/contracts/api';
import { fail, type Result } from '../../../shared/contracts/result';
import { handOutFiles, handOutZip, safeFileStem, type HandOutFile } from '../../../shared/class-board/hand-out';
import { parsePlanFile } from '../../../shared/file-format';
import { bytesToBase64 } from '../../../shared/report/image-info';
import { getApi } from '../api';
import { appTranslate as t } from '../i18n/as-translate';
import { settleSaves } from '../state/settle-saves';

export type HandOutSource = { planName: string; files: HandOutFile[] };

/**
 * Every participant's file from the plan as the backend holds it: its own `.mplan` (so the app's
 * name and version stamp the copies as they stamp an export), each copy with its author set and
 * ids of its own (`shared/class-board/hand-out`, the command line's `handout` too).
 */
export async function buildHandOut(planId: string, names: readonly string[]): Promise<Result<HandOutSource>> {
  await settleSaves();
  const exported = await getApi().invoke('plans.exportFile', { planId });
  if (!exported.ok) return exported;
  const parsed = parsePlanFile(exported.value.content);
  if (!parsed.ok) return fail('internal', parsed.problems[0]?.message ?? 'The plan could not be read.', parsed.problems);
  const { plan, app } = parsed.file;
  return { ok: true, value: { planName: plan.meta.name, files: handOutFiles(plan, names, { app, exportedAt: new Date().toISOString() }) } };
}

/** The desktop app: into a folder the user picks (and the class's folder inside it). */
export function writeHandOutFolder(source: HandOutSource, className: string, replaceToken?: string): Promise<Result<SaveFilesResult>> {
  const saveFiles = getApi().saveFiles!;
  const subfolder = safeFileStem(className);
  return saveFiles({
    title: t('handOut.folderTitle'),
    ...(subfolder ? { subfolder } : {}),
    files: source.files.map((f) => ({ name: f.fileName, text: f.content })),
    ...(replaceToken ? { replaceToken } : {}),
  });
}

/** Browser mode: one zip download, named by the class (or the plan). Answers the zip's name when it was saved. */
export async function downloadHandOutZip(source: HandOutSource, className: string): Promise<Result<string | null>> {
  const stem = safeFileStem(className) || safeFileStem(t('handOut.zipName', { name: source.planName })) || 'plans';
  const fileName = `${stem}.zip`;
  const saved = await getApi().saveFile({
    suggestedName: fileName,
    mime: 'application/zip',
    data: bytesToBase64(handOutZip(source.files, new Date())),
    encoding: 'base64',
    filters: [{ name: 'Zip', extensions: ['zip'] }],
  });
  if (!saved.ok) return saved;
  return { ok: true, value: saved.value.saved ? fileName : null };
}

/** Whether this window can write into a folder (the desktop app) or offers a zip (browser mode). */
export const canWriteFolder = (): boolean => typeof getApi().saveFiles === 'function';
