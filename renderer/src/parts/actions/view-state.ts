import { create } from 'zustand';
import { DEFAULT_ACTION_SORT, NO_ACTION_FILTERS, type ActionFilters, type ActionSort } from '../../../../shared/logic/action-filters';

export type ActionsMode = 'table' | 'timeline';
export type TimelineColour = 'status' | 'mixElement';

type PlanView = { filters: ActionFilters; sort: ActionSort };

type ActionsViewStore = {
  /** Filters and sort per plan: view state, never saved to the plan, kept while the app runs. */
  byPlan: Record<string, PlanView>;
  mode: ActionsMode;
  colourBy: TimelineColour;
  setFilters(planId: string, patch: Partial<ActionFilters>): void;
  clearFilters(planId: string): void;
  setSort(planId: string, sort: ActionSort): void;
  setMode(mode: ActionsMode): void;
  setColourBy(colourBy: TimelineColour): void;
};

export const DEFAULT_PLAN_VIEW: PlanView = { filters: NO_ACTION_FILTERS, sort: DEFAULT_ACTION_SORT };

/**
 * The Action programs part's own small store, apart from the plan store: a filter change
 * re-renders this part and nothing else. Table or timeline, and the timeline's colours, are a
 * preference that holds for every plan.
 */
export const useActionsView = create<ActionsViewStore>()((set) => {
  const update = (planId: string, change: (view: PlanView) => PlanView) =>
    set((s) => ({ byPlan: { ...s.byPlan, [planId]: change(s.byPlan[planId] ?? DEFAULT_PLAN_VIEW) } }));
  return {
    byPlan: {},
    mode: 'table',
    colourBy: 'status',
    setFilters: (planId, patch) => update(planId, (v) => ({ ...v, filters: { ...v.filters, ...patch } })),
    clearFilters: (planId) => update(planId, (v) => ({ ...v, filters: NO_ACTION_FILTERS })),
    setSort: (planId, sort) => update(planId, (v) => ({ ...v, sort })),
    setMode: (mode) => set({ mode }),
    setColourBy: (colourBy) => set({ colourBy }),
  };
});

/** The plan's filters and sort (a stable object until they change). */
export function usePlanView(planId: string): PlanView {
  return useActionsView((s) => s.byPlan[planId] ?? DEFAULT_PLAN_VIEW);
}
