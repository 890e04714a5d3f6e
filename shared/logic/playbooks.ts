import type { CollectionName, Language, Plan, RichText } from '../domain';
import { isRichTextEmpty } from '../domain';
import type { CoverageRule, Playbook, PlaybookStep, Suggestion, SuggestionCollection } from '../playbooks/schema';
import { findPlaybook, pick } from '../playbooks';

/**
 * Playbooks against a plan: whether each step is covered (derived, never stored, like
 * completeness) and the rows a step's suggestions become. Pure.
 */

type Row = Record<string, unknown>;

/** The empty value of every field a suggestion may leave out, per table (the same rows the tables' "Add" makes). */
const EMPTY_ROWS: Record<SuggestionCollection, Row> = {
  segments: { name: '', size: null, growthPct: null, needs: '' },
  channels: { name: '', sharePct: null, trend: null, conflicts: '' },
  customerTiers: { tier: 'other', name: '', customers: null, recencyDays: null, frequency: null, monetary: null, notes: '' },
  objectives: { kind: 'marketing', metric: null, title: '', baseline: null, target: null, unit: '', deadline: null, owner: '' },
  issues: { statement: '', objectiveIds: [] },
  actions: { title: '', start: null, end: null, owner: '', cost: null, objectiveIds: [], mixElement: null, status: 'planned', dependsOn: [] },
  kpis: {
    metric: '',
    objectiveId: null,
    owner: '',
    unit: '',
    periodKind: 'month',
    direction: 'higherIsBetter',
    controlKind: 'efficiency',
    correctiveAction: '',
    periods: [],
  },
};

/** The field that names a row of each table: a suggestion whose name is already there is skipped. */
export const SUGGESTION_NAME_FIELD: Record<SuggestionCollection, string> = {
  segments: 'name',
  channels: 'name',
  customerTiers: 'name',
  objectives: 'title',
  issues: 'statement',
  actions: 'title',
  kpis: 'metric',
};

/** A suggestion as a whole row of its table in one language, with the id given. */
export function suggestionRow(suggestion: Suggestion, language: Language, id: string): Row {
  const row: Row = { ...structuredClone(EMPTY_ROWS[suggestion.collection]), id };
  for (const [field, value] of Object.entries(suggestion.row)) {
    row[field] = value !== null && typeof value === 'object' ? pick(value, language) : value;
  }
  return row;
}

const sameName = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export type SuggestedInsert = { collection: SuggestionCollection; row: Row };

/**
 * What inserting a step's suggestions adds to a plan: each suggestion as a new row, except those
 * whose name (title, metric…) the table already has — existing rows are never overwritten.
 */
export function suggestionsToInsert(
  plan: Plan,
  step: PlaybookStep,
  language: Language,
  makeId: () => string,
): { inserts: SuggestedInsert[]; skipped: number } {
  const inserts: SuggestedInsert[] = [];
  let skipped = 0;
  for (const suggestion of step.suggestions) {
    const field = SUGGESTION_NAME_FIELD[suggestion.collection];
    const name = suggestionRow(suggestion, language, '')[field];
    const existing = plan.collections[suggestion.collection] as Row[];
    const taken =
      existing.some((r) => sameName(r[field], name)) || inserts.some((i) => i.collection === suggestion.collection && sameName(i.row[field], name));
    if (taken) skipped++;
    else inserts.push({ collection: suggestion.collection, row: suggestionRow(suggestion, language, makeId()) });
  }
  return { inserts, skipped };
}

function rowsOf(plan: Plan, collection: string): Row[] {
  return (plan.collections[collection as CollectionName] as Row[] | undefined) ?? [];
}

function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && (value as { type?: unknown }).type === 'doc') return !isRichTextEmpty(value as RichText);
  return true;
}

function fieldAt(plan: Plan, path: string): unknown {
  let value: unknown = plan.fields;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Whether a plan satisfies a coverage rule. */
export function ruleHolds(plan: Plan, rule: CoverageRule): boolean {
  switch (rule.rule) {
    case 'rows': {
      const where = Object.entries(rule.where ?? {});
      return rowsOf(plan, rule.collection).some((row) => where.every(([field, value]) => row[field] === value));
    }
    case 'mentions': {
      const words = [...rule.words.en, ...rule.words.zh].map((w) => w.toLocaleLowerCase());
      return rowsOf(plan, rule.collection).some((row) => {
        const text = row[rule.field];
        return typeof text === 'string' && words.some((w) => text.toLocaleLowerCase().includes(w));
      });
    }
    case 'filled':
      return isFilled(fieldAt(plan, rule.path));
    case 'anyOf':
      return rule.rules.some((r) => ruleHolds(plan, r));
    case 'allOf':
      return rule.rules.every((r) => ruleHolds(plan, r));
  }
}

export function stepCovered(plan: Plan, step: PlaybookStep): boolean {
  return ruleHolds(plan, step.coverage);
}

export type StepStatus = { step: PlaybookStep; covered: boolean };
export type PlaybookStatus = { playbook: Playbook; steps: StepStatus[]; covered: number };

export function playbookStatus(plan: Plan, playbook: Playbook): PlaybookStatus {
  const steps = playbook.steps.map((step) => ({ step, covered: stepCovered(plan, step) }));
  return { playbook, steps, covered: steps.filter((s) => s.covered).length };
}

/** The status of every playbook a plan follows, in the order they were attached (unknown ids are passed over). */
export function attachedPlaybookStatus(plan: Plan, playbookIds: readonly string[]): PlaybookStatus[] {
  return playbookIds.flatMap((id) => {
    const playbook = findPlaybook(id);
    return playbook ? [playbookStatus(plan, playbook)] : [];
  });
}
