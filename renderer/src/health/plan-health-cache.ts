import type { Plan } from '../../../shared/domain';
import { PART_KEYS, type PartKey } from '../../../shared/domain/parts';
import { planHealth, type HealthFinding } from '../../../shared/logic/health';

/**
 * What planHealth reads, by identity (the store replaces a collection or a part's fields only
 * when they change). The meta is taken by value: every save stamps a new `updatedAt`, which
 * changes no finding. A plan whose inputs are all the same as the last one's has the same findings,
 * so typing in a part the checks never read (the situation's narratives, the control kinds)
 * costs nothing, and the side panel, the rail and the part page share one computation.
 */
function inputsOf(plan: Plan): readonly unknown[] {
  const { meta, fields, collections: c } = plan;
  return [
    meta.id,
    meta.currency,
    meta.language,
    meta.periodStart,
    meta.periodEnd,
    fields.summary,
    fields.strategy,
    fields.budget,
    c.segments,
    c.products,
    c.swotItems,
    c.towsStrategies,
    c.objectives,
    c.segmentScores,
    c.actions,
    c.forecastLines,
    c.budgetLines,
    c.kpis,
  ];
}

type Entry = { inputs: readonly unknown[]; findings: HealthFinding[] };

// Two entries: while a deferred render catches up, the previous plan and the new one are both asked for.
const cache: Entry[] = [];
const byPlan = new WeakMap<Plan, HealthFinding[]>();

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** planHealth(plan), computed once per distinct set of inputs. */
export function cachedPlanHealth(plan: Plan): HealthFinding[] {
  const known = byPlan.get(plan);
  if (known) return known;
  const inputs = inputsOf(plan);
  let entry = cache.find((e) => sameInputs(e.inputs, inputs));
  if (!entry) {
    entry = { inputs, findings: planHealth(plan) };
    cache.unshift(entry);
    cache.length = Math.min(cache.length, 2);
  }
  byPlan.set(plan, entry.findings);
  return entry.findings;
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
