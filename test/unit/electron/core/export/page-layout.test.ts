import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageLayout } from '../../../../../electron/core/export/pdf';

// A stand-in for soffice: the profile run logs itself and makes the macro library LibreOffice
// would; the macro run writes the pages of "report.docx" where the macro's second URL says.
const FAKE_SOFFICE = `#!/bin/sh
log="$(dirname "$0")/calls.log"
for arg in "$@"; do
  case "$arg" in
    -env:UserInstallation=file://*) profile="\${arg#-env:UserInstallation=file://}" ;;
    --terminate_after_init) echo "profile $profile" >> "$log"; mkdir -p "$profile/user/basic/Standard"; touch "$profile/user/basic/Standard/script.xlb"; exit 0 ;;
    macro:*) echo "macro" >> "$log"; out="\${arg#*|file://}"; out="\${out%%|*}"; printf '_Toc1\\t3\\n_Toc2\\t5\\n#pages\\t9\\n' > "$out"; exit 0 ;;
  esac
done
exit 1
`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function fakeSoffice(): { soffice: string; calls: () => string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-fake-soffice-'));
  dirs.push(dir);
  const soffice = path.join(dir, 'soffice');
  fs.writeFileSync(soffice, FAKE_SOFFICE, { mode: 0o755 });
  const log = path.join(dir, 'calls.log');
  return {
    soffice,
    calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []),
  };
}

/** The folder pageLayout made, from the profile path the fake was given (the profile is inside it). */
function folderOf(calls: string[]): string {
  const profile = calls.find((call) => call.startsWith('profile '))!.slice('profile '.length);
  return path.dirname(decodeURIComponent(profile));
}

/** What the fake was asked to do, in order. */
function steps(calls: string[]): string[] {
  return calls.map((call) => call.split(' ')[0]!);
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe.skipIf(process.platform === 'win32')('pageLayout', () => {
  it('starts LibreOffice’s profile run before the document is there, then lays the document out in that profile', async () => {
    const { soffice, calls } = fakeSoffice();
    const layout = pageLayout({ soffice });
    await until(() => calls().length > 0);
    expect(steps(calls())).toEqual(['profile']);
    const folder = folderOf(calls());
    expect(fs.existsSync(folder)).toBe(true);

    const pages = await layout.layOut(new Uint8Array([1, 2, 3]));
    expect(steps(calls())).toEqual(['profile', 'macro']);
    expect(pages).toEqual({
      bookmarks: new Map([
        ['_Toc1', 3],
        ['_Toc2', 5],
      ]),
      pageCount: 9,
    });
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('removes its folder when closed without a layout, and gives no pages where LibreOffice is missing or fails', async () => {
    const { soffice, calls } = fakeSoffice();
    await pageLayout({ soffice }).close();
    const folder = folderOf(calls());
    expect(folder).toContain('planwright-pages-');
    expect(fs.existsSync(folder)).toBe(false);

    expect(await pageLayout({ soffice: null }).layOut(new Uint8Array([1]))).toBeNull();
    const failing = path.join(path.dirname(soffice), 'failing');
    fs.writeFileSync(failing, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    expect(await pageLayout({ soffice: failing }).layOut(new Uint8Array([1]))).toBeNull();
    expect(fs.existsSync(folder)).toBe(false);
  });
});
