import type { CollectionName, Objective, PartKey, Plan, SwotItem } from '../domain';
import { isRichTextEmpty, richTextToPlain } from '../domain';
import { formatMoney, toMajor } from '../format/money';
import { BudgetOverflowError, computeBudget, type BudgetReport } from './budget';
import { computeKpi } from './kpi';
import { resolvedKpis } from './kpi-linked';
import { monthOf, monthsOfQuarter } from './months';
import { objectiveForecast } from './objective-forecast';
import { namesSegment } from './positioning';
import { textMentionsNumber } from './text-numbers';
import { varianceFindings } from './actuals/findings';

/**
 * The checks a careful planner makes before handing a plan over (domain reference, "Checks a
 * careful planner makes"), plus one finding per empty part so a blank plan never reads as
 * "all clear". Each check has a stable id; its message is `health.checks.<check>` and its
 * how-to-fix hint `health.fix.<check>`, both interpolated with the finding's params.
 *
 * Severity: 'problem' when the plan contradicts itself or cannot be signed as it stands (an action
 * ending before it starts, spend over the granted budget, an objective nothing works towards, a
 * major threat left unanswered, a projected loss, a forecast short of a financial objective);
 * 'warning' for gaps, for KPIs behind or untracked, and for the text-match checks (heuristics).
 * Cancelled actions are ignored throughout: they serve nothing and need nothing.
 */

export const HEALTH_CHECKS = [
  // summary
  'noSummary',
  'summaryMissingObjective',
  'summaryMissingBudget',
  // situation
  'noSegments',
  // swot
  'noSwotItems',
  'threatWithoutResponse',
  // objectives
  'noObjectives',
  'objectiveMissingMetric',
  'objectiveMissingTarget',
  'objectiveMissingDeadline',
  // strategy
  'noTargetSegments',
  'noPositioning',
  'segmentNotInPositioning',
  'segmentNotInPromotion',
  // actions
  'noActions',
  'objectiveWithoutAction',
  'actionWithoutObjective',
  'actionWithoutOwner',
  'actionWithoutDates',
  'actionEndBeforeStart',
  'actionWithoutCost',
  'actionOutsidePeriod',
  // budget
  'noForecast',
  'noMarketingBudget',
  'spendOverBudget',
  'spendUnderBudget',
  'budgetTooLarge',
  'planLosesMoney',
  'breakEvenNotReached',
  'forecastShortOfObjective',
  'spendOutsidePeriod',
  // control
  'noKpis',
  'objectiveWithoutKpi',
  'kpiBehind',
  'kpiActualMissing',
  // control: plan versus actual (actuals/findings.ts)
  'salesVariance',
  'spendVariance',
  'contributionVariance',
] as const;

export type HealthCheck = (typeof HEALTH_CHECKS)[number];
export type HealthSeverity = 'problem' | 'warning';

export type HealthFinding = {
  /** Stable: the check, plus the id of the row it is about when there is one. */
  id: string;
  check: HealthCheck;
  /** The part where the finding is fixed. */
  part: PartKey;
  severity: HealthSeverity;
  /** Where to fix it. */
  target: { collection?: CollectionName; rowId?: string; field?: string };
  /** The row the finding is about, when that is not where it is fixed (an objective no action serves). */
  subject?: { collection: CollectionName; rowId: string };
  params: Record<string, string | number>;
};

/** A threat is major when its impact is 4 or 5, or impact × likelihood reaches 12 (e.g. 3 × 4). */
export const MAJOR_THREAT_IMPACT = 4;
export const MAJOR_THREAT_SCORE = 12;
/** The executive summary must mention this many objectives, the first ones in the plan's order. */
export const TOP_OBJECTIVES = 3;

export function isMajorThreat(item: Pick<SwotItem, 'kind' | 'impact' | 'likelihood'>): boolean {
  if (item.kind !== 'T' || item.impact === null) return false;
  return item.impact >= MAJOR_THREAT_IMPACT || (item.likelihood !== null && item.impact * item.likelihood >= MAJOR_THREAT_SCORE);
}

/** The segments chosen in targeting (a score marked targeted), in segment order. */
export function targetedSegments(plan: Plan): { id: string; name: string }[] {
  const targeted = new Set(plan.collections.segmentScores.filter((s) => s.targeted).map((s) => s.segmentId));
  return plan.collections.segments.filter((s) => targeted.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
}

export function topObjectives(plan: Plan): Objective[] {
  return plan.collections.objectives.slice(0, TOP_OBJECTIVES);
}

const SEVERITY: Record<HealthCheck, HealthSeverity> = {
  noSummary: 'warning',
  summaryMissingObjective: 'warning',
  summaryMissingBudget: 'warning',
  noSegments: 'warning',
  noSwotItems: 'warning',
  threatWithoutResponse: 'problem',
  noObjectives: 'warning',
  objectiveMissingMetric: 'warning',
  objectiveMissingTarget: 'warning',
  objectiveMissingDeadline: 'warning',
  noTargetSegments: 'warning',
  noPositioning: 'warning',
  segmentNotInPositioning: 'warning',
  segmentNotInPromotion: 'warning',
  noActions: 'warning',
  objectiveWithoutAction: 'problem',
  actionWithoutObjective: 'warning',
  actionWithoutOwner: 'warning',
  actionWithoutDates: 'warning',
  actionEndBeforeStart: 'problem',
  actionWithoutCost: 'warning',
  actionOutsidePeriod: 'warning',
  noForecast: 'warning',
  noMarketingBudget: 'warning',
  spendOverBudget: 'problem',
  spendUnderBudget: 'warning',
  budgetTooLarge: 'problem',
  planLosesMoney: 'problem',
  breakEvenNotReached: 'warning',
  forecastShortOfObjective: 'problem',
  spendOutsidePeriod: 'warning',
  noKpis: 'warning',
  objectiveWithoutKpi: 'warning',
  kpiBehind: 'warning',
  kpiActualMissing: 'warning',
  salesVariance: 'warning',
  spendVariance: 'warning',
  contributionVariance: 'warning',
};

export function checkSeverity(check: HealthCheck): HealthSeverity {
  return SEVERITY[check];
}

function finding(
  check: HealthCheck,
  part: PartKey,
  target: HealthFinding['target'],
  params: HealthFinding['params'] = {},
  about?: HealthFinding['subject'],
): HealthFinding {
  const rowId = about?.rowId ?? target.rowId;
  return {
    id: rowId ? `${check}:${rowId}` : check,
    check,
    part,
    severity: SEVERITY[check],
    target,
    ...(about ? { subject: about } : {}),
    params,
  };
}

const filled = (s: string) => s.trim().length > 0;
const mentions = (haystack: string, needle: string) => filled(needle) && haystack.toLocaleLowerCase().includes(needle.trim().toLocaleLowerCase());

function summaryChecks(plan: Plan, budget: BudgetReport | null): HealthFinding[] {
  const narrative = plan.fields.summary.narrative;
  if (isRichTextEmpty(narrative)) return [finding('noSummary', 'summary', { field: 'narrative' })];
  const text = richTextToPlain(narrative);
  const out: HealthFinding[] = [];
  for (const o of topObjectives(plan)) {
    // Lenient: the title, or the target as a number in any usual spelling (3000, 3,000, ¥3,000, 3千…).
    if (mentions(text, o.title) || (o.target !== null && textMentionsNumber(text, o.target))) continue;
    out.push(finding('summaryMissingObjective', 'summary', { field: 'narrative' }, { title: o.title }, { collection: 'objectives', rowId: o.id }));
  }
  if (!budget) return out;
  const amounts = [budget.budget.granted, budget.totals.marketing].filter((a): a is number => a !== null && a !== 0);
  // The "total budget" is the granted marketing budget or the planned marketing spend; either counts.
  if (amounts.length > 0 && !amounts.some((a) => textMentionsNumber(text, toMajor(a, plan.meta.currency)))) {
    out.push(finding('summaryMissingBudget', 'summary', { field: 'narrative' }, { amount: money(plan, amounts[0] ?? 0) }));
  }
  return out;
}

function swotChecks(plan: Plan): HealthFinding[] {
  const { swotItems, towsStrategies } = plan.collections;
  if (swotItems.length === 0) return [finding('noSwotItems', 'swot', { collection: 'swotItems' })];
  const answered = new Set(towsStrategies.flatMap((s) => s.swotItemIds));
  return swotItems
    .filter((item) => isMajorThreat(item) && !answered.has(item.id))
    .map((item) =>
      finding(
        'threatWithoutResponse',
        'swot',
        { collection: 'towsStrategies', field: 'swotItemIds' },
        { statement: item.statement },
        { collection: 'swotItems', rowId: item.id },
      ),
    );
}

function objectiveChecks(plan: Plan): HealthFinding[] {
  const { objectives } = plan.collections;
  if (objectives.length === 0) return [finding('noObjectives', 'objectives', { collection: 'objectives' })];
  const out: HealthFinding[] = [];
  for (const o of objectives) {
    const at = (field: string) => ({ collection: 'objectives' as const, rowId: o.id, field });
    if (o.metric === null) out.push(finding('objectiveMissingMetric', 'objectives', at('metric'), { title: o.title }));
    if (o.target === null) out.push(finding('objectiveMissingTarget', 'objectives', at('target'), { title: o.title }));
    if (o.deadline === null) out.push(finding('objectiveMissingDeadline', 'objectives', at('deadline'), { title: o.title }));
  }
  return out;
}

function strategyChecks(plan: Plan): HealthFinding[] {
  const out: HealthFinding[] = [];
  const { positioning, promotion } = plan.fields.strategy;
  const targeted = targetedSegments(plan);
  if (plan.collections.segments.length > 0 && targeted.length === 0) {
    out.push(finding('noTargetSegments', 'strategy', { collection: 'segmentScores', field: 'targeted' }));
  }
  // "For whom" is where planners name the segment when the statement is still a draft.
  const positioningText = `${positioning.statement}\n${positioning.forWhom}`;
  const hasPositioning = filled(positioningText);
  if (!hasPositioning) out.push(finding('noPositioning', 'strategy', { field: 'positioning.statement' }));
  for (const s of targeted) {
    const about = { collection: 'segments' as const, rowId: s.id };
    if (hasPositioning && !namesSegment(positioningText, s.name)) {
      out.push(finding('segmentNotInPositioning', 'strategy', { field: 'positioning.statement' }, { segment: s.name }, about));
    }
    if (!namesSegment(promotion.audience, s.name)) {
      out.push(finding('segmentNotInPromotion', 'strategy', { field: 'promotion.audience' }, { segment: s.name }, about));
    }
  }
  return out;
}

function actionChecks(plan: Plan): HealthFinding[] {
  const out: HealthFinding[] = [];
  const live = plan.collections.actions.filter((a) => a.status !== 'cancelled');
  if (plan.collections.actions.length === 0) out.push(finding('noActions', 'actions', { collection: 'actions' }));
  const served = new Set(live.flatMap((a) => a.objectiveIds));
  for (const o of plan.collections.objectives) {
    if (!served.has(o.id)) {
      out.push(
        finding(
          'objectiveWithoutAction',
          'actions',
          { collection: 'actions', field: 'objectiveIds' },
          { title: o.title },
          { collection: 'objectives', rowId: o.id },
        ),
      );
    }
  }
  const { periodStart, periodEnd } = plan.meta;
  for (const a of live) {
    const at = (field: string) => ({ collection: 'actions' as const, rowId: a.id, field });
    // Only when there are objectives to serve (a plan without any is told so by the objectives' checks).
    if (a.objectiveIds.length === 0 && plan.collections.objectives.length > 0)
      out.push(finding('actionWithoutObjective', 'actions', at('objectiveIds'), { title: a.title }));
    if (!filled(a.owner)) out.push(finding('actionWithoutOwner', 'actions', at('owner'), { title: a.title }));
    if (a.start === null || a.end === null)
      out.push(finding('actionWithoutDates', 'actions', at(a.start === null ? 'start' : 'end'), { title: a.title }));
    else if (a.end < a.start) out.push(finding('actionEndBeforeStart', 'actions', at('end'), { title: a.title, start: a.start, end: a.end }));
    if (a.cost === null) out.push(finding('actionWithoutCost', 'actions', at('cost'), { title: a.title }));
    // Money spent before the plan starts or after it ends falls outside the budget being approved.
    else if (a.cost !== 0 && a.start !== null && a.end !== null && a.end >= a.start && (a.start < periodStart || a.end > periodEnd)) {
      out.push(
        finding('actionOutsidePeriod', 'actions', at(a.start < periodStart ? 'start' : 'end'), {
          title: a.title,
          start: a.start,
          end: a.end,
          periodStart,
          periodEnd,
        }),
      );
    }
  }
  return out;
}

/** The budget, or null when its sums overflow (reported once, by the budget checks). */
function safeBudget(plan: Plan, budgetOf: (plan: Plan) => BudgetReport): BudgetReport | null {
  try {
    return budgetOf(plan);
  } catch (error) {
    if (error instanceof BudgetOverflowError) return null;
    throw error;
  }
}

function money(plan: Plan, minor: number): string {
  return formatMoney(minor, plan.meta.currency, plan.meta.language);
}

function budgetChecks(plan: Plan, report: BudgetReport | null): HealthFinding[] {
  const out: HealthFinding[] = [];
  if (plan.collections.forecastLines.length === 0) out.push(finding('noForecast', 'budget', { collection: 'forecastLines' }));
  if (!report) out.push(finding('budgetTooLarge', 'budget', { collection: 'forecastLines' }));
  const granted = plan.fields.budget.marketingBudget;
  if (granted === null) {
    out.push(finding('noMarketingBudget', 'budget', { field: 'marketingBudget' }));
    return out;
  }
  const difference = report?.budget.difference ?? 0;
  if (report && difference !== 0) {
    const spend = report.totals.marketing;
    // Amounts come formatted in the plan's language for the message, and raw for a UI that reformats.
    const params = {
      spend: money(plan, spend),
      budget: money(plan, granted),
      difference: money(plan, Math.abs(difference)),
      spendMinor: spend,
      budgetMinor: granted,
      differenceMinor: difference,
    };
    out.push(finding(difference < 0 ? 'spendOverBudget' : 'spendUnderBudget', 'budget', { field: 'marketingBudget' }, params));
  }
  return out;
}

/**
 * Whether the money adds up: the plan's result over its period, when it breaks even, whether the
 * forecast reaches the revenue and profit objectives, and spend entered for months outside the
 * plan. Only with a forecast: an empty one is reported as such. (Market share is not compared:
 * the samples' share objectives are of a channel or a category, not of the market sized in the
 * situation, so revenue ÷ market size would contradict a sound plan.)
 */
function resultChecks(plan: Plan, report: BudgetReport | null): HealthFinding[] {
  if (!report || plan.collections.forecastLines.length === 0) return [];
  const out: HealthFinding[] = [];
  const { currency } = plan.meta;
  const { profit } = report.totals;
  if (profit < 0) out.push(finding('planLosesMoney', 'budget', { collection: 'forecastLines' }, { loss: money(plan, -profit), lossMinor: -profit }));
  const lastMonth = monthOf(plan.meta.periodEnd);
  // Not reached in the period, or reached and lost again by its end (later spend outruns the margin).
  if (report.totals.units > 0 && (report.breakEven.month === null || report.breakEven.month > lastMonth || profit < 0)) {
    out.push(finding('breakEvenNotReached', 'budget', { field: 'fixedCosts' }, { end: plan.meta.periodEnd }));
  }
  for (const o of plan.collections.objectives) {
    const result = objectiveForecast(o, report, currency);
    if (!result || result.reached) continue;
    const { forecastMinor: forecast, targetMinor: target } = result;
    const params = { title: o.title, forecast: money(plan, forecast), target: money(plan, target), forecastMinor: forecast, targetMinor: target };
    out.push(finding('forecastShortOfObjective', 'budget', { collection: 'forecastLines' }, params, { collection: 'objectives', rowId: o.id }));
  }
  const first = monthOf(plan.meta.periodStart);
  for (const line of plan.collections.budgetLines) {
    if (line.amount !== 0 && (line.month < first || line.month > lastMonth)) {
      out.push(
        finding(
          'spendOutsidePeriod',
          'budget',
          { collection: 'budgetLines', rowId: line.id, field: 'month' },
          { label: line.label, month: line.month },
        ),
      );
    }
  }
  return out;
}

/** The last month of a KPI period (`2027-03` or `2027-Q1` → `2027-03`). */
function periodLastMonth(period: string): string {
  return period.includes('Q') ? monthsOfQuarter(period).at(-1)! : period;
}

function controlChecks(plan: Plan, _budget: BudgetReport | null, today: string | null): HealthFinding[] {
  const out: HealthFinding[] = [];
  const { objectives } = plan.collections;
  const kpis = resolvedKpis(plan);
  if (kpis.length === 0) out.push(finding('noKpis', 'control', { collection: 'kpis' }));
  const measured = new Set(kpis.map((k) => k.objectiveId));
  for (const o of objectives) {
    if (!measured.has(o.id)) {
      out.push(
        finding(
          'objectiveWithoutKpi',
          'control',
          { collection: 'kpis', field: 'objectiveId' },
          { title: o.title },
          { collection: 'objectives', rowId: o.id },
        ),
      );
    }
  }
  const thisMonth = today === null ? null : monthOf(today);
  for (const k of kpis) {
    const result = computeKpi(k);
    const latest = result.latest;
    if (latest && (latest.status === 'atRisk' || latest.status === 'offTrack') && latest.actual !== null && latest.target !== null) {
      out.push(
        finding(
          'kpiBehind',
          'control',
          { collection: 'kpis', rowId: k.id },
          { metric: k.metric, period: latest.period, actual: latest.actual, target: latest.target, unit: k.unit },
        ),
      );
    }
    // A period that is over, with a target and no actual: the KPI is not being tracked.
    if (thisMonth !== null) {
      const due = result.periods.find((p) => p.target !== null && p.actual === null && periodLastMonth(p.period) < thisMonth);
      if (due) out.push(finding('kpiActualMissing', 'control', { collection: 'kpis', rowId: k.id }, { metric: k.metric, period: due.period }));
    }
  }
  return out;
}

function situationChecks(plan: Plan): HealthFinding[] {
  return plan.collections.segments.length === 0 ? [finding('noSegments', 'situation', { collection: 'segments' })] : [];
}

/**
 * The checks of each part, with everything each one reads (the budget report included). A caller
 * that holds immutable plans (the renderer) reruns only the sections whose inputs changed: typing
 * the positioning statement then reruns the strategy's checks, not the summary's number matching.
 */
export type HealthSection = {
  part: PartKey;
  /** `today` is `YYYY-MM-DD`, or null where no clock should count (then nothing is past due). */
  reads(plan: Plan, budget: BudgetReport | null, today: string | null): readonly unknown[];
  run(plan: Plan, budget: BudgetReport | null, today: string | null): HealthFinding[];
};

export const HEALTH_SECTIONS: readonly HealthSection[] = [
  { part: 'summary', reads: (p, b) => [p.fields.summary, p.collections.objectives, p.meta.currency, p.meta.language, b], run: summaryChecks },
  { part: 'situation', reads: (p) => [p.collections.segments], run: situationChecks },
  { part: 'swot', reads: (p) => [p.collections.swotItems, p.collections.towsStrategies], run: swotChecks },
  { part: 'objectives', reads: (p) => [p.collections.objectives], run: objectiveChecks },
  { part: 'strategy', reads: (p) => [p.fields.strategy, p.collections.segments, p.collections.segmentScores], run: strategyChecks },
  { part: 'actions', reads: (p) => [p.collections.actions, p.collections.objectives, p.meta.periodStart, p.meta.periodEnd], run: actionChecks },
  {
    part: 'budget',
    reads: (p, b) => [p.collections.forecastLines, p.collections.budgetLines, p.collections.objectives, p.fields.budget, p.meta, b],
    run: (p, b) => [...budgetChecks(p, b), ...resultChecks(p, b)],
  },
  {
    part: 'control',
    // A KPI's linked targets follow the forecast and the plan period.
    reads: (p, _b, today) => [
      p.collections.kpis,
      p.collections.objectives,
      p.collections.forecastLines,
      p.meta,
      today === null ? null : monthOf(today),
    ],
    run: controlChecks,
  },
  {
    part: 'control',
    reads: (p) => [
      p.collections.actualSales,
      p.collections.actualSpend,
      p.collections.forecastLines,
      p.collections.products,
      p.collections.actions,
      p.collections.budgetLines,
      p.fields.control.varianceThresholdPct,
      p.meta.periodStart,
      p.meta.periodEnd,
    ],
    run: (p) => varianceFindings(p).map((f) => finding(f.check, 'control', f.target, f.params)),
  },
];

/** The budget the checks read, or null when its sums overflow (then reported by the budget checks). */
export function healthBudget(plan: Plan, budgetOf: (plan: Plan) => BudgetReport = computeBudget): BudgetReport | null {
  return safeBudget(plan, budgetOf);
}

/**
 * Every finding, in the order of the parts, then of the checks within a part. An empty list means
 * all clear. `today` (`YYYY-MM-DD`) lets the KPIs' past periods count as due; without it none is. `budgetOf` lets a caller holding immutable plans pass a memoized computeBudget.
 */
export function planHealth(plan: Plan, budgetOf: (plan: Plan) => BudgetReport = computeBudget, today: string | null = null): HealthFinding[] {
  const budget = safeBudget(plan, budgetOf);
  return HEALTH_SECTIONS.flatMap((section) => section.run(plan, budget, today));
}
