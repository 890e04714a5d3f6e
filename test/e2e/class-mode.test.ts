// Class mode end to end in browser mode: twelve plan files chosen at once (two malformed, two with
// the same ids) go into a new class, each participant named on the way in; the board lists one
// row each with the class's median, sorts by any column (with the mouse and the keyboard), opens
// a plan, and exports as CSV and Word; the library sorts by author and finds one by search; and
// Prepare for class downloads a zip of plan files (browser mode) or writes into a folder, asking
// before replacing a file (the desktop app's path, its preload faked).
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parsePlanFile, serializePlanFile } from '../../shared/file-format';
import { buildSample } from '../../shared/samples';
import type { SampleName } from '../../shared/samples/names';
import { ClassModePage, type FileSpec } from './pages/class-board-page';
import { HandOutDialog } from './pages/hand-out-dialog';
import { installFakeDesktopApi } from './fixtures/fake-desktop-api';
import { PlanWorkspacePage } from './pages/plan-workspace-page';
import { docxParts, bodyText } from '../unit/electron/core/export/docx-files';
import { seriousFindings } from './pages/axe-findings';
import { app, backend, call, library, page, useAppPerTest } from './fixtures/app-session';

const POLL = { timeout: 10_000, interval: 50 };

useAppPerTest({ acceptDownloads: true });

let classMode: ClassModePage;
beforeEach(() => {
  classMode = new ClassModePage(page);
});

const NOW = '2027-01-05T09:30:00.000Z';
const SAMPLES: SampleName[] = ['education', 'infant-formula', 'trade-course', 'social-campaign'];
const STUDENTS = ['Li Wei', 'Wang Fang', 'Zhang Min', 'Liu Yang', 'Chen Jie', 'Yang Lin', 'Zhao Lei', 'Huang Yu', 'Zhou Xin'];

/** Nine participants' plans, a tenth file with the same ids as the first, and two malformed files. */
function twelveFiles(): { files: FileSpec[]; twinName: string } {
  const files: FileSpec[] = [];
  const plans = STUDENTS.map((student, i) => {
    const plan = buildSample(SAMPLES[i % SAMPLES.length]!, 'en', { now: NOW });
    plan.meta.author = student;
    return plan;
  });
  const text = (plan: (typeof plans)[number]) => serializePlanFile(plan, { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: NOW });
  plans.forEach((plan, i) =>
    files.push({ name: `${String(i + 1).padStart(2, '0')}-${STUDENTS[i]!.replace(' ', '-').toLowerCase()}.mplan`, content: text(plan) }),
  );
  // A participant who copied Li Wei's file: the same ids, no author of their own yet.
  files.push({ name: '10-copy.mplan', content: text({ ...plans[0]!, meta: { ...plans[0]!.meta, author: '' } }) });
  files.push({ name: '11-truncated.mplan', content: text(plans[1]!).slice(0, 500) });
  files.push({ name: '12-future.mplan', content: text(plans[2]!).replace(/"version": \d+/, '"version": 99') });
  return { files, twinName: plans[0]!.meta.name };
}

describe('a class of plans', () => {
  it('imports twelve files at once into a new class, reads, sorts and exports the board', async () => {
    const { files, twinName } = twelveFiles();
    const dialog = await classMode.importFiles(files);

    // Each file with its participant; the two malformed ones refused with their reasons before anything comes in.
    await classMode.authorField(dialog, '01-li-wei.mplan').waitFor();
    expect(await classMode.authorField(dialog, '01-li-wei.mplan').inputValue()).toBe('Li Wei');
    expect(await classMode.authorField(dialog, '10-copy.mplan').inputValue()).toBe('');
    const truncated = classMode.fileRow(dialog, '11-truncated.mplan');
    expect(await truncated.getAttribute('data-status')).toBe('refused');
    expect(await truncated.innerText()).toMatch(/Refused/);
    expect(await classMode.fileRow(dialog, '12-future.mplan').innerText()).toMatch(/version/i);

    // The copy's participant is named on the way in.
    await classMode.authorField(dialog, '10-copy.mplan').fill('Sun Qi');
    await dialog.getByRole('combobox', { name: 'Class' }).selectOption({ label: 'New class' });
    await dialog.getByRole('textbox', { name: 'New class name' }).fill('Spring cohort 2027, Hangzhou');
    await dialog.getByRole('button', { name: 'Import 10 plans', exact: true }).click();
    await dialog.getByRole('status').getByText('10 plans imported · 2 files refused', { exact: true }).waitFor();
    expect(await classMode.fileRow(dialog, '10-copy.mplan').innerText()).toContain(`Imported as “${twinName} — Sun Qi”`);

    const classes = await backend('classes.list', {});
    expect(classes.value).toEqual([expect.objectContaining({ name: 'Spring cohort 2027, Hangzhou', plans: 10 })]);
    const listed = (await backend('plans.list', {})).value as { name: string; author: string }[];
    // Every participant started from the same sample: its name comes in once, then side by side by author.
    expect(
      listed
        .filter((p) => p.name.startsWith(twinName))
        .map((p) => p.name)
        .sort(),
    ).toEqual([twinName, `${twinName} — Chen Jie`, `${twinName} — Sun Qi`, `${twinName} — Zhou Xin`].sort());

    await dialog.getByRole('button', { name: 'Open the class board', exact: true }).click();

    // The board: ten rows sorted by participant, and the median underneath.
    await page.getByRole('heading', { name: 'Spring cohort 2027, Hangzhou — class board', level: 1 }).waitFor();
    await classMode.board.waitFor();
    const rows = await classMode.rows();
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r[0])).toEqual([...STUDENTS, 'Sun Qi'].sort((a, b) => a.localeCompare(b, 'en')));
    expect(await classMode.header('Participant').getAttribute('aria-sort')).toBe('ascending');
    const median = await classMode.medianRow();
    expect(median[0]).toBe('Median');
    const board = (await backend('classes.board', { classId: classes.value[0].id })).value;
    const actions = (board.rows as { actions: number }[]).map((r) => r.actions).sort((a, b) => a - b);

    // Sort by actions with the mouse, then the other way with the keyboard.
    const columnIndex = async (label: string) =>
      classMode.board
        .getByRole('columnheader')
        .evaluateAll(
          (ths, name) => ths.findIndex((th) => ((th as unknown as { textContent: string | null }).textContent ?? '').startsWith(name as string)),
          label,
        );
    const actionsIndex = await columnIndex('Actions');
    await classMode.sortButton('Actions').click();
    expect(await classMode.header('Actions').getAttribute('aria-sort')).toBe('ascending');
    const up = (await classMode.rows()).map((r) => Number(r[actionsIndex]));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await classMode.sortButton('Actions').focus();
    await page.keyboard.press('Enter');
    expect(await classMode.header('Actions').getAttribute('aria-sort')).toBe('descending');
    const down = (await classMode.rows()).map((r) => Number(r[actionsIndex]));
    expect(down).toEqual([...up].reverse());
    expect((await classMode.medianRow())[actionsIndex]).toBe(String((actions[4]! + actions[5]!) / 2));

    // Exports: a CSV with a byte-order mark (header, ten participants, the median) and a Word report.
    const csv = await classMode.download('Export CSV');
    expect(csv.suggestedFilename()).toBe('Spring cohort 2027, Hangzhou — Class board.csv');
    const csvText = await readFile((await csv.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const lines = csvText.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(12);
    expect(lines[11]).toMatch(/^Median,/);
    const word = await classMode.download('Export Word');
    const body = bodyText(docxParts(await readFile((await word.path())!)).xml['word/document.xml']!);
    expect(body).toContain('Class board: Spring cohort 2027, Hangzhou');
    expect(body).toContain(`Sun Qi — ${twinName}`);

    // One part of two participants side by side.
    await page.getByRole('checkbox', { name: 'Compare Li Wei', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Compare Wang Fang', exact: true }).check();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const sideBySide = page.getByRole('region', { name: 'Threats and opportunities side by side' });
    await sideBySide.waitFor();
    expect(await sideBySide.getByRole('article').evaluateAll((a) => a.map((x) => (x as unknown as { ariaLabel: string | null }).ariaLabel))).toEqual([
      'Li Wei',
      'Wang Fang',
    ]);
    expect(await sideBySide.getByRole('heading', { name: 'Strengths', level: 4 }).count()).toBe(2);
    await sideBySide.getByRole('combobox', { name: 'Part' }).selectOption({ label: 'Action programs' });
    await page.getByRole('region', { name: 'Action programs side by side' }).getByRole('heading', { name: 'Actions', level: 4 }).first().waitFor();

    // Any plan opens from the board.
    await classMode.board.getByRole('link', { name: `${twinName} — Sun Qi`, exact: true }).click();
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();

    // The library: an Author column, sorted from the keyboard both ways, and found by search.
    await workspace.backToLibrary();
    await library.row(`${twinName} — Sun Qi`).waitFor();
    const participants = [...STUDENTS, 'Sun Qi'].sort((a, b) => a.localeCompare(b, 'en'));
    await library.sortButton('Author').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => library.header('Author').getAttribute('aria-sort'), POLL).toBe('ascending');
    expect(await library.header('Last modified').getAttribute('aria-sort')).toBeNull();
    await expect.poll(() => library.columnTexts('Author'), POLL).toEqual(participants);
    await page.keyboard.press('Enter');
    await expect.poll(() => library.header('Author').getAttribute('aria-sort'), POLL).toBe('descending');
    await expect.poll(() => library.columnTexts('Author'), POLL).toEqual([...participants].reverse());
    await library.search('zhang');
    await expect.poll(() => library.columnTexts('Author'), POLL).toEqual(['Zhang Min']);
    await library.search('');

    // Prepare for class from a plan's row menu: names pasted (a blank line, a repeat, Chinese), one zip of plan files.
    const handOut = new HandOutDialog(page);
    await handOut.openFromLibrary(twinName);
    await handOut.names.fill('李伟\n\nWang Fang\n  张敏  \nWang Fang\n');
    await expect.poll(() => handOut.countText(), POLL).toBe('3 participants · 1 repeated name left out');
    await handOut.className.fill('Autumn cohort: Suzhou');
    const zip = await handOut.downloadZip();
    expect(zip.suggestedFilename()).toBe('Autumn cohort Suzhou.zip');
    const unzipped = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
    const handOuts = Object.entries(unzipped).map(([file, bytes]) => {
      const parsed = parsePlanFile(strFromU8(bytes));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
      return { file, author: parsed.file.plan.meta.author, id: parsed.file.plan.meta.id };
    });
    expect(handOuts.map((h) => h.author).sort()).toEqual(['Wang Fang', '张敏', '李伟'].sort());
    expect(handOuts.map((h) => h.file)).toContain(`李伟 — ${twinName}.mplan`);
    expect(new Set(handOuts.map((h) => h.id)).size).toBe(3);
    await page.getByRole('status').getByText('3 plan files downloaded in “Autumn cohort Suzhou.zip”').waitFor();
    await handOut.dialog.waitFor({ state: 'detached' });

    // The desktop app's path (its preload faked: Electron cannot run here): a folder, and a file
    // already there replaced only after confirming, with the token main gave.
    const desktop = await page
      .context()
      .browser()!
      .newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await desktop.addInitScript(installFakeDesktopApi);
      await desktop.goto(app.url);
      const desktopHandOut = new HandOutDialog(desktop);
      await desktopHandOut.openFromLibrary(twinName);
      await desktopHandOut.names.fill('李伟\nWang Fang');
      await desktopHandOut.className.fill('Autumn cohort');
      await desktopHandOut.dialog.getByRole('button', { name: 'Choose folder…', exact: true }).click();
      const confirm = desktop.getByRole('alertdialog', { name: 'Replace existing files?' });
      await confirm.waitFor();
      expect(await confirm.innerText()).toContain(
        `“/home/trainer/Autumn cohort” already has 1 of these files (李伟 — ${twinName}.mplan). Replace it?`,
      );
      await confirm.getByRole('button', { name: 'Replace', exact: true }).click();
      await desktop.getByRole('status').getByText('2 plan files written to “/home/trainer/Autumn cohort”').waitFor();
      type Save = { subfolder?: string; files: { name: string; text: string }[]; replaceToken?: string };
      const saves = await desktop.evaluate(() => (globalThis as unknown as { __presenter: { saves: Save[] } }).__presenter.saves);
      expect(saves.map((s) => [s.subfolder, s.files.map((f) => f.name), s.replaceToken])).toEqual([
        ['Autumn cohort', [`李伟 — ${twinName}.mplan`, `Wang Fang — ${twinName}.mplan`], undefined],
        ['Autumn cohort', [`李伟 — ${twinName}.mplan`, `Wang Fang — ${twinName}.mplan`], '7f1d3c2e-58b4-4b8e-9d3a-2f6c1e0a9b11'],
      ]);
      const authors = saves[1]!.files.map((f) => {
        const parsed = parsePlanFile(f.text);
        return parsed.ok ? parsed.file.plan.meta.author : null;
      });
      expect(authors).toEqual(['李伟', 'Wang Fang']);
    } finally {
      await desktop.close();
    }
  });

  it('the board, its side-by-side view, the import dialog and Prepare for class have nothing serious for axe, light and dark', async () => {
    const ids = await Promise.all(
      (['education', 'trade-course'] as const).map(
        async (sample) => (await call<{ id: string }>('plans.createFromSample', { sample, language: 'en' })).id,
      ),
    );
    const klass = await call<{ id: string }>('classes.create', { name: 'Axe cohort', planIds: ids });
    for (const theme of ['light', 'dark'] as const) {
      await call('settings.set', { theme });
      await page.goto(`${app.url}#/classes/${klass.id}`);
      await page.reload();
      await classMode.board.waitFor();
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page
        .getByRole('region', { name: /side by side$/ })
        .getByRole('article')
        .first()
        .waitFor();
      expect({ theme, screen: 'board', findings: await seriousFindings(page) }).toEqual({ theme, screen: 'board', findings: [] });

      await page.goto(app.url);
      const { files } = twelveFiles();
      const dialog = await classMode.importFiles(files.slice(9));
      await classMode.fileRow(dialog, '11-truncated.mplan').waitFor();
      expect({ theme, screen: 'import', findings: await seriousFindings(page) }).toEqual({ theme, screen: 'import', findings: [] });
      await page.keyboard.press('Escape');

      // Prepare for class, with a count, a repeat and a name refused.
      const handOut = new HandOutDialog(page);
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      const planName = ((await backend('plans.get', { planId: ids[0] })).value as { meta: { name: string } }).meta.name;
      await handOut.openFromLibrary(planName);
      await handOut.names.fill(`Li Wei\nLi Wei\n${'x'.repeat(201)}`);
      await handOut.dialog.getByText('These names can’t be an author:').waitFor();
      // The dialog's and the menu's entry animations over: a half-faded text is no contrast finding.
      await expect.poll(() => page.evaluate<boolean>('document.getAnimations().every((a) => a.playState !== "running")'), POLL).toBe(true);
      expect({ theme, screen: 'hand-out', findings: await seriousFindings(page) }).toEqual({ theme, screen: 'hand-out', findings: [] });
      await page.keyboard.press('Escape');
    }
  });
});
