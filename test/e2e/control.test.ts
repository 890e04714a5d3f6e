// The Control part end to end: a KPI added in the grid and linked to an objective; targets and
// actuals typed for three months, with the variance and status computeKpi gives; a refused value
// beside its input; a period-kind change that would strand values refused in its cell; the
// corrective action and a control narrative; every value found again after a reload.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain';
import { computeKpi } from '../../shared/logic';
import { app, call, page, planId, problems, useAppForFile } from './fixtures/app-session';
import { ControlPage } from './pages/control-page';

let part: ControlPage;
let objectiveId: string;

const storedPlan = () => call<Plan>('plans.get', { planId });
const TITLE = 'Control';
const METRIC = 'New students enrolled';

useAppForFile({ plan: 'Robotics club 2027' });

beforeAll(async () => {
  objectiveId = crypto.randomUUID();
  await call('rows.upsert', {
    planId,
    collection: 'objectives',
    row: {
      id: objectiveId,
      kind: 'marketing',
      metric: 'newCustomers',
      title: 'Enrol 900 new students',
      baseline: 720,
      target: 900,
      unit: 'students',
      deadline: '2027-12-31',
      owner: 'Wang Li',
    },
  });
  part = new ControlPage(page);
  await part.open(app.url, planId, 'control', TITLE);
});

describe('Control part', () => {
  it('shows its place, the control loop and the four kinds of control before any KPI exists', async () => {
    await expect(part.main.getByText('Part 8 of 8').isVisible()).resolves.toBe(true);
    expect(await part.completeness()).toBe('0/2');
    // The sections below the first mount a frame after the title: wait for each.
    await part.main.getByText('Add a KPI above, then enter its targets and actuals here.').waitFor();
    for (const step of ['Set targets', 'Measure', 'Find the cause of the gap', 'Correct']) {
      await part.main.getByText(step, { exact: true }).waitFor();
    }
    for (const kind of ['Annual-plan control', 'Profitability control', 'Efficiency control', 'Strategic control']) {
      await part.richText(kind).waitFor();
    }
  });

  it('adds a KPI from the keyboard, linked to its objective', async () => {
    const grid = part.grid('KPIs');
    await grid.addRow();
    await page.keyboard.type(METRIC);
    await page.keyboard.press('Tab');
    // A key typed on a link cell opens its choices at the first row whose name starts with it.
    await page.keyboard.type('E');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wang Li');
    await page.keyboard.press('Tab');
    await page.keyboard.type('students');
    await page.keyboard.press('Enter');
    await part.waitSaved();
    expect(await grid.values('Metric')).toEqual([METRIC]);
    expect(await grid.values('Objective')).toEqual(['Enrol 900 new students']);
    expect(await grid.values('Periods')).toEqual(['Monthly']);
    expect(await grid.values('Direction')).toEqual(['Higher is better']);
    expect(await grid.values('Control kind')).toEqual(['Annual-plan control']);
    const kpi = (await storedPlan()).collections.kpis[0]!;
    expect(kpi).toMatchObject({ metric: METRIC, objectiveId, owner: 'Wang Li', unit: 'students', periodKind: 'month', periods: [] });
    await expect(part.kpiSelect.inputValue()).resolves.toBe(kpi.id);
  });

  it('takes targets and actuals for three months and shows each variance and status', async () => {
    await part.periodInput('Target', 'Jan 2027').focus();
    for (const value of ['100', '105', '100', '95', '100', '80']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    // Ten per cent short of the target or less is at risk; further is off track.
    expect(await part.periodRow('2027-01')).toEqual({ variance: '+5', variancePct: '+5%', status: 'On track' });
    expect(await part.periodRow('2027-02')).toEqual({ variance: '-5', variancePct: '-5%', status: 'At risk' });
    expect(await part.periodRow('2027-03')).toEqual({ variance: '-20', variancePct: '-20%', status: 'Off track' });
    expect(await part.periodRow('2027-04')).toEqual({ variance: '—', variancePct: '—', status: 'No data' });
    expect(await part.overviewStatus(METRIC)).toBe('Off track');
    expect(await part.overviewCounts()).toEqual(['0 On track', '0 At risk', '1 Off track', '0 No data']);
    await part.waitSaved();
    const kpi = (await storedPlan()).collections.kpis[0]!;
    expect(kpi.periods).toEqual([
      { period: '2027-01', target: 100, actual: 105 },
      { period: '2027-02', target: 100, actual: 95 },
      { period: '2027-03', target: 100, actual: 80 },
    ]);
    expect(computeKpi(kpi).periods.map((p) => p.status)).toEqual(['onTrack', 'atRisk', 'offTrack']);
    expect(await part.completeness()).toBe('2/2');
  });

  it('refuses text that is not a number beside the input and stores nothing for it', async () => {
    const input = part.periodInput('Target', 'Apr 2027');
    await input.focus();
    await page.keyboard.type('about 100');
    expect(await part.periodProblem('Target', 'Apr 2027')).toBe('Must be a number');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    expect((await storedPlan()).collections.kpis[0]!.periods.map((p) => p.period)).toEqual(['2027-01', '2027-02', '2027-03']);
    // The refused text stays where it was typed until it is fixed.
    await expect(input.inputValue()).resolves.toBe('about 100');
    await input.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    expect(await part.periodProblem('Target', 'Apr 2027')).toBeNull();
  });

  it('refuses a switch to quarters while monthly values exist, in the cell, and takes it back', async () => {
    const grid = part.grid('KPIs');
    await grid.focusCell(1, 'Periods');
    await page.keyboard.press('Enter');
    await grid.editor(1, 'Periods').selectOption({ label: 'Quarterly' });
    await page.keyboard.press('Enter');
    expect(await grid.problem(1, 'Periods')).toBe('Periods must match the KPI’s period kind');
    await expect(part.main.getByRole('button', { name: 'Clear those values' }).isVisible()).resolves.toBe(true);
    await part.waitSaved();
    expect((await storedPlan()).collections.kpis[0]!.periodKind).toBe('month');
    await grid.focusCell(1, 'Periods');
    await page.keyboard.press('Enter');
    await grid.editor(1, 'Periods').selectOption({ label: 'Monthly' });
    await page.keyboard.press('Enter');
    await part.waitSaved();
    expect(await grid.problem(1, 'Periods')).toBeNull();
    expect(await part.periodRow('2027-03')).toMatchObject({ status: 'Off track' });
  });

  it('writes the corrective action and a control narrative', async () => {
    await part.field('Corrective action').click();
    await page.keyboard.type('Add a weekend trial class at the weakest campus.');
    await page.keyboard.press('Tab');
    const annual = part.richText('Annual-plan control');
    await annual.click();
    await page.keyboard.type('Monthly review of enrolments against target.');
    await page.keyboard.press('Tab');
    await part.waitSaved();
    const stored = await storedPlan();
    expect(stored.collections.kpis[0]!.correctiveAction).toBe('Add a weekend trial class at the weakest campus.');
    expect(JSON.stringify(stored.fields.control.annualPlan)).toContain('Monthly review of enrolments against target.');
  });

  it('finds every value again after a reload', async () => {
    await page.reload();
    await part.heading(TITLE).waitFor();
    const grid = part.grid('KPIs');
    expect(await grid.values('Metric')).toEqual([METRIC]);
    expect(await grid.values('Objective')).toEqual(['Enrol 900 new students']);
    expect(await grid.values('Owner')).toEqual(['Wang Li']);
    expect(await grid.values('Unit')).toEqual(['students']);
    const expected = [
      ['Jan 2027', '100', '105'],
      ['Feb 2027', '100', '95'],
      ['Mar 2027', '100', '80'],
    ] as const;
    for (const [period, target, actual] of expected) {
      await expect(part.periodInput('Target', period).inputValue()).resolves.toBe(target);
      await expect(part.periodInput('Actual', period).inputValue()).resolves.toBe(actual);
    }
    expect((await part.periodRow('2027-01')).status).toBe('On track');
    expect((await part.periodRow('2027-02')).status).toBe('At risk');
    expect((await part.periodRow('2027-03')).status).toBe('Off track');
    await expect(part.periodInput('Target', 'Apr 2027').inputValue()).resolves.toBe('');
    await expect(part.field('Corrective action').inputValue()).resolves.toBe('Add a weekend trial class at the weakest campus.');
    await expect(part.richText('Annual-plan control').textContent()).resolves.toBe('Monthly review of enrolments against target.');
    expect(await part.overviewStatus(METRIC)).toBe('Off track');
    await expect(
      part.main
        .getByRole('figure')
        .filter({ hasText: `Target and actual of ${METRIC} by period` })
        .count(),
    ).resolves.toBe(1);
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
