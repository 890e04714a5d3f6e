import type { StateCreator } from 'zustand';
import type { CommandRequest } from '../../../shared/contracts/commands';
import type { AppError, Result } from '../../../shared/contracts/result';
import type { PlanSummary } from '../../../shared/contracts/views';
import type { ClassSummary } from '../../../shared/contracts/class-views';
import { getApi } from '../api';
import type { Store } from './store';
import { DEFAULT_PLAN_SORT, type PlanSort } from '../library/plan-sort';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export type LibrarySlice = {
  /** Plans not in the trash, as the backend last listed them for `query`. */
  plans: PlanSummary[];
  trashed: PlanSummary[];
  query: string;
  plansState: LoadState;
  trashState: LoadState;
  libraryError: AppError | null;
  loadPlans(query?: string): Promise<void>;
  loadTrash(query?: string): Promise<void>;
  createPlan(input: CommandRequest<'plans.create'>): Promise<Result<PlanSummary>>;
  renamePlan(planId: string, name: string): Promise<Result<PlanSummary>>;
  duplicatePlan(planId: string, name?: string): Promise<Result<PlanSummary>>;
  trashPlan(planId: string): Promise<Result<PlanSummary>>;
  restorePlan(planId: string): Promise<Result<PlanSummary>>;
  deletePlanPermanently(planId: string): Promise<Result<{ planId: string }>>;
  emptyTrash(): Promise<Result<{ deleted: number }>>;
  /** Puts a summary the backend returned into whichever list it now belongs to. */
  acceptSummary(summary: PlanSummary): void;
  /** The classes (class mode), and the one the plans list is filtered by (null: all plans). */
  classes: ClassSummary[];
  classFilter: string | null;
  loadClasses(): Promise<void>;
  setClassFilter(classId: string | null): void;
  /** The column the library's table is sorted by; kept while the app runs, so it survives opening a plan. */
  librarySort: PlanSort;
  setLibrarySort(sort: PlanSort): void;
};

export function byModified(a: PlanSummary, b: PlanSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name);
}

export function byDeleted(a: PlanSummary, b: PlanSummary): number {
  return (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '') || byModified(a, b);
}

function without(list: PlanSummary[], id: string): PlanSummary[] {
  return list.filter((p) => p.id !== id);
}

// Answers to an older search may arrive after a newer one; only the newest may land.
let plansRequest = 0;
let trashRequest = 0;

export const createLibrarySlice: StateCreator<Store, [], [], LibrarySlice> = (set, get) => ({
  plans: [],
  trashed: [],
  query: '',
  plansState: 'idle',
  trashState: 'idle',
  libraryError: null,
  classes: [],
  classFilter: null,
  librarySort: DEFAULT_PLAN_SORT,

  setLibrarySort(librarySort) {
    set({ librarySort });
  },

  async loadClasses() {
    const result = await getApi().invoke('classes.list', {});
    if (!result.ok) return;
    const filter = get().classFilter;
    // A class deleted elsewhere (the command line) no longer filters the list.
    if (filter !== null && !result.value.some((c) => c.id === filter)) {
      set({ classes: result.value, classFilter: null });
      void get().loadPlans();
    } else set({ classes: result.value });
  },

  setClassFilter(classFilter) {
    if (classFilter === get().classFilter) return;
    set({ classFilter });
    void get().loadPlans();
  },

  async loadPlans(query = get().query) {
    const request = ++plansRequest;
    set((s) => ({ query, plansState: s.plansState === 'ready' ? 'ready' : 'loading' }));
    const trimmed = query.trim();
    const classId = get().classFilter;
    const result = await getApi().invoke('plans.list', {
      trashed: false,
      ...(trimmed ? { query: trimmed } : {}),
      ...(classId !== null ? { classId } : {}),
    });
    if (request !== plansRequest) return;
    if (result.ok) set({ plans: [...result.value].sort(byModified), plansState: 'ready', libraryError: null });
    else set({ plansState: 'error', libraryError: result.error });
  },

  async loadTrash(query = get().query) {
    const request = ++trashRequest;
    set((s) => ({ query, trashState: s.trashState === 'ready' ? 'ready' : 'loading' }));
    const trimmed = query.trim();
    const result = await getApi().invoke('plans.list', trimmed ? { query: trimmed, trashed: true } : { trashed: true });
    if (request !== trashRequest) return;
    if (result.ok) set({ trashed: [...result.value].sort(byDeleted), trashState: 'ready', libraryError: null });
    else set({ trashState: 'error', libraryError: result.error });
  },

  acceptSummary(summary) {
    set((s) => {
      const plans = without(s.plans, summary.id);
      const trashed = without(s.trashed, summary.id);
      // Filtered by a class, the list takes in only plans it already shows (a new plan is in no class).
      const listed = s.classFilter === null || s.plans.some((p) => p.id === summary.id);
      if (summary.deletedAt) trashed.push(summary);
      else if (listed) plans.push(summary);
      return { plans: plans.sort(byModified), trashed: trashed.sort(byDeleted) };
    });
  },

  async createPlan(input) {
    const result = await get().trackSave('plans.create', () => getApi().invoke('plans.create', input), { report: false });
    if (result.ok) get().acceptSummary(result.value);
    return result;
  },

  async renamePlan(planId, name) {
    const result = await get().trackSave(`plans.rename:${planId}`, () => getApi().invoke('plans.rename', { planId, name }), {
      report: false,
    });
    if (result.ok) {
      get().acceptSummary(result.value);
      get().acceptPlanSummary(result.value);
    }
    return result;
  },

  async duplicatePlan(planId, name) {
    const request = name === undefined ? { planId } : { planId, name };
    const result = await get().trackSave(`plans.duplicate:${planId}`, () => getApi().invoke('plans.duplicate', request));
    if (result.ok) get().acceptSummary(result.value);
    return result;
  },

  async trashPlan(planId) {
    const result = await get().trackSave(`plans.trash:${planId}`, () => getApi().invoke('plans.trash', { planId }));
    if (result.ok) {
      get().acceptSummary(result.value);
      get().acceptPlanSummary(result.value);
    }
    return result;
  },

  async restorePlan(planId) {
    const result = await get().trackSave(`plans.restore:${planId}`, () => getApi().invoke('plans.restore', { planId }));
    if (result.ok) {
      get().acceptSummary(result.value);
      get().acceptPlanSummary(result.value);
    }
    return result;
  },

  async deletePlanPermanently(planId) {
    const result = await get().trackSave(`plans.delete:${planId}`, () => getApi().invoke('plans.deletePermanently', { planId }));
    if (result.ok) set((s) => ({ plans: without(s.plans, result.value.planId), trashed: without(s.trashed, result.value.planId) }));
    return result;
  },

  async emptyTrash() {
    const result = await get().trackSave('plans.emptyTrash', () => getApi().invoke('plans.emptyTrash', {}));
    // What is left in the trash is the backend's to say, not ours to assume.
    if (result.ok) await get().loadTrash();
    return result;
  },
});
