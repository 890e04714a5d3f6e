// The consultant's deliverables from the export dialog in browser mode: 16:9 slides (.pptx) and
// the plan's tables as an Excel workbook (.xlsx), downloaded and read back.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { library, page, startApp, useAppPerTest } from './fixtures/app-session';
import { ExportDialogPage } from './pages/export-dialog';
import { PART_TITLES } from './pages/part-titles';
import { PlanWorkspacePage } from './pages/plan-workspace-page';

const PLAN = 'Qihang Kids STEM — 2027 enrolment and renewal plan';

let exporter: ExportDialogPage;

useAppPerTest({ acceptDownloads: true, start: 'manual' });

const downloaded = async (download: { path(): Promise<string | null> }) => readFile((await download.path())!);

describe('exporting slides and spreadsheets', () => {
  beforeEach(async () => {
    await startApp();
    exporter = new ExportDialogPage(page);
    await library.createFromSample('Kids’ STEM centre: enrolment and renewal');
    await new PlanWorkspacePage(page).waitUntilOpen();
  });

  it('downloads the plan’s slides: 16:9, every part’s title, in the chosen colour', async () => {
    await exporter.openFromWorkspace();
    await exporter.chooseFormat('pptx');
    // Slides are 16:9 whatever the paper: the paper choice is not offered.
    expect(await exporter.dialog.getByRole('group', { name: exporter.labels.paper }).count()).toBe(0);
    await exporter.swatch('Teal').check();
    const download = await exporter.exportAndDownload('pptx');
    expect(download.suggestedFilename()).toBe(`${PLAN}.pptx`);
    const files = unzipSync(await downloaded(download));
    expect(strFromU8(files['ppt/presentation.xml']!)).toContain('cx="12192000" cy="6858000"');
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(20);
    const text = slides.map((n) => strFromU8(files[n]!)).join('\n');
    for (const title of PART_TITLES) expect(text).toContain(title);
    expect(text).toContain('<a:srgbClr val="0F6E6E"/>');
    await exporter.waitUntilClosed();
  });

  it('downloads the plan’s tables as an Excel workbook with typed cells, and says parts and look do not apply', async () => {
    await exporter.openFromWorkspace();
    await exporter.chooseFormat('xlsx');
    await exporter.dialog.getByRole('note').filter({ hasText: 'The plan’s tables in the chosen language' }).waitFor();
    expect(await exporter.dialog.getByRole('group', { name: new RegExp(`^${exporter.labels.parts}`) }).count()).toBe(0);
    const download = await exporter.exportAndDownload('xlsx');
    expect(download.suggestedFilename()).toBe(`${PLAN}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(download)) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Segments',
      'Competitors',
      'SWOT',
      'Objectives',
      'Actions',
      'Forecast',
      'Budget lines',
      'Spend by month',
      'Spend by mix',
      'Profit and loss',
      'Scenarios',
      'KPIs',
      'Actual sales',
      'Actual spend',
      'Plan vs actual',
    ]);
    const actions = workbook.getWorksheet('Actions')!;
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cost = actions.getRow(2).getCell(8);
    expect(cost.type).toBe(ExcelJS.ValueType.Number);
    expect(cost.numFmt).toContain('#,##0.00');
    expect(actions.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Date);
    await exporter.waitUntilClosed();
  });
});
