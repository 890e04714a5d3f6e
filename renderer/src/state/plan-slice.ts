import type { StateCreator } from 'zustand';
import type { AppError, Result } from '../../../shared/contracts/result';
import type { PlanSummary } from '../../../shared/contracts/views';
import type { Plan, PlanMetaPatch } from '../../../shared/domain';
import { getApi } from '../api';
import type { LoadState } from './library-slice';
import type { Store } from './store';

export type PlanSlice = {
  /** The plan open in the workspace, exactly as the backend last returned it. */
  planId: string | null;
  plan: Plan | null;
  planSummary: PlanSummary | null;
  planState: LoadState | 'not_found';
  planError: AppError | null;
  openPlan(planId: string): Promise<void>;
  closePlan(): void;
  /** Saves part of the header; `key` lets the save status tell fields apart. */
  updatePlanMeta(planId: string, patch: PlanMetaPatch, key: string): Promise<Result<PlanSummary>>;
  acceptPlanSummary(summary: PlanSummary): void;
};

let openRequest = 0;

/** The summary (with its progress) of one plan; the list command is the only one that returns it unchanged. */
async function findSummary(planId: string, trashed: boolean): Promise<PlanSummary | null> {
  const result = await getApi().invoke('plans.list', { trashed });
  return result.ok ? (result.value.find((p) => p.id === planId) ?? null) : null;
}

export const createPlanSlice: StateCreator<Store, [], [], PlanSlice> = (set, get) => ({
  planId: null,
  plan: null,
  planSummary: null,
  planState: 'idle',
  planError: null,

  async openPlan(planId) {
    const request = ++openRequest;
    const cached = [...get().plans, ...get().trashed].find((p) => p.id === planId) ?? null;
    set((s) => ({
      planId,
      plan: s.plan?.meta.id === planId ? s.plan : null,
      planSummary: cached,
      planState: s.plan?.meta.id === planId ? 'ready' : 'loading',
      planError: null,
    }));
    const result = await getApi().invoke('plans.get', { planId });
    if (request !== openRequest) return;
    if (!result.ok) {
      set({ plan: null, planState: result.error.code === 'not_found' ? 'not_found' : 'error', planError: result.error });
      return;
    }
    set({ plan: result.value, planState: 'ready' });
    const summary = await findSummary(planId, result.value.meta.deletedAt !== null);
    if (request === openRequest && summary) set({ planSummary: summary });
  },

  closePlan() {
    openRequest++;
    set({ planId: null, plan: null, planSummary: null, planState: 'idle', planError: null });
  },

  async updatePlanMeta(planId, patch, key) {
    const result = await get().trackSave(`meta:${planId}:${key}`, () => getApi().invoke('plans.updateMeta', { planId, patch }));
    if (!result.ok) return result;
    get().acceptSummary(result.value);
    get().acceptPlanSummary(result.value);
    // Author and version are not in the summary: take the whole header from the backend.
    const fresh = await getApi().invoke('plans.get', { planId });
    if (fresh.ok && get().planId === planId) set({ plan: fresh.value });
    return result;
  },

  acceptPlanSummary(summary) {
    if (get().planId !== summary.id) return;
    set((s) => ({
      planSummary: summary,
      plan: s.plan
        ? {
            ...s.plan,
            meta: {
              ...s.plan.meta,
              name: summary.name,
              client: summary.client,
              currency: summary.currency,
              language: summary.language,
              periodStart: summary.periodStart,
              periodEnd: summary.periodEnd,
              updatedAt: summary.updatedAt,
              deletedAt: summary.deletedAt,
            },
          }
        : s.plan,
    }));
  },
});
