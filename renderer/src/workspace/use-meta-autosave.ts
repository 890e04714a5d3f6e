import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan, PlanMetaPatch } from '../../../shared/domain';
import { errorText, issuesByField } from '../format/issues';
import { registerFlusher } from '../state/pending-saves';
import { useStore } from '../state/store';

export type MetaField = keyof PlanMetaPatch & keyof Plan['meta'];

/** Typing pauses this long before a save; leaving the field saves at once. */
export const AUTOSAVE_DELAY_MS = 400;

/** Fields whose validity depends on each other: fixing one may make the other's pending value valid. */
const LINKED: Partial<Record<MetaField, MetaField>> = { periodStart: 'periodEnd', periodEnd: 'periodStart' };

/**
 * Autosave for the plan header, one field at a time so a bad value in one field never holds
 * back the others. What the user typed stays on screen (as a draft) until the field is left
 * and the backend has accepted it; a rejected value stays, with the backend's message beside it.
 */
export function useMetaAutosave(plan: Plan) {
  const planId = plan.meta.id;
  const updatePlanMeta = useStore((s) => s.updatePlanMeta);
  const [drafts, setDrafts] = useState<Partial<Record<MetaField, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<MetaField, string>>>({});
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const errorsRef = useRef(errors);
  errorsRef.current = errors;
  const timers = useRef(new Map<MetaField, number>());
  const focused = useRef<MetaField | null>(null);
  const unregister = useRef<(() => void) | null>(null);
  const accepted = useRef(new Map<MetaField, string>());

  const save = useCallback(
    async (field: MetaField): Promise<void> => {
      const value = draftsRef.current[field];
      if (value === undefined) return;
      const result = await updatePlanMeta(planId, { [field]: value } as PlanMetaPatch, field);
      if (result.ok) {
        accepted.current.set(field, value);
        setErrors((e) => withoutKey(e, field));
        // Keep the draft while the user is still in the field (the backend trims, the user may be mid-word).
        if (focused.current !== field) setDrafts((d) => (d[field] === value ? withoutKey(d, field) : d));
        const linked = LINKED[field];
        if (linked && errorsRef.current[linked] && draftsRef.current[linked] !== undefined) void save(linked);
      } else {
        const message = issuesByField(result.error)[field] ?? errorText(result.error);
        setErrors((e) => ({ ...e, [field]: message }));
      }
    },
    [planId, updatePlanMeta],
  );

  const flushAll = useCallback(() => {
    for (const [field, timer] of timers.current) {
      window.clearTimeout(timer);
      timers.current.delete(field);
      void save(field);
    }
    unregister.current?.();
    unregister.current = null;
  }, [save]);

  const schedule = useCallback(
    (field: MetaField, delay: number) => {
      const existing = timers.current.get(field);
      if (existing !== undefined) window.clearTimeout(existing);
      timers.current.set(
        field,
        window.setTimeout(() => {
          timers.current.delete(field);
          if (timers.current.size === 0) {
            unregister.current?.();
            unregister.current = null;
          }
          void save(field);
        }, delay),
      );
      unregister.current ??= registerFlusher(flushAll);
    },
    [save, flushAll],
  );

  /** A keystroke: show it, save after a pause. */
  const change = useCallback(
    (field: MetaField, value: string, options?: { immediate?: boolean }) => {
      draftsRef.current = { ...draftsRef.current, [field]: value };
      setDrafts(draftsRef.current);
      schedule(field, options?.immediate ? 0 : AUTOSAVE_DELAY_MS);
    },
    [schedule],
  );

  const focus = useCallback((field: MetaField) => {
    focused.current = field;
  }, []);

  /** Leaving a field saves it now; once the backend has it, the field shows the stored value. */
  const blur = useCallback(
    (field: MetaField) => {
      focused.current = null;
      const timer = timers.current.get(field);
      if (timer !== undefined) {
        window.clearTimeout(timer);
        timers.current.delete(field);
        void save(field);
      } else if (draftsRef.current[field] !== undefined && draftsRef.current[field] === accepted.current.get(field)) {
        // Saved while typing: drop the draft so the stored (trimmed) value shows. A save still
        // under way drops it itself when it lands.
        setDrafts((d) => withoutKey(d, field));
      }
    },
    [save],
  );

  // Leaving the plan (route change, unmount) sends whatever is still waiting.
  useEffect(() => () => flushAll(), [flushAll]);

  const value = (field: MetaField): string => drafts[field] ?? String(plan.meta[field] ?? '');

  return { value, error: (field: MetaField) => errors[field] ?? null, change, focus, blur };
}

function withoutKey<T extends object>(object: T, key: PropertyKey): T {
  const copy = { ...object } as Record<PropertyKey, unknown>;
  delete copy[key];
  return copy as T;
}
