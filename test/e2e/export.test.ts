// The report export end to end in browser mode: the dialog from the workspace button and Ctrl+E,
// its options (language, parts, paper, brand colour, logo) reaching the real Word, Markdown and
// PDF files the download delivers, remembered per plan across a reload; a wrong logo, no parts
// and a missing LibreOffice each explained inside the dialog; the dialog in Chinese.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { bodyText, docxParts } from '../unit/electron/core/export/docx-files';
import { backend, library, page, startApp, useAppPerTest } from './fixtures/app-session';
import { EXPORT_LABELS_ZH, ExportDialogPage } from './pages/export-dialog';
import { PART_TITLES } from './pages/part-titles';
import { PlanWorkspacePage } from './pages/plan-workspace-page';

const POLL = { timeout: 10_000, interval: 50 };

// A 24 × 12 teal PNG, made for this test.
const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAMCAYAAAB4MH11AAAAG0lEQVR4nGPgz8v7T0vMMGrBqAWjFoxaQBgDAPRZJ1/pGnZ/AAAAAElFTkSuQmCC',
  'base64',
);

const ZH_TITLES = {
  summary: '计划实施概要',
  situation: '市场营销现状',
  swot: '威胁和机会',
  objectives: '目标和问题',
  strategy: '市场营销战略',
  actions: '行动方案',
  budget: '预算',
  control: '控制',
};

// Where pdf.ts looks for LibreOffice on Linux, after the PATH.
const SOFFICE = [
  ...(process.env.PATH ?? '').split(':').map((dir) => `${dir}/soffice`),
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
].find((file) => existsSync(file));

let exporter: ExportDialogPage;

// Each describe starts the app itself: one needs the server without LibreOffice.
useAppPerTest({ acceptDownloads: true, start: 'manual' });

async function startExportApp(env?: Record<string, string>): Promise<void> {
  await startApp({ env });
  exporter = new ExportDialogPage(page);
}

/** An English plan in US dollars (so its report defaults to Letter), with a client, opened in the workspace. */
async function openPlan(name = 'Spring launch'): Promise<string> {
  await library.createPlan({ name, currency: 'USD', language: 'English' });
  const planId = (await backend('plans.list', {})).value.find((p: { name: string }) => p.name === name).id as string;
  expect((await backend('plans.updateMeta', { planId, patch: { client: '华东零售集团' } })).ok).toBe(true);
  await library.open(name);
  await new PlanWorkspacePage(page).waitUntilOpen();
  return planId;
}

const downloaded = async (download: { path(): Promise<string | null> }) => readFile((await download.path())!);

describe('exporting the report', () => {
  beforeEach(() => startExportApp());

  it('exports a Chinese Word report on A4 without one part, in the chosen colour with the logo, and remembers the choices', async () => {
    const planId = await openPlan();
    await exporter.openFromWorkspace();

    // The plan's own defaults: its language, Letter for dollars, every part, the navy.
    expect(await exporter.format('docx').isChecked()).toBe(true);
    expect(await exporter.languageSelect.inputValue()).toBe('en');
    expect(await exporter.paper('Letter').isChecked()).toBe(true);
    expect(await exporter.checkedParts()).toEqual(PART_TITLES);
    expect(await exporter.swatch('Navy').isChecked()).toBe(true);
    await expect.poll(() => exporter.hexInput.inputValue()).toBe('#1F4E79');

    await exporter.languageSelect.selectOption({ label: '简体中文' });
    await exporter.choose(exporter.paper('A4'));
    await exporter.part('Threats and opportunities').uncheck();
    await exporter.swatch('Teal').check();
    // The hex box follows the chosen swatch a render later.
    await expect.poll(() => exporter.hexInput.inputValue()).toBe('#0F6E6E');
    await exporter.chooseLogo('logo.png', 'image/png', LOGO_PNG);
    await exporter.dialog.getByRole('img', { name: 'Logo preview' }).waitFor();
    await exporter.dialog.getByText('24 × 12 px', { exact: true }).waitFor();

    const download = await exporter.exportAndDownload('docx');
    expect(download.suggestedFilename()).toBe('Spring launch.docx');
    const bytes = await downloaded(download);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { xml, media } = docxParts(bytes);
    expect(Object.keys(xml)).toContain('word/document.xml');
    const text = bodyText(xml['word/document.xml']!);
    for (const [part, title] of Object.entries(ZH_TITLES)) {
      if (part === 'swot') expect(text).not.toContain(title);
      else expect(text).toContain(title);
    }
    expect(text).toContain('华东零售集团');
    expect(text).not.toContain('Executive summary');
    expect(xml['word/document.xml']).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(Object.values(xml).join('')).toContain('0F6E6E');
    expect(media).toHaveLength(1);

    await exporter.waitUntilClosed();
    // Without LibreOffice the confirmation goes on to say the contents' page numbers are estimated.
    await page
      .getByRole('status')
      .getByText(/^Report downloaded: “Spring launch\.docx”/)
      .waitFor();

    // Remembered by the backend for this plan: a reload and the shortcut bring the same choices back.
    await page.reload();
    await new PlanWorkspacePage(page).waitUntilOpen();
    await exporter.openWithShortcut();
    expect(await exporter.languageSelect.inputValue()).toBe('zh-CN');
    expect(await exporter.paper('A4').isChecked()).toBe(true);
    expect(await exporter.checkedParts()).toEqual(PART_TITLES.filter((t) => t !== 'Threats and opportunities'));
    expect(await exporter.swatch('Teal').isChecked()).toBe(true);
    await exporter.dialog.getByRole('img', { name: 'Logo preview' }).waitFor();
    const remembered = await backend('report.getOptions', { planId });
    expect(remembered.value).toMatchObject({
      language: 'zh-CN',
      paperSize: 'A4',
      brandColor: '#0F6E6E',
      logo: { mime: 'image/png', width: 24, height: 12 },
    });
    expect(remembered.value.parts).not.toContain('swot');

    // Escape closes it when nothing is running, and nothing is lost.
    await page.keyboard.press('Escape');
    await exporter.waitUntilClosed();
  });

  it('exports Markdown whose text carries the part titles, and says what Markdown leaves out', async () => {
    await openPlan('Autumn push');
    await exporter.openFromWorkspace();
    await exporter.part('Budget').uncheck();
    await exporter.chooseFormat('md');
    await exporter.dialog.getByText('Markdown is plain text: paper, colour, fonts and logo apply to Word, PDF and slides only.').waitFor();
    const download = await exporter.exportAndDownload('md');
    expect(download.suggestedFilename()).toBe('Autumn push.md');
    const text = (await downloaded(download)).toString('utf8');
    for (const title of PART_TITLES) {
      if (title === 'Budget') expect(text).not.toMatch(/^#+ .*Budget\s*$/m);
      else expect(text).toContain(title);
    }
    expect(text).toContain('Autumn push');
    expect(text).toContain('华东零售集团');
    await page.getByRole('status').getByText('Report downloaded: “Autumn push.md”', { exact: true }).waitFor();

    // The format used last is where the next opening starts.
    await exporter.openWithShortcut();
    expect(await exporter.format('md').isChecked()).toBe(true);
  });

  it.skipIf(!SOFFICE)(
    'exports a PDF, keeping the dialog and its choices through Esc while it is laid out',
    async () => {
      await openPlan();
      await exporter.openFromWorkspace();
      await exporter.chooseFormat('pdf');
      await exporter.choose(exporter.paper('A4'));
      const download = exporter.exportAndDownload('pdf');
      await exporter.dialog.getByRole('status').getByText('Laying out the PDF… This can take a minute.').waitFor();
      await page.keyboard.press('Escape');
      expect(await exporter.dialog.isVisible()).toBe(true);
      expect(await exporter.paper('A4').isChecked()).toBe(true);
      expect(await exporter.submitButton.getAttribute('aria-disabled')).toBe('true');
      const file = await download;
      expect(file.suggestedFilename()).toBe('Spring launch.pdf');
      expect((await downloaded(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await exporter.waitUntilClosed();
    },
    180_000,
  );

  it('refuses a logo that is not a PNG or JPEG, or is over 2 MB, keeping the one already chosen', async () => {
    await openPlan();
    await exporter.openFromWorkspace();
    await exporter.chooseLogo('logo.png', 'image/png', LOGO_PNG);
    await exporter.dialog.getByRole('img', { name: 'Logo preview' }).waitFor();

    await exporter.chooseLogo('notes.png', 'image/png', Buffer.from('not an image at all'));
    await exporter.dialog.getByRole('alert').getByText('“notes.png” is not a PNG or JPEG image.').waitFor();
    await exporter.chooseLogo('anim.gif', 'image/gif', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    await exporter.dialog.getByRole('alert').getByText('“anim.gif” is not a PNG or JPEG image.').waitFor();
    const big = Buffer.concat([LOGO_PNG, Buffer.alloc(2 * 1024 * 1024)]);
    await exporter.chooseLogo('huge.png', 'image/png', big);
    await exporter.dialog.getByRole('alert').getByText('“huge.png” is 2.1 MB; a logo can be at most 2 MB.').waitFor();
    // The earlier logo is still there, and can be removed.
    await exporter.dialog.getByRole('img', { name: 'Logo preview' }).waitFor();
    await exporter.dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await exporter.dialog.getByText('No logo', { exact: true }).waitFor();
    expect(
      await exporter.dialog
        .getByRole('button', { name: 'Choose image…', exact: true })
        .evaluate((el) => (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el),
    ).toBe(true);
  });

  it('needs at least one part and a real colour before it exports', async () => {
    await openPlan();
    await exporter.openFromWorkspace();
    await exporter.dialog.getByRole('button', { name: 'None', exact: true }).click();
    await exporter.dialog.getByRole('alert').getByText('Choose at least one part.').waitFor();
    expect(await exporter.checkedParts()).toEqual([]);
    expect(await exporter.submitButton.isDisabled()).toBe(true);
    await exporter.part('Budget').check();
    expect(await exporter.submitButton.isDisabled()).toBe(false);

    await exporter.hexInput.fill('#12345');
    await exporter.dialog.getByRole('alert').getByText('Enter # and six hex digits, like #1F4E79.').waitFor();
    expect(await exporter.submitButton.isDisabled()).toBe(true);
    await exporter.hexInput.fill('8a1e3c');
    expect(await exporter.swatch('Burgundy').isChecked()).toBe(true);
    expect(await exporter.submitButton.isDisabled()).toBe(false);
    await exporter.hexInput.blur();
    // The hex box follows the chosen swatch a render later.
    await expect.poll(() => exporter.hexInput.inputValue()).toBe('#8A1E3C');

    await exporter.dialog.getByRole('button', { name: 'All', exact: true }).click();
    expect(await exporter.checkedParts()).toEqual(PART_TITLES);
  });
});

describe('without LibreOffice', () => {
  // pdf.ts then finds no LibreOffice, as on a machine without one.
  beforeEach(() => startExportApp({ PLANWRIGHT_SOFFICE: '/nonexistent/soffice' }));

  it('says why a PDF can’t be made, and exports Word instead when asked', async () => {
    await openPlan();
    await exporter.openFromWorkspace();
    await exporter.chooseFormat('pdf');
    await exporter.dialog.getByRole('button', { name: 'Export PDF', exact: true }).click();
    const alert = exporter.dialog.getByRole('alert');
    await alert.getByText('PDF export needs LibreOffice, which isn’t installed on this computer.').waitFor();
    expect(await alert.innerText()).toContain('Export a Word document instead and save it as PDF');
    expect(await exporter.dialog.isVisible()).toBe(true);

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export Word instead', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Spring launch.docx');
    expect((await downloaded(file)).subarray(0, 2).toString('latin1')).toBe('PK');
    await exporter.waitUntilClosed();
    await page
      .getByRole('status')
      .getByText(/LibreOffice isn’t installed, so the page numbers in its contents are estimated/)
      .waitFor();
  });
});

describe('in Chinese', () => {
  beforeEach(() => startExportApp());

  it('labels every choice in Chinese and exports with the Chinese buttons', async () => {
    await openPlan();
    await backend('settings.set', { language: 'zh-CN' });
    await page.reload();
    await new PlanWorkspacePage(page).rail
      .or(page.getByRole('navigation', { name: '计划的各个部分' }))
      .first()
      .waitFor();
    const zh = new ExportDialogPage(page, EXPORT_LABELS_ZH);
    await zh.openFromWorkspace();
    await expect.poll(() => zh.checkedParts(), POLL).toEqual(Object.values(ZH_TITLES));
    expect(await zh.dialog.getByLabel('中文字体').inputValue()).toBe('Microsoft YaHei');
    await zh.dialog.getByRole('option', { name: '微软雅黑' }).waitFor({ state: 'attached' });
    await zh.dialog.getByText('标题、标签、日期和数字格式随此语言而定；你填写的内容保持原样。').waitFor();
    await zh.dialog.getByRole('heading', { name: '外观', exact: true }).waitFor();
    expect(await zh.paper('Letter').isChecked()).toBe(true);
    await zh.part('控制').uncheck();
    const download = await zh.exportAndDownload('docx');
    expect(download.suggestedFilename()).toBe('Spring launch.docx');
    await page.getByRole('status').getByText('报告已下载：“Spring launch.docx”', { exact: true }).waitFor();
  });
});
