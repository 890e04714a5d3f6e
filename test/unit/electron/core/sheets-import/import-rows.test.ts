import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../../shared/domain';
import { createTranslate } from '../../../../../shared/i18n/translate';
import { planImport, type ImportChange } from '../../../../../shared/sheets/import-rows';
import { buildPlanTables } from '../../../../../shared/sheets/plan-tables';
import { buildSample } from '../../../../../shared/samples';
import { tableToCsv } from '../../../../../electron/core/export/sheets/csv';
import { buildXlsx } from '../../../../../electron/core/export/sheets/xlsx';
import { readCsv, readXlsx } from '../../../../../electron/core/sheets-import/read-sheet';

const NOW = new Date('2026-11-20T09:00:00Z');

async function exported(plan: Plan, language: 'en' | 'zh-CN', edit?: (workbook: ExcelJS.Workbook) => void) {
  const bytes = await buildXlsx(buildPlanTables(plan, createTranslate(language), language), { title: plan.meta.name, author: '', now: NOW });
  if (!edit) return readXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  edit(workbook);
  return readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function apply(plan: Plan, changes: readonly ImportChange[]): Plan {
  const next = structuredClone(plan);
  for (const { collection, row } of changes) {
    const rows = next.collections[collection] as { id: string }[];
    const at = rows.findIndex((r) => r.id === (row as { id: string }).id);
    if (at >= 0) rows[at] = row as { id: string };
    else rows.push(row as { id: string });
  }
  return next;
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  return (sheet.getRow(1).values as unknown[]).indexOf(header);
}

describe('importing rows from a spreadsheet', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`reads its own ${language} export back without a change, for every importable table`, async () => {
      const plan = buildSample('education', language, { now: NOW.toISOString() });
      const read = await exported(plan, language);
      const t = createTranslate(language);
      const sheet = (key: string) => read.sheets.find((s) => s.name === t(`report.sheets.names.${key}`))!.rows;
      for (const [table, key] of [
        ['actions', 'actions'],
        ['budget-lines', 'budgetLines'],
        ['forecast', 'forecast'],
        ['kpi-actuals', 'kpis'],
        ['actual-sales', 'actualSales'],
        ['actual-spend', 'actualSpend'],
      ] as const) {
        const result = planImport(plan, table, sheet(key));
        expect(result.problems, table).toEqual([]);
        expect(result.changes, table).toEqual([]);
      }
    });
  }

  it('round trip: export, edit one cell, import back: that change and nothing else arrives', async () => {
    const plan = buildSample('education', 'en', { now: NOW.toISOString() });
    const read = await exported(plan, 'en', (workbook) => {
      const kpis = workbook.getWorksheet('KPIs')!;
      kpis.getRow(3).getCell(column(kpis, 'Actual')).value = 987;
      const actions = workbook.getWorksheet('Actions')!;
      actions.getRow(4).getCell(column(actions, 'Cost (CNY)')).value = 12345.67;
    });
    const kpiResult = planImport(plan, 'kpi-actuals', read.sheets.find((s) => s.name === 'KPIs')!.rows);
    expect(kpiResult.problems).toEqual([]);
    expect(kpiResult.changes).toHaveLength(1);
    const actionResult = planImport(plan, 'actions', read.sheets.find((s) => s.name === 'Actions')!.rows);
    expect(actionResult.problems).toEqual([]);
    expect(actionResult.changes).toHaveLength(1);
    expect(actionResult.unchanged).toBe(plan.collections.actions.length - 1);

    const after = apply(apply(plan, kpiResult.changes), actionResult.changes);
    const expected = structuredClone(plan);
    // The KPIs sheet lists each KPI's periods in plan order: row 3 is the first KPI's second period.
    expected.collections.kpis[0]!.periods[1]!.actual = 987;
    expected.collections.actions[2]!.cost = 1_234_567;
    expect(after).toEqual(expected);
  });

  it('reads a CSV export back (BOM, quoting, defused formulas) without a change', () => {
    const plan = buildSample('trade-course', 'zh-CN', { now: NOW.toISOString() });
    plan.collections.actions[0]!.owner = '=HYPERLINK("x")';
    plan.collections.actions[0]!.title = '说 "你好", 然后';
    const tables = buildPlanTables(plan, createTranslate('zh-CN'), 'zh-CN');
    const csv = tableToCsv(
      tables.tables.find((x) => x.id === 'actions')!,
      plan.meta.currency,
    );
    const result = planImport(plan, 'actions', readCsv(new TextEncoder().encode(csv), 'actions').sheets[0]!.rows);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('adds a row without an ID, checked like any other', async () => {
    const plan = buildSample('education', 'en', { now: NOW.toISOString() });
    const rows = [
      ['Item', 'Month', 'Mix element', 'Amount (CNY)', 'ID'],
      ['Trade fair stand', '2027-05', 'Promotion', 4500, null],
    ];
    const result = planImport(plan, 'budget-lines', rows);
    expect(result.problems).toEqual([]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({
      added: true,
      collection: 'budgetLines',
      row: { label: 'Trade fair stand', month: '2027-05', amount: 450_000, mixElement: 'promotion' },
    });
  });

  it('refuses an import with wrong types and unknown rows, naming each cell, and changes nothing', () => {
    const plan = buildSample('education', 'en', { now: NOW.toISOString() });
    const first = plan.collections.actions[0]!;
    const rows = [
      ['Action', 'Start', 'End', 'Owner', 'Mix element', 'Status', 'Cost (CNY)', 'ID'],
      [first.title, first.start, first.end, first.owner, 'Price', 'Done', 'lots', first.id],
      ['Ghost', '2027-02-30x', null, '', '', 'Planned', 10, 'no-such-id'],
      [first.title, '2027-03-01', '2027-02-01', first.owner, 'Sideways', 'Done', 5, first.id],
      ['Half a cent', null, null, '', null, 'Planned', 1.005, null],
    ];
    const result = planImport(plan, 'actions', rows);
    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      { row: 2, column: 'Cost (CNY)', columnIndex: 6, message: '"lots" is not a number' },
      { row: 3, column: 'ID', columnIndex: 7, message: 'no row with ID "no-such-id" in this table of the plan' },
      { row: 4, column: 'Mix element', columnIndex: 4, message: '"Sideways" is not a mix element (product, price, place, promotion)' },
      { row: 5, column: 'Cost (CNY)', columnIndex: 6, message: '1.005 has more decimals than CNY has' },
    ]);
    const kpis = planImport(plan, 'kpi-actuals', [
      ['KPI', 'Period', 'Actual'],
      ['Nobody measured this', '2027-01', 3],
      [plan.collections.kpis[0]!.metric, '2027-01', 'n/a'],
    ]);
    expect(kpis.changes).toEqual([]);
    expect(kpis.problems.map((p) => `${p.row} ${p.column}`)).toEqual(['2 KPI', '3 Actual']);
  });

  it('refuses a sheet none of whose columns the import writes', () => {
    const plan = buildSample('education', 'en', { now: NOW.toISOString() });
    const result = planImport(plan, 'forecast', [
      ['Segment', 'Size'],
      ['x', 1],
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/^no column of the sheet is one this import writes/);
  });
});
