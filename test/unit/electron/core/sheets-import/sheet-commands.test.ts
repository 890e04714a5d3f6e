import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../../shared/contracts';
import { createTranslate } from '../../../../../shared/i18n/translate';
import { base64Length, MAX_SHEET_FILE_BYTES } from '../../../../../shared/limits';
import { buildPlanTables } from '../../../../../shared/sheets/plan-tables';
import { IMPORT_TABLES, planImport, suggestSheet, type InCell } from '../../../../../shared/sheets/import-rows';
import { buildXlsx } from '../../../../../electron/core/export/sheets/xlsx';
import { NEW_PLAN, testBackend } from '../../../helpers/backend';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

async function read(b: ReturnType<typeof testBackend>, fileName: string, bytes: Uint8Array | string) {
  return (await b.dispatch('sheets.read', { fileName, base64: b64(bytes) })) as Result<{ sheets: { name: string; rows: unknown[][] }[] }>;
}

function reasonOf(result: Result<unknown>): string | undefined {
  return result.ok ? undefined : (result.error.reason ?? result.error.code);
}

describe('sheets.read: a chosen file into its sheets’ cells', () => {
  it('reads every sheet of an exported workbook, with typed cells, and a CSV as one sheet', async () => {
    const b = testBackend();
    const planId = b.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    const plan = b.call('plans.get', { planId });
    const bytes = await buildXlsx(buildPlanTables(plan, createTranslate('en'), 'en'), { title: 'x', author: '', now: new Date() });
    const workbook = await read(b, 'plan.xlsx', bytes);
    expect(workbook.ok).toBe(true);
    if (!workbook.ok) return;
    expect(workbook.value.sheets.map((s) => s.name)).toContain('Actions');
    const actions = workbook.value.sheets.find((s) => s.name === 'Actions')!;
    expect(actions.rows).toHaveLength(plan.collections.actions.length + 1);
    const first = plan.collections.actions[0]!;
    const idColumn = actions.rows[0]!.indexOf('ID');
    expect(actions.rows[1]![idColumn]).toBe(first.id);
    // A date cell arrives as its day, a money cell as a number.
    expect(actions.rows[1]).toContainEqual({ date: first.start });

    // Read back against the plan as storage returns it (its rows' keys in the store's order), nothing changes.
    for (const table of IMPORT_TABLES) {
      const sheet =
        workbook.value.sheets[
          suggestSheet(
            workbook.value.sheets.map((s) => s.name),
            table,
          )
        ]!;
      const result = planImport(plan, table, sheet.rows as InCell[][]);
      expect([table, result.problems, result.changes]).toEqual([table, [], []]);
    }

    const csv = await read(b, 'spend.csv', '\uFEFFLabel,Month,Amount\r\n"Fair, stand",2027-05,4500\r\n');
    expect(csv.ok && csv.value.sheets).toEqual([
      {
        name: 'spend',
        rows: [
          ['Label', 'Month', 'Amount'],
          ['Fair, stand', '2027-05', '4500'],
        ],
      },
    ]);
  });

  it('refuses what is no spreadsheet, each with its own reason, and stores nothing', async () => {
    const b = testBackend();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(reasonOf(await read(b, 'logo.png', png))).toBe('sheetUnreadable');
    expect(reasonOf(await read(b, 'logo.csv', new Uint8Array([0x61, 0x00, 0x62])))).toBe('sheetUnreadable');
    expect(reasonOf(await read(b, 'plan.xlsx', 'just text'))).toBe('sheetUnreadable');
    // A zip that is not a workbook.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(reasonOf(await read(b, 'archive.xlsx', zip))).toBe('sheetUnreadable');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(reasonOf(await read(b, 'old.xls', xls))).toBe('sheetOldExcel');
    expect(reasonOf(await read(b, 'gbk.csv', new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x31])))).toBe('sheetNotUtf8');
    expect(reasonOf(await read(b, 'empty.csv', new Uint8Array()))).toBe('sheetEmpty');
    expect(reasonOf(await read(b, 'blank.csv', ' , \r\n,,\r\n'))).toBe('sheetEmpty');
    const blankBook = new ExcelJS.Workbook();
    blankBook.addWorksheet('Sheet1');
    expect(reasonOf(await read(b, 'blank.xlsx', new Uint8Array(await blankBook.xlsx.writeBuffer())))).toBe('sheetEmpty');
  });

  it('validates the request: base64 only, within the size limit, a file name', async () => {
    const b = testBackend();
    const tooBig = 'A'.repeat(base64Length(MAX_SHEET_FILE_BYTES) + 4);
    const big = await b.dispatch('sheets.read', { fileName: 'big.csv', base64: tooBig });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.error.issues?.[0]?.path).toBe('base64');
    expect((await b.dispatch('sheets.read', { fileName: 'x.csv', base64: 'not base64!' })).ok).toBe(false);
    expect((await b.dispatch('sheets.read', { base64: b64('a,b') })).ok).toBe(false);
    expect((await b.dispatch('sheets.read', { fileName: 'x.csv', base64: b64('a,b'), path: '/etc/passwd' })).ok).toBe(false);
    // Just within the limit the request passes and the reader decides.
    const within = await b.dispatch('sheets.read', { fileName: 'x.csv', base64: b64(`a,b\n${'1,2\n'.repeat(1000)}`) });
    expect(within.ok).toBe(true);
  });
});

describe('remembered column mappings', () => {
  it('keeps one mapping per plan and table, goes with its plan, and refuses fields the table does not take', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    const other = b.call('plans.create', { ...NEW_PLAN, name: 'Other' }).id;
    expect(b.call('sheets.getColumns', { planId, table: 'budget-lines' })).toEqual({});
    const columns = { 'cost item': 'label', 'posting month': 'month', 'eur amount': 'amount', remarks: null };
    expect(b.call('sheets.setColumns', { planId, table: 'budget-lines', columns })).toEqual(columns);
    expect(b.call('sheets.getColumns', { planId, table: 'budget-lines' })).toEqual(columns);
    expect(b.call('sheets.getColumns', { planId, table: 'actions' })).toEqual({});
    expect(b.call('sheets.getColumns', { planId: other, table: 'budget-lines' })).toEqual({});

    const wrong = b.dispatch('sheets.setColumns', { planId, table: 'kpi-actuals', columns: { x: 'amount' } });
    expect(wrong.ok).toBe(false);
    expect(b.dispatch('sheets.setColumns', { planId, table: 'no-such-table', columns: {} }).ok).toBe(false);
    expect(b.call('sheets.getColumns', { planId, table: 'kpi-actuals' })).toEqual({});

    b.call('plans.trash', { planId });
    const trashed = b.dispatch('sheets.setColumns', { planId, table: 'budget-lines', columns: {} });
    expect(!trashed.ok && trashed.error.reason).toBe('trashed');
    b.call('plans.deletePermanently', { planId });
    const gone = b.dispatch('sheets.getColumns', { planId, table: 'budget-lines' });
    expect(!gone.ok && gone.error.reason).toBe('notFound');
  });
});

describe('rows.upsertMany', () => {
  it('writes every row in one transaction, or none', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    const line = (id: string, label: string, month: string) => ({
      collection: 'budgetLines' as const,
      row: { id, label, month, amount: 100, mixElement: null },
    });
    const a = '11111111-1111-4111-8111-111111111111';
    const c = '22222222-2222-4222-8222-222222222222';
    b.call('rows.upsertMany', { planId, rows: [line(a, 'Fair', '2027-05'), line(c, 'Print', '2027-06')] });
    expect(b.call('plans.get', { planId }).collections.budgetLines.map((l) => l.label)).toEqual(['Fair', 'Print']);
    // The second row is refused by the schema: nothing of the first is written either.
    const refused = b.dispatch('rows.upsertMany', { planId, rows: [line(a, 'Changed', '2027-05'), line(c, 'Print', 'May')] });
    expect(refused.ok).toBe(false);
    expect(b.call('plans.get', { planId }).collections.budgetLines.map((l) => l.label)).toEqual(['Fair', 'Print']);
    // An action linking to a missing objective is refused by the store, inside the transaction.
    const action = {
      id: '33333333-3333-4333-8333-333333333333',
      title: 'Stand',
      start: null,
      end: null,
      owner: '',
      cost: null,
      objectiveIds: ['44444444-4444-4444-8444-444444444444'],
      mixElement: null,
      status: 'planned',
      dependsOn: [],
    } as const;
    const linked = b.dispatch('rows.upsertMany', { planId, rows: [line(a, 'Changed again', '2027-05'), { collection: 'actions', row: action }] });
    expect(linked.ok).toBe(false);
    expect(b.call('plans.get', { planId }).collections.budgetLines[0]!.label).toBe('Fair');
    expect(b.dispatch('rows.upsertMany', { planId, rows: [] }).ok).toBe(false);
  });
});
