import type { Action, Objective, Plan, RichBlock, RichText } from '../domain';
import { formatPlanDateRange } from '../format/dates';
import { formatMoney } from '../format/money';
import type { Translate } from '../i18n/translate';
import { BudgetOverflowError, computeBudget, type BudgetReport } from './budget';
import { targetedSegments, topObjectives } from './health';

/** How many actions the draft lists, the costliest first. */
export const SUMMARY_KEY_ACTIONS = 5;

/**
 * A first draft of the executive summary from the rest of the plan: purpose, top objectives,
 * strategy, money and key actions. It always names the top objectives and the total budget, so
 * the health check "summary mentions top objectives and total budget" passes on a fresh draft.
 */
/** `budgetOf` lets a caller holding immutable plans pass a memoized computeBudget (as planHealth does). */
export function draftSummary(plan: Plan, t: Translate, locale: string, budgetOf: (plan: Plan) => BudgetReport = computeBudget): RichText {
  const content: RichBlock[] = [paragraph(purpose(plan, t, locale))];

  const objectives = topObjectives(plan);
  if (objectives.length > 0) {
    content.push(heading(t('summaryDraft.objectivesHeading')));
    content.push(bullets(objectives.map((o) => objectiveLine(o, t, locale))));
  }

  const strategy = strategyLine(plan, t, locale);
  if (strategy) content.push(paragraph(strategy));

  const money = moneyLines(plan, t, locale, budgetOf);
  if (money.length > 0) content.push(paragraph(money.join(' ')));

  const actions = keyActions(plan);
  if (actions.length > 0) {
    content.push(heading(t('summaryDraft.actionsHeading')));
    content.push(bullets(actions.map((a) => actionLine(a, plan.meta.currency, t, locale))));
  }
  return { type: 'doc', content };
}

function paragraph(text: string): RichBlock {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function heading(text: string): RichBlock {
  return { type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] };
}

function bullets(lines: string[]): RichBlock {
  return {
    type: 'bulletList',
    content: lines.map((line) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: line }] }] })),
  };
}

/** Calendar dates carry no zone: format them as UTC so no machine shifts them by a day. */
function utcDate(date: string): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const result = new Date(Date.UTC(y, m - 1, d));
  result.setUTCFullYear(y);
  return result;
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

export function formatPlanDate(date: string, locale: string): string {
  return dateFormat(locale).format(utcDate(date));
}

function formatDateRange(start: string, end: string, locale: string): string {
  return formatPlanDateRange(start, end, locale);
}

function purpose(plan: Plan, t: Translate, locale: string): string {
  const { name, client, periodStart, periodEnd } = plan.meta;
  const params = { name, client: client.trim(), start: formatPlanDate(periodStart, locale), end: formatPlanDate(periodEnd, locale) };
  return t(params.client ? 'summaryDraft.purpose' : 'summaryDraft.purposeNoClient', params);
}

function objectiveLine(o: Objective, t: Translate, locale: string): string {
  const value = o.target === null ? null : new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(o.target);
  const target = value === null ? null : o.unit.trim() ? t('summaryDraft.targetWithUnit', { value, unit: o.unit.trim() }) : value;
  const deadline = o.deadline === null ? null : formatPlanDate(o.deadline, locale);
  if (target !== null && deadline !== null) return t('summaryDraft.objective', { title: o.title, target, deadline });
  if (target !== null) return t('summaryDraft.objectiveTarget', { title: o.title, target });
  if (deadline !== null) return t('summaryDraft.objectiveDeadline', { title: o.title, deadline });
  return o.title;
}

function strategyLine(plan: Plan, t: Translate, locale: string): string | null {
  const names = targetedSegments(plan).map((s) => s.name);
  const segments = names.length > 0 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) : null;
  const statement = plan.fields.strategy.positioning.statement.trim() || null;
  if (segments && statement) return t('summaryDraft.strategy', { segments, statement });
  if (segments) return t('summaryDraft.strategySegments', { segments });
  if (statement) return t('summaryDraft.strategyPositioning', { statement });
  return null;
}

function moneyLines(plan: Plan, t: Translate, locale: string, budgetOf: (plan: Plan) => BudgetReport): string[] {
  let report: BudgetReport;
  try {
    report = budgetOf(plan);
  } catch (error) {
    // Sums too large to state exactly are left out of the draft; the health check reports them.
    if (error instanceof BudgetOverflowError) return [];
    throw error;
  }
  const fmt = (minor: number) => formatMoney(minor, report.currency, locale);
  const lines: string[] = [];
  if (report.budget.granted !== null)
    lines.push(t('summaryDraft.budget', { budget: fmt(report.budget.granted), spend: fmt(report.totals.marketing) }));
  else if (report.totals.marketing !== 0) lines.push(t('summaryDraft.spend', { spend: fmt(report.totals.marketing) }));
  if (plan.collections.forecastLines.length > 0) {
    lines.push(t('summaryDraft.forecast', { revenue: fmt(report.totals.revenue), contribution: fmt(report.totals.contribution) }));
  }
  return lines;
}

/** The costliest live actions, ties kept in plan order. */
function keyActions(plan: Plan): Action[] {
  return plan.collections.actions
    .filter((a) => a.status !== 'cancelled' && a.cost !== null)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (y.a.cost ?? 0) - (x.a.cost ?? 0) || x.i - y.i)
    .slice(0, SUMMARY_KEY_ACTIONS)
    .map((x) => x.a);
}

function actionLine(a: Action, currency: string, t: Translate, locale: string): string {
  const cost = formatMoney(a.cost ?? 0, currency, locale);
  const start = a.start ?? a.end;
  const end = a.end ?? a.start;
  if (start === null || end === null) return t('summaryDraft.actionUndated', { title: a.title, cost });
  const [from, to] = start <= end ? [start, end] : [end, start];
  return t('summaryDraft.action', { title: a.title, dates: formatDateRange(from, to, locale), cost });
}
