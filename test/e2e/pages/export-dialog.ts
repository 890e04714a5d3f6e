/** The report export dialog as a user meets it: found by role and visible label, in either UI language. */
import type { Download, Locator, Page } from 'playwright-core';

export type ExportDialogLabels = {
  button: string;
  title: string;
  language: string;
  paper: string;
  parts: string;
  all: string;
  none: string;
  latinFont: string;
  eastAsiaFont: string;
  hex: string;
  chooseLogo: string;
  replaceLogo: string;
  removeLogo: string;
  cancel: string;
  /** The format cards' names, which begin their radios' accessible names. */
  formats: { docx: string; pdf: string; md: string; pptx: string; xlsx: string; csv: string };
  submit: { docx: string; pdf: string; md: string; pptx: string; xlsx: string; csv: string };
};

export const EXPORT_LABELS_EN: ExportDialogLabels = {
  button: 'Export report…',
  title: 'Export report',
  language: 'Report language',
  paper: 'Paper size',
  parts: 'Parts to include',
  all: 'All',
  none: 'None',
  latinFont: 'Latin font',
  eastAsiaFont: 'Chinese font',
  hex: 'Hex code',
  chooseLogo: 'Choose image…',
  replaceLogo: 'Replace…',
  removeLogo: 'Remove',
  cancel: 'Cancel',
  formats: { docx: 'Word document', pdf: 'PDF', md: 'Markdown', pptx: 'PowerPoint slides', xlsx: 'Excel workbook', csv: 'CSV tables' },
  submit: { docx: 'Export Word', pdf: 'Export PDF', md: 'Export Markdown', pptx: 'Export slides', xlsx: 'Export Excel', csv: 'Export CSV' },
};

export const EXPORT_LABELS_ZH: ExportDialogLabels = {
  button: '导出报告…',
  title: '导出报告',
  language: '报告语言',
  paper: '纸张大小',
  parts: '包含的部分',
  all: '全选',
  none: '全不选',
  latinFont: '西文字体',
  eastAsiaFont: '中文字体',
  hex: '十六进制色值',
  chooseLogo: '选择图片…',
  replaceLogo: '更换…',
  removeLogo: '移除',
  cancel: '取消',
  formats: { docx: 'Word 文档', pdf: 'PDF', md: 'Markdown', pptx: 'PowerPoint 幻灯片', xlsx: 'Excel 工作簿', csv: 'CSV 表格' },
  submit: { docx: '导出 Word', pdf: '导出 PDF', md: '导出 Markdown', pptx: '导出幻灯片', xlsx: '导出 Excel', csv: '导出 CSV' },
};

type Format = keyof ExportDialogLabels['formats'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class ExportDialogPage {
  constructor(
    readonly page: Page,
    readonly labels: ExportDialogLabels = EXPORT_LABELS_EN,
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.labels.title, exact: true });
  }

  get languageSelect(): Locator {
    return this.dialog.getByLabel(this.labels.language, { exact: true });
  }

  /** Opens the dialog with the workspace's button and waits until the remembered options are shown. */
  async openFromWorkspace(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.button, exact: true }).click();
    await this.waitUntilLoaded();
  }

  /** Ctrl+E (⌘E on macOS, which these tests do not run on). */
  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+e');
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.dialog.waitFor();
    await this.languageSelect.waitFor();
  }

  format(format: Format): Locator {
    return this.dialog.getByRole('radio', { name: new RegExp(`^${escape(this.labels.formats[format])}\\b`) });
  }

  async chooseFormat(format: Format): Promise<void> {
    await this.choose(this.format(format));
  }

  /**
   * Picks a card or segment radio as a person does, by clicking its label: the native radio is
   * kept for the keyboard and screen readers but drawn by its label.
   */
  async choose(radio: Locator): Promise<void> {
    const id = await radio.getAttribute('id');
    await this.dialog.locator(`label[for="${id}"]`).click();
    if (!(await radio.isChecked())) throw new Error(`Clicking the label of radio #${id} did not check it`);
  }

  /** A paper radio by its name (A4, Letter); its accessible name also carries the dimensions. */
  paper(name: string): Locator {
    return this.dialog.getByRole('group', { name: this.labels.paper }).getByRole('radio', { name: new RegExp(`^${escape(name)}\\b`) });
  }

  part(title: string): Locator {
    return this.dialog.getByRole('group', { name: new RegExp(`^${escape(this.labels.parts)}`) }).getByRole('checkbox', { name: title, exact: true });
  }

  async checkedParts(): Promise<string[]> {
    const boxes = await this.dialog
      .getByRole('group', { name: new RegExp(`^${escape(this.labels.parts)}`) })
      .getByRole('checkbox')
      .all();
    const out: string[] = [];
    for (const box of boxes)
      if (await box.isChecked())
        out.push(
          (await box.evaluate((el) => (el as unknown as { labels: { textContent: string }[] }).labels[0]!.textContent)).replace(/^\d+/, '').trim(),
        );
    return out;
  }

  swatch(name: string): Locator {
    return this.dialog.getByRole('radio', { name, exact: true });
  }

  get hexInput(): Locator {
    return this.dialog.getByLabel(this.labels.hex, { exact: true });
  }

  get submitButton(): Locator {
    return this.dialog.locator('button[type="submit"]');
  }

  /** Chooses a logo through its button's file chooser. */
  async chooseLogo(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: new RegExp(`^(${escape(this.labels.chooseLogo)}|${escape(this.labels.replaceLogo)})$`) }).click();
    await (await chooser).setFiles({ name, mimeType, buffer });
  }

  /** Presses Export and returns the download it makes (browser mode has no save dialog). */
  async exportAndDownload(format: Format): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.dialog.getByRole('button', { name: this.labels.submit[format], exact: true }).click();
    return download;
  }

  async waitUntilClosed(): Promise<void> {
    await this.dialog.waitFor({ state: 'detached' });
  }
}
