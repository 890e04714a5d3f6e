import fs from 'node:fs';
import path from 'node:path';

/** The hidden file beside `target` that a write goes to first. */
function partialPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
}

/**
 * Written beside the target and renamed over it, so a failed write (a full disk, a killed
 * process) never leaves half a file where the user looks, and an existing file is replaced whole.
 */
export async function writeFileWhole(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = partialPath(target);
  try {
    await fs.promises.writeFile(temporary, bytes);
    await fs.promises.rename(temporary, target);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The same, for the command line, which has nothing else to do meanwhile. */
export function writeFileWholeSync(target: string, bytes: Uint8Array): void {
  const temporary = partialPath(target);
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
