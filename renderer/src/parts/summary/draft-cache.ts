import type { Plan, RichText } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { draftSummary } from '../../../../shared/logic/summary-draft';
import { cachedBudget, sameInputs } from '../../state/budget-cache';

/** What the draft reads. The meta by value: every save stamps a new `updatedAt` on it. */
function inputsOf(plan: Plan): readonly unknown[] {
  const { meta, collections, fields } = plan;
  return [meta.name, meta.client, meta.language, meta.currency, meta.periodStart, meta.periodEnd, collections, fields.strategy, fields.budget];
}

let last: { inputs: readonly unknown[]; draft: RichText } | null = null;

/**
 * The summary's draft, drafted again only when a part it reads changes. Kept across mounts, not
 * in a component's memo: coming back to the summary in a large plan would otherwise draft it
 * anew (about 10 ms in the stress plan) inside the step switch. Sound because the renderer's
 * plan is immutable (see budget-cache.ts).
 */
export function cachedDraft(plan: Plan): RichText {
  const inputs = inputsOf(plan);
  if (last && sameInputs(last.inputs, inputs)) return last.draft;
  const draft = draftSummary(plan, createTranslate(plan.meta.language), plan.meta.language, cachedBudget);
  last = { inputs, draft };
  return draft;
}
