import type { Plan } from '../domain';

/**
 * A plan as text that is the same whenever its contents are: keys sorted, and the clock left
 * out (created, updated and trashed times change on a copy, a pull or a restore without the
 * plan changing). Its hash (electron/core/team/content-hash.ts) is how a laptop and the team
 * library tell whether two copies of a plan differ.
 */
export function canonicalPlanText(plan: Plan): string {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...meta } = plan.meta;
  return stableStringify({ meta, fields: plan.fields, collections: plan.collections });
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}
