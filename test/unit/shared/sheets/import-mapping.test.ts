import { describe, expect, it } from 'vitest';
import { localizeIssue } from '../../../../shared/i18n/localize-issue';
import { createTranslate } from '../../../../shared/i18n/translate';
import { buildSample } from '../../../../shared/samples';
import { MAX_REMEMBERED_HEADERS, rememberColumns } from '../../../../shared/sheets/column-memory';
import { defaultMapping, planImport, suggestSheet } from '../../../../shared/sheets/import-rows';
import { IMPORT_SPECS, IMPORT_TABLES, mappableFields } from '../../../../shared/sheets/import-tables';

const NOW = '2026-11-20T09:00:00Z';

describe('mapping a sheet’s columns to a table’s fields', () => {
  const plan = buildSample('education', 'en', { now: NOW });

  it('maps exported headers in either language, leaves read-only and unknown columns out, and gives a field to one column', () => {
    expect(
      defaultMapping(plan, 'actions', ['No.', 'Action', 'Start', 'End', 'Owner', 'Mix element', 'Status', 'Cost (CNY)', 'Objectives', 'ID']),
    ).toEqual([null, 'title', 'start', 'end', 'owner', 'mixElement', 'status', 'cost', null, 'id']);
    const zh = createTranslate('zh-CN');
    const kpiHeaders = [
      zh('report.control.kpi'),
      zh('report.control.period'),
      zh('report.control.target'),
      zh('report.control.actual'),
      'ID',
      '备注',
    ];
    expect(kpiHeaders[3]).toBe('实际值');
    expect(defaultMapping(plan, 'kpi-actuals', kpiHeaders)).toEqual(['metric', 'period', null, 'actual', 'id', null]);
    expect(defaultMapping(plan, 'budget-lines', ['amount', 'Amount (CNY)', null, 42])).toEqual(['amount', null, null, null]);
  });

  it('a remembered choice wins over the header, and null keeps a column out', () => {
    const remembered = { 'cost item': 'label', eur: 'amount', month: null };
    expect(defaultMapping(plan, 'budget-lines', ['Cost item', ' EUR ', 'Month', 'Posting month'], remembered)).toEqual([
      'label',
      'amount',
      null,
      null,
    ]);
    // A remembered field the table does not take is not used.
    expect(defaultMapping(plan, 'kpi-actuals', ['Cost item'], { 'cost item': 'label' })).toEqual([null]);
  });

  it('imports a client sheet with its own headers through the mapping, and nothing of an ignored column', () => {
    const rows = [
      ['Cost item', 'Booked in', 'EUR', 'Remarks'],
      ['Trade fair stand', '2027-05', 4500, 'not wanted'],
    ];
    expect(planImport(plan, 'budget-lines', rows).problems[0]!.message).toMatch(/^no column of the sheet/);
    const result = planImport(plan, 'budget-lines', rows, ['label', 'month', 'amount', null]);
    expect(result.problems).toEqual([]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]!.row).toMatchObject({ label: 'Trade fair stand', month: '2027-05', amount: 450_000, mixElement: null });
    // Mapped as the month, the remarks are refused in that column, named by its place.
    const wrong = planImport(plan, 'budget-lines', rows, ['label', null, 'amount', 'month']);
    expect(wrong.changes).toEqual([]);
    expect(wrong.problems).toEqual([{ row: 2, column: 'Remarks', columnIndex: 3, message: '"not wanted" is not a month (YYYY-MM)' }]);
  });

  it('says each refused cell in the reader’s language', () => {
    const kpi = plan.collections.kpis[0]!;
    const result = planImport(plan, 'kpi-actuals', [
      ['KPI', 'Period', 'Actual'],
      ['Nobody measured this', '2027-01', 3],
      [kpi.metric, '2027-01', 'n/a'],
    ]);
    const zh = createTranslate('zh-CN');
    const en = createTranslate('en');
    expect(result.problems.map((p) => localizeIssue(p, en))).toEqual(['no KPI "Nobody measured this" in this plan', '"n/a" is not a number']);
    const chinese = result.problems.map((p) => localizeIssue(p, zh));
    expect(chinese[0]).toContain('Nobody measured this');
    expect(chinese[1]).toContain('n/a');
    expect(chinese.join('')).not.toMatch(/is not|in this plan/);
  });

  it('remembers this sheet’s headers over earlier ones, within the limit', () => {
    const earlier = { a: 'label', b: 'month', old: 'amount' };
    expect(rememberColumns(earlier, ['a', '', 'new'], ['amount', 'label', null])).toEqual({ b: 'month', old: 'amount', a: 'amount', new: null });
    const many = Object.fromEntries(Array.from({ length: MAX_REMEMBERED_HEADERS }, (_, i) => [`h${i}`, null]));
    const kept = rememberColumns(many, ['fresh'], ['label']);
    expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED_HEADERS);
    expect(kept.fresh).toBe('label');
    expect(kept.h0).toBeUndefined();
  });

  it('picks the sheet the export names for the table, in either language', () => {
    expect(suggestSheet(['Segments', 'Budget lines', 'Actions'], 'budget-lines')).toBe(1);
    const zhName = createTranslate('zh-CN')('report.sheets.names.kpis');
    expect(suggestSheet(['细分市场', zhName], 'kpi-actuals')).toBe(1);
    expect(suggestSheet(['Sheet1', 'Sheet2'], 'forecast')).toBe(0);
  });

  it('every table is one entry: an editable field list the domain row has', () => {
    for (const table of IMPORT_TABLES) {
      const fields = mappableFields(table);
      expect(fields[0]).toBe('id');
      for (const key of IMPORT_SPECS[table].editable) expect(fields).toContain(key);
    }
  });
});
