import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type IpcMain,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type OpenDialogReturnValue,
  type WebContents,
} from 'electron';
import { z } from 'zod';
import type { SaveFilesResult } from '../../shared/contracts/api';
import { SAVE_FILES_CHANNEL } from '../../shared/contracts/channels';
import { fail, ok, type Result } from '../../shared/contracts/result';
import { LIMITS } from '../../shared/limits';
import { errorMessage } from '../../shared/error-message';
import { zodIssues } from '../core/validate';
import { writeFileWhole } from '../core/write-file-whole';
import { isTrustedSender } from './ipc';
import { FileName, MAX_SAVE_BYTES } from './save-file';

export const SaveFilesRequestSchema = z
  .strictObject({
    title: z.string().min(1).max(200),
    subfolder: FileName.optional(),
    files: z
      .array(z.strictObject({ name: FileName, text: z.string() }))
      .min(1)
      .max(LIMITS.classPlans),
    replaceToken: z.uuid().optional(),
  })
  .refine((r) => new Set(r.files.map((f) => f.name.toLowerCase())).size === r.files.length, {
    message: 'Two files have the same name.',
    path: ['files'],
  })
  .refine((r) => r.files.reduce((sum, f) => sum + f.text.length * 3, 0) <= MAX_SAVE_BYTES, {
    message: 'The files are larger than 200 MB together.',
    path: ['files'],
  });

export type SaveFilesDeps = {
  showOpenDialog(window: BrowserWindow | null, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  windowFor(contents: WebContents): BrowserWindow | null;
  defaultDir(): string;
  writeFile(target: string, bytes: Uint8Array): Promise<void>;
};

/**
 * The one folder waiting for the user's "Replace": the page gets only a token for it, so the
 * folder written to is always one the user picked in the dialog, never one the page names.
 */
export type PendingReplace = { token: string; folder: string } | null;

/** The folder's entries, lower-cased; none when it is not there yet. */
function entriesOf(folder: string): Set<string> {
  try {
    return new Set(fs.readdirSync(folder).map((name) => name.toLowerCase()));
  } catch {
    return new Set();
  }
}

export async function handleSaveFiles(
  deps: SaveFilesDeps,
  pending: { current: PendingReplace },
  indexUrl: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  request: unknown,
): Promise<Result<SaveFilesResult>> {
  if (!isTrustedSender(event, indexUrl)) return fail('unauthorized', 'This request did not come from the Planwright window.');
  const parsed = SaveFilesRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues[0]!;
    return fail('invalid', `The files cannot be saved (${first.path ? `${first.path}: ` : ''}${first.message}).`, issues);
  }
  const { title, subfolder, files, replaceToken } = parsed.data;

  let folder: string;
  let replace = false;
  if (replaceToken !== undefined) {
    // One use: a token answers the one question it was given for.
    const waiting = pending.current;
    pending.current = null;
    if (!waiting || waiting.token !== replaceToken) return fail('invalid', 'That folder is no longer waiting for an answer: choose it again.');
    folder = waiting.folder;
    replace = true;
  } else {
    let choice: OpenDialogReturnValue;
    try {
      choice = await deps.showOpenDialog(deps.windowFor(event.sender), {
        title,
        defaultPath: deps.defaultDir(),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      });
    } catch (error) {
      return fail('internal', `The folder dialog could not be shown: ${errorMessage(error)}.`);
    }
    const chosen = choice.filePaths[0];
    if (choice.canceled || !chosen) return ok({ status: 'cancelled' });
    folder = subfolder ? path.join(chosen, subfolder) : chosen;
  }

  const there = entriesOf(folder);
  const existing = files.filter((f) => there.has(f.name.toLowerCase())).map((f) => f.name);
  if (existing.length > 0 && !replace) {
    const token = randomUUID();
    pending.current = { token, folder };
    return ok({ status: 'exists', folder, existing, replaceToken: token });
  }
  let written = 0;
  try {
    await fs.promises.mkdir(folder, { recursive: true });
    for (const file of files) {
      await deps.writeFile(path.join(folder, file.name), Buffer.from(file.text, 'utf8'));
      written += 1;
    }
  } catch (error) {
    return fail('internal', `Could not write into ${folder}: ${errorMessage(error)}. ${written} of ${files.length} files were written.`);
  }
  return ok({ status: 'saved', folder, count: written });
}

/** The real dialog, window lookup and disk. */
export function electronSaveFilesDeps(): SaveFilesDeps {
  return {
    showOpenDialog: (window, options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
    windowFor: (contents) => BrowserWindow.fromWebContents(contents),
    defaultDir: () => app.getPath('documents'),
    writeFile: writeFileWhole,
  };
}

export function registerSaveFiles(ipcMain: Pick<IpcMain, 'handle'>, deps: SaveFilesDeps, indexUrl: string): void {
  const pending: { current: PendingReplace } = { current: null };
  ipcMain.handle(SAVE_FILES_CHANNEL, (event, request: unknown) => handleSaveFiles(deps, pending, indexUrl, event, request));
}
