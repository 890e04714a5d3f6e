import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Word → PDF with LibreOffice, headless. Each conversion runs in a temporary folder with its own
 * LibreOffice profile (`-env:UserInstallation`), so conversions running at the same time, or a
 * LibreOffice the user has open, never share a profile lock.
 *
 * A plain `--convert-to pdf` would print the table of contents without page numbers: LibreOffice
 * does not update fields when it opens a .docx. So the profile gets a small Basic macro that opens
 * the document, updates its indexes and fields, and exports the PDF; if that fails for any reason,
 * the plain conversion is the fallback.
 */

export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      'PDF export needs LibreOffice, which was not found. Install it from https://www.libreoffice.org (or your package manager), ' +
        'or set PLANWRIGHT_SOFFICE to the path of its soffice program. Word (.docx) and Markdown export work without it.',
    );
    this.name = 'LibreOfficeMissingError';
  }
}

export class PdfConversionError extends Error {
  constructor(detail: string) {
    super(`LibreOffice could not convert the report to PDF: ${detail}`);
    this.name = 'PdfConversionError';
  }
}

type Env = Record<string, string | undefined>;

/** Where LibreOffice installs itself on each system, after the PATH. */
export function sofficeCandidates(platform: NodeJS.Platform = process.platform, env: Env = process.env): string[] {
  const fromPath = (env.PATH ?? env.Path ?? '')
    .split(platform === 'win32' ? ';' : ':')
    .filter(Boolean)
    .flatMap((dir) =>
      platform === 'win32' ? [path.win32.join(dir, 'soffice.exe')] : [path.posix.join(dir, 'soffice'), path.posix.join(dir, 'libreoffice')],
    );
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files', 'C:\\Program Files (x86)'].filter(
      (r): r is string => !!r,
    );
    return [...fromPath, ...roots.map((root) => path.win32.join(root, 'LibreOffice', 'program', 'soffice.exe'))];
  }
  if (platform === 'darwin') {
    return [
      ...fromPath,
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      path.posix.join(env.HOME ?? '~', 'Applications/LibreOffice.app/Contents/MacOS/soffice'),
    ];
  }
  return [
    ...fromPath,
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/usr/lib64/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/usr/local/bin/soffice',
    '/snap/bin/libreoffice',
  ];
}

/** The soffice to run: PLANWRIGHT_SOFFICE if set, else the first one installed; null when there is none. */
export function findSoffice(options: { platform?: NodeJS.Platform; env?: Env; exists?: (file: string) => boolean } = {}): string | null {
  const env = options.env ?? process.env;
  const exists = options.exists ?? ((file: string) => fs.existsSync(file) && fs.statSync(file).isFile());
  const override = env.PLANWRIGHT_SOFFICE;
  if (override) return exists(override) ? override : null;
  return sofficeCandidates(options.platform, env).find(exists) ?? null;
}

const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub ExportPdfs(jobs As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;writer_pdf_Export&quot;
  urls = Split(jobs, &quot;|&quot;)
  For j = 0 To UBound(urls) - 1 Step 2
    doc = StarDesktop.loadComponentFromURL(urls(j), &quot;_blank&quot;, 0, load())
    indexes = doc.getDocumentIndexes()
    For i = 0 To indexes.getCount() - 1
      indexes.getByIndex(i).update()
    Next i
    doc.getTextFields().refresh()
    doc.storeToURL(urls(j + 1), store())
    doc.close(True)
  Next j
End Sub

Sub PageNumbers(jobs As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  urls = Split(jobs, &quot;|&quot;)
  For j = 0 To UBound(urls) - 1 Step 2
    doc = StarDesktop.loadComponentFromURL(urls(j), &quot;_blank&quot;, 0, load())
    indexes = doc.getDocumentIndexes()
    For i = 0 To indexes.getCount() - 1
      indexes.getByIndex(i).update()
    Next i
    cursor = doc.getCurrentController().getViewCursor()
    marks = doc.getBookmarks()
    names = marks.getElementNames()
    n = FreeFile
    Open ConvertFromURL(urls(j + 1)) For Output As #n
    For i = 0 To UBound(names)
      cursor.gotoRange(marks.getByName(names(i)).getAnchor(), False)
      Print #n, names(i) &amp; Chr(9) &amp; cursor.getPage()
    Next i
    Print #n, &quot;#pages&quot; &amp; Chr(9) &amp; doc.getCurrentController().getPropertyValue(&quot;PageCount&quot;)
    Close #n
    doc.close(True)
  Next j
End Sub
</script:module>
`;

type RunResult = { code: number | null; stderr: string; timedOut: boolean };

function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Its own process group on POSIX, so a timeout ends soffice.bin too, not just the wrapper script.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}

export type PdfOptions = {
  /** The soffice program; found with findSoffice() when not given. */
  soffice?: string | null;
  /** Upper bound for one LibreOffice run. */
  timeoutMs?: number;
};

function exists(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** Arguments every LibreOffice run shares: headless, with the temporary folder's own profile. */
function sofficeArgs(dir: string): string[] {
  const profile = `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`;
  return ['--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck', profile];
}

/**
 * Runs one of MACRO's subs over pairs of files (an input, the output it writes) in a fresh profile
 * in `dir`; returns the arguments for any further run in the same profile. Nothing is run when the
 * profile has no macro library or a path cannot be passed to Basic; the caller checks the outputs.
 */
/**
 * A fresh LibreOffice profile in `dir` with room for the macro: LibreOffice writes a profile's
 * macro library on first start, so the profile is made first and the macro put into it after.
 * Returns the arguments for every further run in that profile.
 */
async function makeProfile(soffice: string, dir: string, timeoutMs: number): Promise<string[]> {
  const common = sofficeArgs(dir);
  await run(soffice, [...common, '--terminate_after_init'], timeoutMs);
  return common;
}

/**
 * Runs one of MACRO's subs over pairs of files (an input, the output it writes) in a profile made
 * by makeProfile. Nothing is run when the profile has no macro library or a path cannot be passed
 * to Basic; the caller checks the outputs.
 */
async function runSub(
  soffice: string,
  dir: string,
  common: string[],
  sub: 'ExportPdfs' | 'PageNumbers',
  inputs: string[],
  outputs: string[],
  timeoutMs: number,
  onStarted?: () => void,
): Promise<void> {
  const basic = path.join(dir, 'profile', 'user', 'basic', 'Standard');
  const urls = inputs.flatMap((input, i) => [pathToFileURL(input).href, pathToFileURL(outputs[i]!).href]);
  if (fs.existsSync(path.join(basic, 'script.xlb')) && urls.every((url) => !/[|"]/.test(url))) {
    await fs.promises.writeFile(path.join(basic, 'Module1.xba'), MACRO);
    const running = run(soffice, [...common, `macro:///Standard.Module1.${sub}("${urls.join('|')}|")`], timeoutMs);
    onStarted?.();
    await running;
  }
}

/** makeProfile, then runSub; returns the arguments for any further run in the same profile. */
async function runMacro(
  soffice: string,
  dir: string,
  sub: 'ExportPdfs' | 'PageNumbers',
  inputs: string[],
  outputs: string[],
  timeoutMs: number,
): Promise<string[]> {
  const common = await makeProfile(soffice, dir, timeoutMs);
  await runSub(soffice, dir, common, sub, inputs, outputs, timeoutMs);
  return common;
}

/** Where LibreOffice laid a document out: the page each bookmark is on, and how many pages there are. */
export type LaidOutPages = { bookmarks: Map<string, number>; pageCount: number };

/** Reads the PageNumbers macro's output: "name<TAB>page" lines and a "#pages<TAB>n" line. */
export function parsePageList(text: string): LaidOutPages | null {
  const bookmarks = new Map<string, number>();
  let pageCount = 0;
  for (const line of text.split(/\r?\n/)) {
    const [name, page] = line.split('\t');
    const n = Number(page);
    if (!name || !Number.isInteger(n) || n < 1) continue;
    if (name === '#pages') pageCount = n;
    else bookmarks.set(name, n);
  }
  return pageCount > 0 ? { bookmarks, pageCount } : null;
}

/**
 * Lays a .docx out with LibreOffice once and reads the page each bookmark (each heading the
 * contents lists) lands on, so the contents can be written with its page numbers: WPS Office and
 * LibreOffice show a field's written result and never update it themselves. Null when
 * LibreOffice is missing or fails: the caller falls back to an estimate.
 */
export async function layOutPages(docx: Uint8Array, options: PdfOptions = {}): Promise<LaidOutPages | null> {
  return pageLayout(options).layOut(docx);
}

/** A LibreOffice layout started before its document is ready: see pageLayout. */
export type PageLayout = {
  /**
   * Lays the document out and reads its pages; null where LibreOffice could not. Once.
   * `onStarted` is called as LibreOffice starts on the document, from when the caller may work
   * beside it (JavaScript's own work would otherwise hold the start back until it is done).
   */
  layOut(docx: Uint8Array, onStarted?: () => void): Promise<LaidOutPages | null>;
  /** Removes the profile when layOut is not called (an export that failed first); harmless after it. */
  close(): Promise<void>;
};

/**
 * Starts LibreOffice's slow first run (making its profile) at once, so it runs on the other core
 * while the caller writes the document it will lay out.
 */
export function pageLayout(options: PdfOptions = {}): PageLayout {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (!soffice) return { layOut: async () => null, close: async () => undefined };
  const timeoutMs = options.timeoutMs ?? 180_000;
  let folder: string;
  try {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-pages-'));
  } catch {
    return { layOut: async () => null, close: async () => undefined };
  }
  // Spawned here and now, not after the caller's next await.
  const profile = makeProfile(soffice, folder, timeoutMs);
  profile.catch(() => undefined);
  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= profile
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => fs.promises.rm(folder, { recursive: true, force: true })));
  return {
    async layOut(docx, onStarted) {
      try {
        const common = await profile;
        const input = path.join(folder, 'report.docx');
        const output = path.join(folder, 'pages.txt');
        await fs.promises.writeFile(input, docx);
        await runSub(soffice, folder, common, 'PageNumbers', [input], [output], timeoutMs, onStarted);
        return exists(output) ? parsePageList(await fs.promises.readFile(output, 'utf8')) : null;
      } catch {
        return null;
      } finally {
        await close();
      }
    },
    close,
  };
}

/** The PDF of a .docx, its table of contents filled in with page numbers. */
export async function docxToPdf(docx: Uint8Array, options: PdfOptions = {}): Promise<Buffer> {
  const [pdf] = await docxToPdfs([docx], options);
  return pdf!;
}

/**
 * Several .docx files converted by one LibreOffice run: starting LibreOffice is much of the cost
 * of one conversion, so a batch (the command line's, the tests') pays it once.
 */
export async function docxToPdfs(docxs: readonly Uint8Array[], options: PdfOptions = {}): Promise<Buffer[]> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (!soffice) throw new LibreOfficeMissingError();
  if (docxs.length === 0) return [];
  const timeoutMs = (options.timeoutMs ?? 180_000) * Math.max(1, Math.ceil(docxs.length / 2));
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'planwright-pdf-'));
  try {
    const inputs = docxs.map((_, i) => path.join(dir, `report-${i + 1}.docx`));
    const outputs = inputs.map((input) => input.replace(/\.docx$/, '.pdf'));
    await Promise.all(docxs.map((bytes, i) => fs.promises.writeFile(inputs[i]!, bytes)));
    const common = await runMacro(soffice, dir, 'ExportPdfs', inputs, outputs, timeoutMs);
    const missing = inputs.filter((_, i) => !exists(outputs[i]!));
    let last: RunResult | null = null;
    if (missing.length > 0) last = await run(soffice, [...common, '--convert-to', 'pdf', '--outdir', dir, ...missing], timeoutMs);
    const failed = outputs.findIndex((output) => !exists(output));
    if (failed >= 0) {
      const why = last?.timedOut
        ? `it took longer than ${Math.round(timeoutMs / 1000)} s`
        : (last?.stderr.trim().split('\n').pop() ?? `exit code ${last?.code}`);
      throw new PdfConversionError(why || 'it wrote no PDF');
    }
    return await Promise.all(outputs.map((output) => fs.promises.readFile(output)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === soffice) throw new LibreOfficeMissingError();
    throw error;
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
