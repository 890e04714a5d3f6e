/**
 * Sends the editors' edits to the backend. The cached plan changes at once (the editors show
 * it); saves follow: a part's fields after a pause in typing, one command per part; a row when
 * it is committed. Writes go out one at a time, in the order they were made.
 *
 * Before a save the value is checked with the same schema the backend uses. A refused value
 * stays on screen with its reason beside it, and the save carries the last accepted value in
 * its place, so everything else the user typed still reaches the database.
 */
import type { StoreApi } from 'zustand';
import type { Result } from '../../../shared/contracts/result';
import { COLLECTIONS, PlanFields, type CollectionName, type FieldsPartKey, type Plan } from '../../../shared/domain';
import { registerFlusher } from './pending-saves';
import {
  fieldKey,
  getIn,
  issueKeys,
  pathFromIssue,
  repairForSave,
  rowKey,
  rowsOf,
  sameValue,
  type AnyRow,
  type DeleteEffect,
  type ValueIssue,
} from './plan-edits';
import type { Store } from './store';
import type { Transport } from './transport';

/** Typing pauses this long before the part is saved; leaving the field saves at once. */
export const SAVE_DELAY_MS = 400;

type Get = StoreApi<Store>['getState'];
type Set = StoreApi<Store>['setState'];

type Waiter = { timer: unknown; release: () => void; promise: Promise<void> };

export type PlanSaves = ReturnType<typeof createPlanSaves>;

export function createPlanSaves(get: Get, set: Set, { invoke, clock }: Transport) {
  let planId: string | null = null;
  let acceptedFields: Partial<Record<FieldsPartKey, unknown>> = {};
  const acceptedRows = new Map<string, AnyRow>();
  /** Rows added empty (the grid's "Add row") and not edited since. */
  const fresh = new Set<string>();
  const waiting = new Map<string, Waiter>();
  let chain: Promise<unknown> = Promise.resolve();
  let unregister: (() => void) | null = null;

  const savedKey = (collection: CollectionName, id: string) => `${collection}:${id}`;

  /** Writes one at a time: the backend sees them in the order the user made them. */
  function enqueue<T>(write: () => Promise<T>): Promise<T> {
    const next = chain.then(write, write);
    chain = next.catch(() => undefined);
    return next;
  }

  function setErrors(prefixes: string[], issues: { keys: string[]; message: string }[]) {
    set((s) => {
      const next: Record<string, string> = {};
      for (const [key, message] of Object.entries(s.fieldErrors)) if (!prefixes.some((p) => key.startsWith(p))) next[key] = message;
      for (const issue of issues) for (const key of issue.keys) next[key] ??= issue.message;
      return sameValue(next, s.fieldErrors) ? s : { fieldErrors: next };
    });
  }

  function stamp(updatedAt: string) {
    set((s) => (s.plan && s.plan.meta.id === planId ? { plan: { ...s.plan, meta: { ...s.plan.meta, updatedAt } } } : s));
  }

  function currentPlan(): Plan | null {
    const plan = get().plan;
    return plan && plan.meta.id === planId ? plan : null;
  }

  async function sendFields(part: FieldsPartKey): Promise<Result<unknown>> {
    const plan = currentPlan();
    if (!plan || !planId) return { ok: true, value: null };
    const value = plan.fields[part];
    const { payload, issues } = repairForSave(PlanFields.shape[part], value, acceptedFields[part]);
    setErrors(
      [`${part}.`],
      localIssues(value, issues, (path) => fieldKey(part, path)),
    );
    if (payload === null || sameValue(payload, acceptedFields[part])) return { ok: true, value: null };
    const result = await invoke('fields.set', { planId, part, fields: payload } as never);
    if (result.ok) {
      acceptedFields[part] = payload;
      stamp(result.value.updatedAt);
    } else {
      const refused = (result.error.issues ?? []).flatMap((i) => {
        const path = pathFromIssue(i.path, 'fields');
        return path ? [{ keys: issueKeys(value, { path, message: i.message }, (p) => fieldKey(part, p)), message: i.message }] : [];
      });
      if (refused.length > 0) setErrors([], refused);
    }
    return result;
  }

  async function sendRow(collection: CollectionName, id: string): Promise<Result<unknown>> {
    const plan = currentPlan();
    if (!plan || !planId) return { ok: true, value: null };
    const row = rowsOf(plan, collection).find((r) => r.id === id);
    if (!row) return { ok: true, value: null };
    const key = savedKey(collection, id);
    const accepted = acceptedRows.get(key);
    const { payload, issues } = repairForSave(COLLECTIONS[collection].row, row, accepted);
    // A row just added and not yet typed into waits quietly for its name; once anything is
    // typed into it, what it still lacks is said.
    const shown = fresh.has(key) ? issues.filter((i) => !isBlank(getIn(row, i.path))) : issues;
    setErrors(
      [rowKey(collection, id)],
      localIssues(row, shown, (path) => rowKey(collection, id, path)),
    );
    if (payload === null || (accepted && sameValue(payload, accepted))) return { ok: true, value: null };
    // A new row is placed where the user sees it in the same command (storage adds it last otherwise).
    const index = accepted ? null : savedIndex(collection, id);
    const request = index === null ? { planId, collection, row: payload } : { planId, collection, row: payload, index };
    const result = await invoke('rows.upsert', request as never);
    if (!result.ok) {
      const refused = (result.error.issues ?? []).flatMap((i) => {
        const path = pathFromIssue(i.path, 'row');
        return path ? [{ keys: issueKeys(row, { path, message: i.message }, (p) => rowKey(collection, id, p)), message: i.message }] : [];
      });
      if (refused.length > 0) setErrors([], refused);
      return result;
    }
    acceptedRows.set(key, payload as AnyRow);
    stamp(result.value.updatedAt);
    return result;
  }

  /** The row's place among the rows storage has, in the order the user sees them. */
  function savedIndex(collection: CollectionName, id: string): number | null {
    const plan = currentPlan();
    if (!plan) return null;
    const saved = rowsOf(plan, collection).filter((r) => acceptedRows.has(savedKey(collection, r.id)) || r.id === id);
    const index = saved.findIndex((r) => r.id === id);
    return index < 0 ? null : index;
  }

  function send(key: string): Promise<Result<unknown>> {
    const [kind, a, b] = key.split('|') as [string, string, string];
    return enqueue(() => (kind === 'fields' ? sendFields(a as FieldsPartKey) : sendRow(a as CollectionName, b)));
  }

  /**
   * Schedules a save of `key` (`fields|<part>` or `row|<collection>|<id>`). The save status shows
   * "Saving…" from the first keystroke, and its Retry sends the current value again.
   */
  function schedule(key: string, delay: number) {
    const existing = waiting.get(key);
    if (existing) {
      if (existing.timer !== null) clock.clearTimeout(existing.timer);
      existing.timer = delay > 0 ? clock.setTimeout(existing.release, delay) : null;
      if (delay <= 0) existing.release();
      return;
    }
    let release!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    const waiter: Waiter = { timer: null, release: () => undefined, promise };
    waiter.release = () => {
      if (waiter.timer !== null) clock.clearTimeout(waiter.timer);
      waiter.timer = null;
      if (waiting.get(key) === waiter) waiting.delete(key);
      release();
    };
    waiting.set(key, waiter);
    if (delay > 0) waiter.timer = clock.setTimeout(waiter.release, delay);
    unregister ??= registerFlusher(() => void flush());
    let first = true;
    void get().trackSave(`edit:${key}`, () => {
      if (!first) return send(key);
      first = false;
      return promise.then(() => send(key));
    });
    if (delay <= 0) waiter.release();
  }

  /** Sends everything waiting for its pause; resolves when every write so far has landed. */
  function flush(): Promise<void> {
    for (const waiter of [...waiting.values()]) waiter.release();
    unregister?.();
    unregister = null;
    // The releases above start their sends on the next microtask; wait for those too.
    return Promise.resolve()
      .then(() => Promise.resolve())
      .then(() => chain)
      .then(() => undefined);
  }

  function cancel(key: string) {
    const waiter = waiting.get(key);
    if (!waiter) return;
    // Released, its send finds nothing to do (the row is gone) and resolves quietly.
    waiter.release();
  }

  return {
    /** Starts tracking a freshly loaded plan: what it holds is what storage holds. */
    reset(plan: Plan | null) {
      for (const waiter of [...waiting.values()]) waiter.release();
      planId = plan?.meta.id ?? null;
      acceptedFields = plan ? { ...plan.fields } : {};
      acceptedRows.clear();
      fresh.clear();
      if (plan)
        for (const name of Object.keys(COLLECTIONS) as CollectionName[])
          for (const row of rowsOf(plan, name)) acceptedRows.set(savedKey(name, row.id), row);
    },
    get planId() {
      return planId;
    },
    scheduleFields(part: FieldsPartKey, delay = SAVE_DELAY_MS) {
      schedule(`fields|${part}`, delay);
    },
    /** Whether the row was just added empty (true) or has been edited since (false). */
    markFresh(collection: CollectionName, id: string, isFresh: boolean) {
      if (isFresh) fresh.add(savedKey(collection, id));
      else fresh.delete(savedKey(collection, id));
    },
    isFresh(collection: CollectionName, id: string) {
      return fresh.has(savedKey(collection, id));
    },
    scheduleRow(collection: CollectionName, id: string, delay = SAVE_DELAY_MS) {
      schedule(`row|${collection}|${id}`, delay);
    },
    isSaved(collection: CollectionName, id: string) {
      return acceptedRows.has(savedKey(collection, id));
    },
    flush,
    /** Deletes a stored row; what the delete did to linking rows is mirrored in the accepted copies. */
    deleteRow(collection: CollectionName, id: string, effects: DeleteEffect[]): Promise<Result<unknown>> {
      cancel(`row|${collection}|${id}`);
      for (const e of effects) if (e.action === 'delete') cancel(`row|${e.collection}|${e.rowId}`);
      return get().trackSave(`edit:delete|${collection}|${id}`, () =>
        enqueue(async (): Promise<Result<unknown>> => {
          if (!planId) return { ok: true, value: null };
          const result = await invoke('rows.delete', { planId, collection, id });
          if (result.ok) {
            acceptedRows.delete(savedKey(collection, id));
            for (const e of effects) {
              const key = savedKey(e.collection, e.rowId);
              const row = acceptedRows.get(key);
              if (!row) continue;
              if (e.action === 'delete') acceptedRows.delete(key);
              else acceptedRows.set(key, unlinkAccepted(row, e.field, id));
            }
            stamp(result.value.updatedAt);
          }
          return result;
        }),
      );
    },
    /**
     * Writes many rows in one command and one transaction (a spreadsheet's rows), after every
     * write before it; on success they are what storage holds.
     */
    upsertMany(rows: readonly { collection: CollectionName; row: AnyRow }[]): Promise<Result<unknown>> {
      return get().trackSave(`edit:many|${rows.length}|${rows[0]?.row.id ?? ''}`, () =>
        enqueue(async (): Promise<Result<unknown>> => {
          if (!planId) return { ok: true, value: null };
          const result = await invoke('rows.upsertMany', { planId, rows } as never);
          if (result.ok) {
            for (const { collection, row } of rows) {
              acceptedRows.set(savedKey(collection, row.id), row);
              fresh.delete(savedKey(collection, row.id));
            }
            stamp(result.value.updatedAt);
          }
          return result;
        }),
      );
    },
    moveRow(collection: CollectionName, id: string): Promise<Result<unknown>> {
      return get().trackSave(`edit:move|${collection}|${id}`, () =>
        enqueue(async (): Promise<Result<unknown>> => {
          const target = savedIndex(collection, id);
          if (!planId || target === null || !acceptedRows.has(savedKey(collection, id))) return { ok: true, value: null };
          const result = await invoke('rows.move', { planId, collection, id, toIndex: target });
          if (result.ok) stamp(result.value.updatedAt);
          return result;
        }),
      );
    },
  };
}

function localIssues(value: unknown, issues: ValueIssue[], key: (path: (string | number)[]) => string) {
  return issues.map((issue) => ({ keys: issueKeys(value, issue, key), message: issue.message }));
}

function unlinkAccepted(row: AnyRow, field: string, target: string): AnyRow {
  const value = row[field];
  if (field === 'evidence') return { ...row, evidence: null };
  if (Array.isArray(value)) return { ...row, [field]: value.filter((v) => v !== target) };
  return value === target ? { ...row, [field]: null } : row;
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}
