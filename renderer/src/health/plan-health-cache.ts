import type { Plan } from '../../../shared/domain';
import { PART_KEYS, type PartKey } from '../../../shared/domain/parts';
import { HEALTH_SECTIONS, healthBudget, type HealthFinding } from '../../../shared/logic/health';
import { cachedBudget, sameInputs } from '../state/budget-cache';

/**
 * planHealth(plan), with each part's checks rerun only when what they read changed (see
 * HEALTH_SECTIONS): the store replaces a collection or a part's fields only when they change, and
 * the budget report comes from one memoized computation. Typing in a narrative the checks never
 * read costs nothing; typing the positioning reruns the strategy's checks alone. The side panel,
 * the rail and the part pages share the result.
 */
/** Today on the user's calendar, `YYYY-MM-DD`: a KPI's period is due once it is over where the user is. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

type SectionEntry = { inputs: readonly unknown[]; findings: HealthFinding[] };

// One entry per section and two generations: while a deferred render catches up, the previous plan and the new one are both asked for.
const sections: SectionEntry[][] = HEALTH_SECTIONS.map(() => []);
const byPlan = new WeakMap<Plan, HealthFinding[]>();
let last: { parts: HealthFinding[][]; findings: HealthFinding[] } | null = null;

export function cachedPlanHealth(plan: Plan): HealthFinding[] {
  const known = byPlan.get(plan);
  if (known) return known;
  const budget = healthBudget(plan, cachedBudget);
  const today = localToday();
  const parts = HEALTH_SECTIONS.map((section, i) => {
    const inputs = section.reads(plan, budget, today);
    const cache = sections[i]!;
    let entry = cache.find((e) => sameInputs(e.inputs, inputs));
    if (!entry) {
      const findings = section.run(plan, budget, today);
      // Rerun with the same outcome (typing a summary that still names everything): keep the
      // previous array, so nothing showing the findings is redrawn.
      const previous = cache[0]?.findings;
      entry = { inputs, findings: previous && JSON.stringify(previous) === JSON.stringify(findings) ? previous : findings };
      cache.unshift(entry);
      cache.length = Math.min(cache.length, 2);
    }
    return entry.findings;
  });
  // The same findings keep the same array, so what shows them is not re-rendered.
  const findings = last && parts.every((f, i) => f === last!.parts[i]) ? last.findings : parts.flat();
  last = { parts, findings };
  byPlan.set(plan, findings);
  return findings;
}

export type HealthCounts = { problems: number; warnings: number };

export type HealthOverview = HealthCounts & {
  findings: readonly HealthFinding[];
  /** Every part, in plan order, with its findings (in the order of the checks) and their counts. */
  parts: readonly ({ part: PartKey; findings: readonly HealthFinding[] } & HealthCounts)[];
  byPart: Readonly<Record<PartKey, { findings: readonly HealthFinding[] } & HealthCounts>>;
};

const overviews = new WeakMap<readonly HealthFinding[], HealthOverview>();

export function healthOverview(findings: readonly HealthFinding[]): HealthOverview {
  const known = overviews.get(findings);
  if (known) return known;
  const byPart = Object.fromEntries(PART_KEYS.map((part) => [part, { part, findings: [] as HealthFinding[], problems: 0, warnings: 0 }])) as Record<
    PartKey,
    { part: PartKey; findings: HealthFinding[]; problems: number; warnings: number }
  >;
  for (const f of findings) {
    const group = byPart[f.part];
    group.findings.push(f);
    if (f.severity === 'problem') group.problems++;
    else group.warnings++;
  }
  const parts = PART_KEYS.map((part) => byPart[part]);
  const overview: HealthOverview = {
    findings,
    parts,
    byPart,
    problems: parts.reduce((n, p) => n + p.problems, 0),
    warnings: parts.reduce((n, p) => n + p.warnings, 0),
  };
  overviews.set(findings, overview);
  return overview;
}
