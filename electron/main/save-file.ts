import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type IpcMain,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
  type SaveDialogReturnValue,
  type WebContents,
} from 'electron';
import { z } from 'zod';
import type { SaveFileResult } from '../../shared/contracts/api';
import { SAVE_FILE_CHANNEL } from '../../shared/contracts/channels';
import { fail, ok, type Result } from '../../shared/contracts/result';
import { zodIssues } from '../core/validate';
import { writeFileWhole } from '../core/write-file-whole';
import { isTrustedSender } from './ipc';
import { errorMessage } from '../../shared/error-message';
import { UNSAFE_FILE_NAME_CHARS } from '../../shared/file-name';

/** Large enough for a Word report full of charts, small enough that a runaway page cannot fill the disk. */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;
// base64 spends 4 characters on 3 bytes; the exact byte count is checked after decoding.
const MAX_DATA_CHARS = Math.ceil(MAX_SAVE_BYTES / 3) * 4;

export const FileName = z
  .string()
  .min(1, 'The file name is empty.')
  .max(200, 'The file name is longer than 200 characters.')
  // A separator would let the page pick the folder (the user picks that); a control character hides the real name.
  .refine((name) => !UNSAFE_FILE_NAME_CHARS.test(name), 'The file name may not contain a folder separator or any of : * ? " < > |.')
  .refine((name) => name.trim() === name && name !== '.' && name !== '..', 'The file name is not a usable name.');

const Extension = z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'An extension is letters and digits only, without the dot.');

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: FileName,
  mime: z.string().regex(/^[\w.+-]{1,64}\/[\w.+-]{1,128}$/, 'Not a media type.'),
  data: z.string().max(MAX_DATA_CHARS, 'The file is larger than 200 MB.'),
  encoding: z.enum(['utf8', 'base64']),
  filters: z.array(z.strictObject({ name: z.string().min(1).max(100), extensions: z.array(Extension).min(1).max(10) })).max(10),
});

export type SaveFileDeps = {
  showSaveDialog(window: BrowserWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  windowFor(contents: WebContents): BrowserWindow | null;
  /** The folder the dialog opens in. */
  defaultDir(): string;
  writeFile(target: string, bytes: Buffer): Promise<void>;
};

function decode(data: string, encoding: 'utf8' | 'base64'): Buffer | null {
  if (encoding === 'utf8') return Buffer.from(data, 'utf8');
  // Buffer.from silently skips characters that are not base64; a corrupt report must not be saved as if whole.
  if (data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return null;
  return Buffer.from(data, 'base64');
}

/**
 * Asks where to save and writes the file. The request comes from the page, so every part of it
 * is checked here; the folder is never the page's choice, only the user's in the dialog.
 */
export async function handleSaveFile(
  deps: SaveFileDeps,
  indexUrl: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  request: unknown,
): Promise<Result<SaveFileResult>> {
  if (!isTrustedSender(event, indexUrl)) {
    return fail('unauthorized', 'This request did not come from the Planwright window.');
  }
  const parsed = SaveFileRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues[0]!;
    return fail('invalid', `The file cannot be saved (${first.path ? `${first.path}: ` : ''}${first.message}).`, issues);
  }
  const { suggestedName, data, encoding, filters } = parsed.data;
  const bytes = decode(data, encoding);
  if (bytes === null)
    return fail('invalid', 'The file cannot be saved: its contents are not valid base64.', [{ path: 'data', message: 'Not valid base64.' }]);
  if (bytes.byteLength > MAX_SAVE_BYTES)
    return fail('invalid', 'The file cannot be saved: it is larger than 200 MB.', [{ path: 'data', message: 'Larger than 200 MB.' }]);

  const window = deps.windowFor(event.sender);
  let choice: SaveDialogReturnValue;
  try {
    choice = await deps.showSaveDialog(window, {
      defaultPath: path.join(deps.defaultDir(), suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  } catch (error) {
    return fail('internal', `The save dialog could not be shown: ${errorMessage(error)}.`);
  }
  if (choice.canceled || !choice.filePath) return ok({ saved: false, path: null });
  try {
    await deps.writeFile(choice.filePath, bytes);
  } catch (error) {
    const reason = errorMessage(error);
    return fail('internal', `Could not write ${choice.filePath}: ${reason}. Nothing was saved.`);
  }
  return ok({ saved: true, path: choice.filePath });
}

/** The real dialog, window lookup and disk. */
export function electronSaveFileDeps(): SaveFileDeps {
  return {
    showSaveDialog: (window, options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
    windowFor: (contents) => BrowserWindow.fromWebContents(contents),
    defaultDir: () => app.getPath('documents'),
    writeFile: writeFileWhole,
  };
}

export { writeFileWhole } from '../core/write-file-whole';

export function registerSaveFile(ipcMain: Pick<IpcMain, 'handle'>, deps: SaveFileDeps, indexUrl: string): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, (event, request: unknown) => handleSaveFile(deps, indexUrl, event, request));
}
