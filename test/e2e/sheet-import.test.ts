// Importing a plan's table from a spreadsheet through the app's dialog: the .xlsx round trip
// (export the tables, edit one cell, import it back: exactly that change arrives, and Ctrl+Z
// takes it back in one step) and a refused import (wrong types, unknown rows), whose every bad
// cell is shown in place, in English and Chinese, while nothing is written.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, problems } from './fixtures/app-session';
import { useAppForFile } from './fixtures/app-session';
import { seriousFindings } from './pages/axe-findings';
import { PartPage } from './pages/part-page';
import { RfmDialogPage } from './pages/rfm-dialog';
import { SheetImportDialogPage } from './pages/sheet-import-dialog';

const SHOTS = process.env.PLANWRIGHT_SCREENSHOTS;

type Plan = {
  meta: { updatedAt: string };
  fields: unknown;
  collections: {
    actions: { id: string; title: string; cost: number | null }[];
    customerTiers: { name: string; customers: number | null }[];
    kpis: { id: string; metric: string; periods: { period: string; actual: number | null }[] }[];
  } & Record<string, unknown>;
};

let planId: string;
let original: Plan;
let part: PartPage;
let dialog: SheetImportDialogPage;
const stored = () => call<Plan>('plans.get', { planId });
const content = (plan: Plan) => ({ fields: plan.fields, collections: plan.collections });

/** The plan's tables as the app exports them (.xlsx through report.export), edited in exceljs. */
async function exportedWorkbook(edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const options = await call<unknown>('report.getOptions', { planId });
  const file = await call<{ base64: string }>('report.export', { planId, format: 'xlsx', options });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const at = (sheet.getRow(1).values as unknown[]).indexOf(header);
  if (at < 1) throw new Error(`no column "${header}" in ${sheet.name}`);
  return at;
}

useAppForFile({ viewport: { width: 1280, height: 720 } });

beforeAll(async () => {
  planId = (await call<{ id: string }>('plans.createFromSample', { sample: 'education', language: 'en' })).id;
  original = await stored();
  part = new PartPage(page);
  dialog = new SheetImportDialogPage(page);
});

describe('Import from spreadsheet', () => {
  it('round trip: an exported .xlsx with one cell edited brings exactly that change, and one Ctrl+Z takes it back', async () => {
    const target = original.collections.actions[1]!;
    const bytes = await exportedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('Actions')!;
      const ids = sheet.getColumn(columnOf(sheet, 'ID')).values as unknown[];
      sheet.getRow(ids.indexOf(target.id)).getCell(columnOf(sheet, 'Cost (CNY)')).value = 98765.43;
    });
    await part.open(app.url, planId, 'actions', 'Action programs');
    await dialog.open('actions');
    await dialog.choose({ name: 'Spring plan.xlsx', bytes });
    // The workbook's Actions sheet is picked, its columns mapped by their headers.
    expect(await dialog.sheet.inputValue()).not.toBe('');
    expect(await dialog.sheet.locator('option:checked').textContent()).toBe('Actions');
    await expect.poll(() => dialog.summary.textContent()).toMatch(/^Ready: 1 rows change, 0 are added/);
    expect(await dialog.problems()).toEqual([]);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'sheet-import-ready-en-1280.png') });
    await dialog.importAll();
    await page.getByText('Imported from Spring plan.xlsx: 1 rows changed, 0 added.').waitFor();

    const expected = structuredClone(content(original));
    expected.collections.actions[1]!.cost = 9_876_543;
    await expect.poll(async () => content(await stored())).toEqual(expected);
    await expect.poll(() => part.main.textContent()).toContain('98,765.43');

    // The mapping is remembered for this plan's actions.
    const remembered = await call<Record<string, string | null>>('sheets.getColumns', { planId, table: 'actions' });
    expect(remembered).toMatchObject({ 'cost (cny)': 'cost', id: 'id', 'no.': null });

    await part.undo();
    await expect.poll(async () => content(await stored())).toEqual(content(original));
    await expect.poll(() => part.main.textContent()).not.toContain('98,765.43');
  });

  it('refuses wrong types and unknown rows, showing each bad cell before anything is written, in English and Chinese', async () => {
    const before = await stored();
    const [first, second] = before.collections.kpis;
    expect(first && second && first.periods.length > 0 && second.periods.length > 0).toBe(true);
    const bytes = await exportedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('KPIs')!;
      sheet.getRow(2).getCell(columnOf(sheet, 'Actual')).value = 'about forty';
      sheet.getRow(3).getCell(columnOf(sheet, 'ID')).value = 'no-such-kpi';
      sheet.getRow(4).getCell(columnOf(sheet, 'Period')).value = 'soon';
    });
    await part.open(app.url, planId, 'control', 'Control');
    await dialog.open('kpi-actuals');
    await dialog.choose({ name: 'monthly actuals.xlsx', bytes });
    await expect.poll(() => dialog.invalidCells()).toHaveLength(3);
    const cells = await dialog.invalidCells();
    const lines = await dialog.problems();
    expect(lines).toEqual([
      'Row 2, Actual: "about forty" is not a number',
      'Row 3, ID: no KPI "no-such-kpi" in this plan',
      'Row 4, Period: "soon" is not a month (YYYY-MM)',
    ]);
    expect(cells.map((c) => c.split(':')[0])).toEqual(['2', '3', '4']);
    expect(await dialog.importButton.isDisabled()).toBe(true);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'sheet-import-refused-en-1280.png') });
    // Every select labelled, the bad cells marked: nothing serious for a screen reader or contrast.
    expect(await seriousFindings(page)).toEqual([]);

    // Leaving the ID column out matches the KPIs by name: the unknown ID is no longer a problem.
    const idColumn = cells[1]!.split(':')[1]!;
    await dialog.mapping(Number(idColumn)).selectOption('');
    await expect.poll(() => dialog.invalidCells()).toEqual([cells[0], cells[2]]);
    await page.keyboard.press('Escape');
    await dialog.dialog.waitFor({ state: 'detached' });
    expect(content(await stored())).toEqual(content(before));

    // The same file in Chinese.
    await call('settings.set', { language: 'zh-CN' });
    await page.reload();
    await part.heading('控制').waitFor();
    await dialog.open('kpi-actuals');
    await dialog.choose({ name: 'monthly actuals.xlsx', bytes });
    await expect.poll(() => dialog.invalidCells()).toHaveLength(3);
    const zh = await dialog.problems();
    expect(zh[0]).toBe('第 2 行，Actual：“about forty”不是数字');
    expect(zh.join('')).not.toMatch(/is not|in this plan/);
    expect(await dialog.importButton.isDisabled()).toBe(true);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'sheet-import-refused-zh-1280.png') });
    await page.keyboard.press('Escape');
    await dialog.dialog.waitFor({ state: 'detached' });
    await call('settings.set', { language: 'en' });
    await page.reload();

    expect(content(await stored())).toEqual(content(before));
    expect(problems).toEqual([]);
  });

  it('brings a month-end report of actual sales into the Control part, matched by product and month', async () => {
    const before = await stored();
    const products = before.collections.products as { id: string; name: string }[];
    const sales = () => stored().then((p) => p.collections.actualSales as { productId: string; month: string; units: number | null }[]);
    // The sample's product names hold commas: quoted, as a spreadsheet writes them.
    const csv = `Product,Month,Units\n"${products[0]!.name}",2027-04,42\n"${products[1]!.name}",2027-04,17\n`;
    await part.open(app.url, planId, 'control', 'Control');
    await dialog.open('actual-sales');
    await dialog.choose({ name: 'april.csv', bytes: new TextEncoder().encode(csv) });
    await expect.poll(() => dialog.summary.textContent()).toMatch(/^Ready: 0 rows change, 2 are added/);
    await dialog.importAll();
    await expect
      .poll(async () => (await sales()).filter((a) => a.month === '2027-04').map((a) => [a.productId, a.units]))
      .toEqual([
        [products[0]!.id, 42],
        [products[1]!.id, 17],
      ]);
    // One Ctrl+Z takes the whole import back.
    await part.undo();
    await expect.poll(async () => (await sales()).filter((a) => a.month === '2027-04')).toEqual([]);
  });

  it('the RFM dialog tiers a customer list from an .xlsx sheet, picked among several', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').getCell('A1').value = 'Exported from the member system';
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['客户编号', '最近一次消费日期', '购买次数', '消费金额']);
    sheet.addRow(['A', new Date(Date.UTC(2027, 2, 31)), 10, 5000]);
    sheet.addRow(['B', new Date(Date.UTC(2027, 2, 1)), 5, 1000]);
    sheet.addRow(['C', '2027年1月30日', 2, 200]);
    sheet.addRow(['D', new Date(Date.UTC(2026, 11, 31)), 1, 50]);
    sheet.addRow(['E', null, 0, 0]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = (await stored()).collections.customerTiers.length;

    await part.open(app.url, planId, 'situation', 'Current marketing situation');
    const rfm = new RfmDialogPage(page);
    await rfm.open();
    await rfm.dialog
      .getByLabel('Or import a CSV or Excel (.xlsx) file')
      .setInputFiles({ name: 'members.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    const sheetSelect = rfm.dialog.getByLabel('Sheet', { exact: true });
    await sheetSelect.waitFor();
    // The notes sheet holds no list: its problem is said, then the customers' sheet is chosen.
    await rfm.dialog.getByRole('alert').filter({ hasText: 'problem' }).waitFor();
    await sheetSelect.selectOption({ label: 'Customers' });
    expect((await rfm.table('Tiers')).map((row) => [row[0], row[1]])).toEqual([
      ['Opinion leaders', '1'],
      ['Intending customers', '2'],
      ['Customers to be nurtured', '2'],
    ]);
    await rfm.dialog.getByRole('button', { name: 'Add to customer table' }).click();
    await expect.poll(async () => (await stored()).collections.customerTiers.length).toBe(before + 3);
  });
});
