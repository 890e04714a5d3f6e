// The writers' last defence (shared/domain/characters.ts): a plan holding characters XML cannot
// carry — in a database written before the rule, say — still exports; the characters are dropped.
import { describe, expect, it } from 'vitest';
import { exportReport } from '../../../../../electron/core/export/export-service';
import { findBadCharacter, Plan } from '../../../../../shared/domain';
import { renderChartSvg } from '../../../../../shared/charts';
import { defaultReportOptions } from '../../../../../shared/report/options';
import { fullPlan } from '../../../helpers/full-plan';
import { editLeaves, stringLeaves, XML_INVALID_CHARACTERS } from '../../../helpers/text-leaves';
import { docxParts } from './docx-files';

const EVERY_BAD = XML_INVALID_CHARACTERS.join('');

/** A full plan with two KPIs with periods (two KPI charts, whose titles are KPI metrics) and every refused character in every text field. */
function pollutedPlan(): Plan {
  const plan = fullPlan();
  const kpi = plan.collections.kpis[0]!;
  plan.collections.kpis.push({
    ...kpi,
    id: crypto.randomUUID(),
    metric: 'Open-day visitors',
    unit: 'people',
    periods: [{ period: '2027-04', target: 200, actual: 180 }],
  });
  const leaves = stringLeaves(plan).filter((l) => l.path[l.path.length - 1] !== 'type');
  const probe = Plan.safeParse(
    editLeaves(
      plan,
      leaves.map((l) => l.path),
      (old) => `a\u0001${old}`,
    ),
  );
  const textPaths = probe.error!.issues.filter((i) => i.message.includes('(U+0001)')).map((i) => i.path as (string | number)[]);
  expect(textPaths.length).toBeGreaterThan(40);
  return editLeaves(plan, textPaths, (old) => `${old} ${EVERY_BAD} end`);
}

describe('export of text holding characters XML cannot carry', () => {
  const plan = pollutedPlan();
  const options = { ...defaultReportOptions(plan), language: 'en' as const };

  // Where LibreOffice is installed this lays the report out with it (and fills the draft), which takes seconds.
  it('writes the Word report, every part of it valid XML text', { timeout: 60_000 }, async () => {
    const report = await exportReport(plan, { format: 'docx', options, now: new Date('2027-01-01T00:00:00Z') });
    const { xml } = docxParts(report.data);
    for (const [name, text] of Object.entries(xml)) expect(findBadCharacter(text), name).toBeNull();
    expect(xml['word/document.xml']).toContain('Open-day visitors  end');
  });

  it('writes the Markdown report without them', async () => {
    const report = await exportReport(plan, { format: 'md', options, now: new Date('2027-01-01T00:00:00Z') });
    const text = report.data.toString('utf8');
    expect(findBadCharacter(text)).toBeNull();
    expect(text).toContain('Enrolments  end');
  });

  it('draws a chart whose title holds them as valid SVG', () => {
    const svg = renderChartSvg({ title: { text: `KPI ${EVERY_BAD}` }, series: [] }, { width: 400, height: 300 });
    expect(findBadCharacter(svg)).toBeNull();
    expect(svg).toContain('KPI ');
  });
});
