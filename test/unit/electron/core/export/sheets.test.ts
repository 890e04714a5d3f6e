import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language, type Plan } from '../../../../../shared/domain';
import { createTranslate } from '../../../../../shared/i18n/translate';
import { defaultReportOptions } from '../../../../../shared/report/options';
import { currencyNumberFormat } from '../../../../../shared/sheets/cell-values';
import { buildPlanTables, safeSheetName, SHEET_TABLE_IDS } from '../../../../../shared/sheets/plan-tables';
import { buildSample } from '../../../../../shared/samples';
import { exportReport } from '../../../../../electron/core/export/export-service';
import { tableToCsv } from '../../../../../electron/core/export/sheets/csv';
import { buildXlsx } from '../../../../../electron/core/export/sheets/xlsx';

const NOW = new Date('2026-11-20T09:00:00Z');

function sample(language: Language): Plan {
  return buildSample('education', language, { now: NOW.toISOString() });
}

async function workbookOf(plan: Plan, language: Language): Promise<ExcelJS.Workbook> {
  const tables = buildPlanTables(plan, createTranslate(language), language);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildXlsx(tables, { title: plan.meta.name, author: '', now: NOW })) as never);
  return workbook;
}

function headerIndex(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const at = values.findIndex((v) => v === header);
  expect(at, `${sheet.name}: ${header}`).toBeGreaterThan(0);
  return at;
}

describe('spreadsheet export (.xlsx)', () => {
  for (const language of LANGUAGES) {
    it(`writes one sheet per table in ${language}, names within Excel's rules, header frozen`, async () => {
      const workbook = await workbookOf(sample(language), language);
      expect(workbook.worksheets).toHaveLength(SHEET_TABLE_IDS.length);
      const t = createTranslate(language);
      for (const [i, id] of SHEET_TABLE_IDS.entries()) {
        const sheet = workbook.worksheets[i]!;
        expect(sheet.name).toBe(t(`report.sheets.names.${id}`));
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.getRow(1).font?.bold).toBe(true);
      }
      // Column widths and the frozen pane as Excel reads them from each sheet's XML.
      const plan = sample(language);
      const files = unzipSync((await exportReport(plan, { format: 'xlsx', options: { ...defaultReportOptions(plan), language }, now: NOW })).data);
      for (let i = 1; i <= SHEET_TABLE_IDS.length; i++) {
        const xml = strFromU8(files[`xl/worksheets/sheet${i}.xml`]!);
        expect(xml).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
        expect(xml).toMatch(/<cols>(<col min="\d+" max="\d+" width="\d+" customWidth="1"\/>)+<\/cols>/);
      }
    });
  }

  it('writes money as major-unit numbers with the currency format, dates as dates, percentages as fractions', async () => {
    const plan = sample('en');
    const workbook = await workbookOf(plan, 'en');
    const actions = workbook.getWorksheet('Actions')!;
    const first = plan.collections.actions[0]!;
    const row = actions.getRow(2);
    const cost = row.getCell(headerIndex(actions, 'Cost (CNY)'));
    expect(cost.type).toBe(ExcelJS.ValueType.Number);
    expect(cost.value).toBe(first.cost! / 100);
    expect(cost.numFmt).toBe(currencyNumberFormat('CNY', 'en'));
    expect(cost.numFmt).toContain('#,##0.00');
    const start = row.getCell(headerIndex(actions, 'Start'));
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect((start.value as Date).toISOString().slice(0, 10)).toBe(first.start);
    expect(start.numFmt).toBe('yyyy-mm-dd');

    const segments = workbook.getWorksheet('Segments')!;
    const growth = segments.getRow(2).getCell(headerIndex(segments, 'Growth (%)'));
    expect(growth.value).toBeCloseTo(plan.collections.segments[0]!.growthPct! / 100, 10);
    expect(growth.numFmt).toBe('0.0%');

    const kpis = workbook.getWorksheet('KPIs')!;
    const kpi = plan.collections.kpis[0]!;
    const period = kpis.getRow(2).getCell(headerIndex(kpis, 'Period'));
    expect(period.type).toBe(ExcelJS.ValueType.Date);
    expect(period.numFmt).toBe('yyyy-mm');
    expect(kpis.getRow(2).getCell(headerIndex(kpis, 'Target')).value).toBe(kpi.periods[0]!.target);
    expect(kpis.getRow(2).getCell(headerIndex(kpis, 'Actual')).value).toBe(kpi.periods[0]!.actual);
    expect(kpis.rowCount - 1).toBe(plan.collections.kpis.reduce((n, k) => n + k.periods.length, 0));

    const pnl = workbook.getWorksheet('Profit and loss')!;
    const last = pnl.getRow(pnl.rowCount);
    expect(last.font?.bold).toBe(true);
    expect(typeof last.getCell(6).value).toBe('number');
  });

  it('formats each currency with its own symbol and decimals in each language', () => {
    expect(currencyNumberFormat('CNY', 'zh-CN')).toBe('"¥"#,##0.00;"-¥"#,##0.00'.replace('"-¥"', '-"¥"'));
    expect(currencyNumberFormat('USD', 'en')).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(currencyNumberFormat('JPY', 'en')).toMatch(/^"¥"#,##0;/);
  });

  it('names sheets within Excel’s rules, whatever the text', () => {
    expect(safeSheetName('Spend: by [month] / mix?')).toBe('Spend by month mix');
    expect([...safeSheetName('营'.repeat(40))]).toHaveLength(31);
    expect(safeSheetName('KPIs', new Set(['kpis']))).toBe('KPIs (2)');
  });

  it('is what the export command writes for format xlsx, named after the plan', async () => {
    const plan = sample('zh-CN');
    const result = await exportReport(plan, { format: 'xlsx', options: defaultReportOptions(plan), now: NOW });
    expect(result.fileName).toBe(`${plan.meta.name}.xlsx`);
    expect(result.data.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('CSV export', () => {
  it('writes UTF-8 with a BOM, CRLF rows and RFC 4180 quoting, money in major units, formulas defused', () => {
    const plan = sample('zh-CN');
    const action = plan.collections.actions[0]!;
    action.title = '说 "你好", 然后\n换行';
    action.owner = '=SUM(A1)';
    const tables = buildPlanTables(plan, createTranslate('zh-CN'), 'zh-CN');
    const csv = tableToCsv(
      tables.tables.find((x) => x.id === 'actions')!,
      'CNY',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"说 ""你好"", 然后\n换行"');
    const t = createTranslate('zh-CN');
    expect(csv.split('\r\n')[0]).toBe(
      `\uFEFF序号,行动,开始,结束,负责人,${t('report.actions.mixElement')},状态,成本（CNY）,${t('report.actions.objectives')},编号`,
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
    const row = parsed.data[1]!;
    expect(row[1]).toBe(action.title);
    expect(row[2]).toBe(action.start);
    expect(row[4]).toBe("'=SUM(A1)");
    expect(row[7]).toBe((action.cost! / 100).toFixed(2));
  });

  it('zips every table as its own CSV for the export dialog', async () => {
    const plan = sample('en');
    const result = await exportReport(plan, { format: 'csv', options: defaultReportOptions(plan), now: NOW });
    expect(result.fileName).toBe(`${plan.meta.name}.zip`);
    const files = unzipSync(result.data);
    expect(Object.keys(files)).toHaveLength(SHEET_TABLE_IDS.length);
    expect(Object.keys(files)[0]).toBe('01 Segments.csv');
    const kpis = files['12 KPIs.csv']!;
    expect([...kpis.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(kpis).startsWith('\uFEFFKPI,Unit,Control,')).toBe(true);
  });
});
