import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { closeDatabase, openDatabase } from '../../../../electron/core/storage/database';
import { PlanStore } from '../../../../electron/core/storage/plan-store';
import type { Plan } from '../../../../shared/domain';
import { parsePlanFile, serializePlanFile } from '../../../../shared/file-format';
import { buildSample } from '../../../../shared/samples';
import { tempDir } from '../../helpers/temp-dir';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

function storedPlan(dataDir: string, planId: string): Plan {
  const db = openDatabase(dataDir);
  try {
    return new PlanStore(db).get(planId);
  } finally {
    closeDatabase(db, dataDir);
  }
}

/** The plan's own export, with the first KPI's first actual set to `actual`. */
async function actualsFile(dir: string, plan: Plan, actual: unknown): Promise<string> {
  fs.writeFileSync(
    path.join(dir, 'plan.mplan'),
    serializePlanFile(plan, { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: '2027-01-05T09:30:00.000Z' }),
  );
  expect((await cli(['export', 'plan.mplan', '--out', 'plan.xlsx', '--lang', 'en'], dir)).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, 'plan.xlsx'));
  const kpis = workbook.getWorksheet('KPIs')!;
  kpis.getRow(2).getCell((kpis.getRow(1).values as unknown[]).indexOf('Actual')).value = actual as ExcelJS.CellValue;
  await workbook.xlsx.writeFile(path.join(dir, 'actuals.xlsx'));
  return 'actuals.xlsx';
}

describe('planwright import-rows', () => {
  it('sets a KPI actual in a plan of the data folder from the export’s KPIs sheet, all in one go', async () => {
    const dir = tempDir();
    const plan = buildSample('education', 'en', { now: '2026-11-20T09:00:00.000Z' });
    const from = await actualsFile(dir, plan, 4321);
    expect((await cli(['import', 'plan.mplan', '--data-dir', 'data'], dir)).code).toBe(0);
    const result = await cli(['import-rows', plan.meta.id, '--table', 'kpi-actuals', '--from', from, '--data-dir', 'data'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `imported kpi-actuals from “KPIs” into ${plan.meta.name}: 1 changed, 0 added, ${plan.collections.kpis.length - 1} unchanged\n`,
    );
    const after = storedPlan(path.join(dir, 'data'), plan.meta.id);
    const expected = structuredClone(plan);
    expected.collections.kpis[0]!.periods[0]!.actual = 4321;
    expect(after.collections).toEqual(expected.collections);
  });

  it('refuses a wrong value, naming the row and column, and changes nothing (data folder and .mplan file)', async () => {
    const dir = tempDir();
    const plan = buildSample('education', 'en', { now: '2026-11-20T09:00:00.000Z' });
    const from = await actualsFile(dir, plan, 'about forty');
    expect((await cli(['import', 'plan.mplan', '--data-dir', 'data'], dir)).code).toBe(0);
    const before = storedPlan(path.join(dir, 'data'), plan.meta.id);
    const refused = await cli(['import-rows', plan.meta.id, '--table', 'kpi-actuals', '--from', from, '--data-dir', 'data'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('row 2, Actual: "about forty" is not a number\n');
    expect(refused.stderr).toBe('actuals.xlsx was not imported (1 problem). Nothing was changed.\n');
    expect(storedPlan(path.join(dir, 'data'), plan.meta.id)).toEqual(before);

    const file = fs.readFileSync(path.join(dir, 'plan.mplan'), 'utf8');
    expect((await cli(['import-rows', 'plan.mplan', '--table', 'kpi-actuals', '--from', from], dir)).code).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'plan.mplan'), 'utf8')).toBe(file);
  });

  it('rewrites a .mplan file with the imported rows', async () => {
    const dir = tempDir();
    const plan = buildSample('education', 'en', { now: '2026-11-20T09:00:00.000Z' });
    const from = await actualsFile(dir, plan, 55);
    const result = await cli(['import-rows', 'plan.mplan', '--table', 'kpi-actuals', '--from', from], dir);
    expect(result.code).toBe(0);
    const parsed = parsePlanFile(fs.readFileSync(path.join(dir, 'plan.mplan'), 'utf8'));
    expect(parsed.ok && parsed.file.plan.collections.kpis[0]!.periods[0]!.actual).toBe(55);
  });

  it('explains wrong usage (exit 2)', async () => {
    const dir = tempDir();
    expect((await cli(['import-rows', 'x.mplan', '--table', 'segments', '--from', 'a.xlsx'], dir)).stderr).toContain(
      '--table must be one of actions, budget-lines, forecast, kpi-actuals, actual-sales, actual-spend, not "segments"',
    );
    expect((await cli(['import-rows', 'x.mplan', '--table', 'actions', '--from', 'a.txt'], dir)).code).toBe(2);
  });
});
