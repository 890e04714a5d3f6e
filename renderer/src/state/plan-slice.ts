import type { StateCreator } from 'zustand';
import type { AppError, Result } from '../../../shared/contracts/result';
import type { PlanHeader, PlanPlaybooks, PlanSummary } from '../../../shared/contracts/views';
import type { CollectionName, CollectionRow, FieldsPartKey, Plan, PlanFields, PlanMetaPatch } from '../../../shared/domain';
import { localizeIssue } from '../../../shared/i18n/localize-issue';
import { planProgress } from '../../../shared/logic';
import { sentence } from '../format/issues';
import { currentFocusSession } from './focus-session';
import type { LoadState } from './library-slice';
import { applyOp, deleteEffects, inverseOps, rowKey, rowsOf, type AnyRow, type EditOp } from './plan-edits';
import { createPlanSaves, type PlanSaves } from './plan-saves';
import type { Store } from './store';
import type { Transport } from './transport';
import { appTranslate } from '../i18n/as-translate';

/**
 * How an edit is made. `record: false` for the history's own undo and redo; `immediate` saves
 * without waiting for a pause in typing (a committed grid cell, a select); `key` names the value
 * for coalescing undo steps (defaults to the fields the edit touches).
 */
export type EditOptions = { record?: boolean; immediate?: boolean; key?: string };

export type PlanSlice = {
  /** The plan open in the workspace, exactly as the backend last returned it. */
  planId: string | null;
  plan: Plan | null;
  planSummary: PlanSummary | null;
  planState: LoadState | 'not_found';
  planError: AppError | null;
  openPlan(planId: string): Promise<void>;
  /**
   * Takes a whole plan the backend has just written (a version restored) as the open plan: the
   * save engine starts from it and the undo history is cleared, since its steps were about the
   * plan that was replaced (the automatic version saved before the restore undoes it instead).
   */
  replaceOpenPlan(plan: Plan): void;
  closePlan(): void;
  /** Saves part of the header; `key` lets the save status tell fields apart. */
  updatePlanMeta(planId: string, patch: PlanMetaPatch, key: string): Promise<Result<PlanHeader>>;
  acceptPlanSummary(summary: PlanSummary): void;
  /** Attaches a playbook to the open plan or detaches it (a command of its own, not an undoable edit). */
  setPlaybook(planId: string, playbookId: string, attached: boolean): Promise<Result<PlanPlaybooks>>;

  /**
   * The refusals of values the user entered, in English as the schemas word them, keyed as
   * plan-edits.ts describes (`situation.marketSize`, `segments:<rowId>:growthPct`). Read them
   * with `fieldError(key)` (localized) or the `useFieldError(key)` hook.
   */
  fieldErrors: Record<string, string>;
  fieldError(key: string): string | null;
  /** Changes some of a part's fields (a shallow patch of `plan.fields[part]`); saved after a pause. */
  setPartFields<P extends FieldsPartKey>(part: P, patch: Partial<PlanFields[P]>, options?: EditOptions): void;
  /**
   * Adds or replaces a row. `index` places a new row (default: last). `fresh`: an empty row the
   * user just added; what it lacks (an empty name) is not called out until it is edited, or with
   * `keepFresh` (a grid editing the row) until the user leaves the row (`settleRow`).
   */
  upsertRow<C extends CollectionName>(
    collection: C,
    row: CollectionRow<C>,
    options?: EditOptions & { index?: number; fresh?: boolean; keepFresh?: boolean },
  ): void;
  /**
   * Writes many rows at once (a spreadsheet's rows), all or none, in one command; once storage
   * has them the cached plan takes them and one undo step takes them all back.
   */
  upsertRows(rows: readonly { collection: CollectionName; row: CollectionRow<CollectionName> }[]): Promise<Result<unknown>>;
  /** The user left a row added fresh: what it still lacks is now said. */
  settleRow(collection: CollectionName, id: string): void;
  /** Deletes a row and, as storage does, unlinks (or deletes) the rows that link to it. */
  deleteRow(collection: CollectionName, id: string, options?: EditOptions): void;
  moveRow(collection: CollectionName, id: string, toIndex: number, options?: EditOptions): void;
  /** Sends every edit still waiting for its pause; resolves once all writes so far have landed. */
  flushEdits(): Promise<void>;
  /** Runs history edits (undo/redo) through the same commands, unrecorded and unsaved-waiting. */
  applyEdits(ops: EditOp[]): void;
};

let openRequest = 0;

/** A plan's summary from the plan itself: opening a plan needs no list of the library. */
function summaryOf(plan: Plan): PlanSummary {
  const { id, name, client, author, currency, language, periodStart, periodEnd, createdAt, updatedAt, deletedAt } = plan.meta;
  return { id, name, client, author, currency, language, periodStart, periodEnd, createdAt, updatedAt, deletedAt, progress: planProgress(plan) };
}

function withoutHeaderOnly({ versionLabel: _versionLabel, ...summary }: PlanHeader): PlanSummary {
  return summary;
}

/** The plan slice, with the transport its commands and pauses go through (the app's, or a test's). */
export const createPlanSlice =
  (transport: Transport): StateCreator<Store, [], [], PlanSlice> =>
  (set, get) => {
    const { invoke, clock } = transport;
    const engine: PlanSaves = createPlanSaves(get, set, transport);

    /** Puts one edit into the cached plan and the history; the caller schedules its save. */
    function edit(op: EditOp, options: EditOptions | undefined, key: string | undefined): boolean {
      const plan = get().plan;
      if (!plan || plan.meta.id !== engine.planId || plan.meta.deletedAt !== null) return false;
      const undo = inverseOps(plan, op);
      set({ plan: applyOp(plan, op) });
      if (options?.record !== false)
        get().recordEdit({ undo, redo: [op], key: options?.key ?? key, session: currentFocusSession(), at: clock.now() });
      return true;
    }

    return {
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
        const result = await invoke('plans.get', { planId });
        if (request !== openRequest) return;
        if (!result.ok) {
          set({ plan: null, planState: result.error.code === 'not_found' ? 'not_found' : 'error', planError: result.error });
          return;
        }
        if (get().plan?.meta.id !== planId || engine.planId !== planId) {
          engine.reset(result.value);
          set({ plan: result.value, planState: 'ready', planSummary: summaryOf(result.value), fieldErrors: {} });
          get().clearHistory();
        } else set((s) => ({ planState: 'ready', planSummary: s.plan ? summaryOf(s.plan) : s.planSummary }));
      },

      replaceOpenPlan(plan) {
        if (get().planId !== plan.meta.id) return;
        engine.reset(plan);
        set({ plan, planSummary: summaryOf(plan), fieldErrors: {} });
        get().acceptSummary(summaryOf(plan));
        get().clearHistory();
      },

      closePlan() {
        openRequest++;
        void engine.flush();
        engine.reset(null);
        get().clearHistory();
        set({ planId: null, plan: null, planSummary: null, planState: 'idle', planError: null, fieldErrors: {} });
      },

      async updatePlanMeta(planId, patch, key) {
        const result = await get().trackSave(`meta:${planId}:${key}`, () => invoke('plans.updateMeta', { planId, patch }));
        if (!result.ok) return result;
        const summary = withoutHeaderOnly(result.value);
        get().acceptSummary(summary);
        get().acceptPlanSummary(summary);
        // The answer holds the whole header (author and version too): only the header changes, as
        // the rest of the cached plan may hold edits still waiting to be saved.
        const { author, versionLabel } = result.value;
        if (get().planId === planId)
          set((s) => (s.plan && s.plan.meta.id === planId ? { plan: { ...s.plan, meta: { ...s.plan.meta, author, versionLabel } } } : s));
        return result;
      },

      async setPlaybook(planId, playbookId, attached) {
        const result = await invoke(attached ? 'plans.attachPlaybook' : 'plans.detachPlaybook', { planId, playbookId });
        if (result.ok && get().planId === planId) {
          const { playbookIds } = result.value;
          set((s) => (s.plan && s.plan.meta.id === planId ? { plan: { ...s.plan, meta: { ...s.plan.meta, playbookIds } } } : s));
        }
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

      fieldErrors: {},

      fieldError(key) {
        const message = get().fieldErrors[key];
        // The message was made here by the shared schemas, or arrived with its key (api/ remembers it).
        return message === undefined ? null : sentence(localizeIssue({ message }, appTranslate));
      },

      setPartFields(part, patch, options) {
        const plan = get().plan;
        if (!plan) return;
        const fields = { ...plan.fields[part], ...patch } as PlanFields[typeof part];
        const key = `fields:${part}:${Object.keys(patch).sort().join(',')}`;
        if (!edit({ kind: 'fields', part, fields }, options, key)) return;
        engine.scheduleFields(part, options?.immediate ? 0 : undefined);
      },

      upsertRow(collection, row, options) {
        const plan = get().plan;
        if (!plan) return;
        const before = rowsOf(plan, collection).find((r) => r.id === row.id);
        const changed = before ? Object.keys(row).filter((k) => before[k] !== (row as AnyRow)[k]) : null;
        const key = changed ? `row:${collection}:${row.id}:${changed.sort().join(',')}` : undefined;
        const op: EditOp = { kind: 'upsert', collection, row: row as AnyRow, ...(options?.index !== undefined ? { index: options.index } : {}) };
        if (!edit(op, options, key)) return;
        if (options?.fresh || !options?.keepFresh) engine.markFresh(collection, row.id, options?.fresh === true);
        engine.scheduleRow(collection, row.id, options?.immediate ? 0 : undefined);
      },

      async upsertRows(rows) {
        const plan = get().plan;
        if (!plan || plan.meta.id !== engine.planId || plan.meta.deletedAt !== null || rows.length === 0) return { ok: true, value: null };
        const sent = rows.map(({ collection, row }) => ({ collection, row: row as AnyRow }));
        // Edits still waiting for their pause land first: the rows were checked against the plan with them.
        await engine.flush();
        const result = await engine.upsertMany(sent);
        const current = get().plan;
        if (!result.ok || !current || current.meta.id !== plan.meta.id) return result;
        // Written: the cached plan follows, and the undo of the whole import is one step.
        let next = current;
        const undo: EditOp[] = [];
        const redo: EditOp[] = [];
        for (const { collection, row } of sent) {
          const op: EditOp = { kind: 'upsert', collection, row };
          undo.unshift(...inverseOps(next, op));
          next = applyOp(next, op);
          redo.push(op);
        }
        set({ plan: next });
        get().recordEdit({ undo, redo, at: clock.now() });
        return result;
      },

      settleRow(collection, id) {
        if (!engine.isFresh(collection, id)) return;
        engine.markFresh(collection, id, false);
        // Sent again (unchanged rows are not written): the check now names what the row lacks.
        engine.scheduleRow(collection, id, 0);
      },

      deleteRow(collection, id, options) {
        const plan = get().plan;
        if (!plan || !rowsOf(plan, collection).some((r) => r.id === id)) return;
        const effects = deleteEffects(plan, collection, id);
        const stored = engine.isSaved(collection, id);
        const undo = inverseOps(plan, { kind: 'delete', collection, id });
        if (!edit({ kind: 'delete', collection, id }, options, undefined)) return;
        set((s) => {
          const gone = [rowKey(collection, id), ...effects.filter((e) => e.action === 'delete').map((e) => rowKey(e.collection, e.rowId))];
          const next = Object.fromEntries(Object.entries(s.fieldErrors).filter(([k]) => !gone.some((g) => k.startsWith(g))));
          return { fieldErrors: next };
        });
        if (!stored) return;
        void engine.deleteRow(collection, id, effects).then((result) => {
          // Storage kept the row: show it again where it was, so nothing is lost from view.
          if (!result.ok) set((s) => (s.plan ? { plan: undo.reduce(applyOp, s.plan) } : s));
        });
      },

      moveRow(collection, id, toIndex, options) {
        const plan = get().plan;
        if (!plan) return;
        const from = rowsOf(plan, collection).findIndex((r) => r.id === id);
        if (from < 0 || from === toIndex) return;
        if (!edit({ kind: 'move', collection, id, toIndex }, options, undefined)) return;
        void engine.moveRow(collection, id);
      },

      flushEdits() {
        return engine.flush();
      },

      applyEdits(ops) {
        const actions = get();
        for (const op of ops) {
          const options = { record: false, immediate: true } as const;
          if (op.kind === 'fields') actions.setPartFields(op.part, op.fields as never, options);
          else if (op.kind === 'upsert')
            actions.upsertRow(op.collection, op.row as never, { ...options, ...(op.index !== undefined ? { index: op.index } : {}) });
          else if (op.kind === 'delete') actions.deleteRow(op.collection, op.id, options);
          else actions.moveRow(op.collection, op.id, op.toIndex, options);
        }
      },
    };
  };
