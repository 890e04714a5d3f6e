import type { StateCreator } from 'zustand';
import type { Result } from '../../../shared/contracts/result';
import type { Store } from './store';
import { errorMessage } from '../../../shared/error-message';

export type SaveStatus = 'saved' | 'saving' | 'error';

type SaveError = { message: string; retry: () => void; at: number };

export type SaveStatusSlice = {
  saveStatus: SaveStatus;
  /** The newest unresolved failure, shown in the top bar with a Retry button. */
  saveError: { message: string; retry: () => void } | null;
  pendingSaves: number;
  saveErrors: Record<string, SaveError>;
  /**
   * Runs one write and tracks it. `key` names what is being saved (a field, a plan action): a
   * later success for the same key clears its error. With `report: false` a failure is left to
   * the caller (a dialog shows it beside its field) and never reaches the top bar.
   */
  trackSave<T>(key: string, op: () => Promise<Result<T>>, options?: { report?: boolean }): Promise<Result<T>>;
  clearSaveError(key: string): void;
};

function derive(pending: number, errors: Record<string, SaveError>): Pick<SaveStatusSlice, 'saveStatus' | 'saveError'> {
  const newest = Object.values(errors).sort((a, b) => b.at - a.at)[0];
  if (pending > 0) return { saveStatus: 'saving', saveError: newest ? { message: newest.message, retry: newest.retry } : null };
  if (newest) return { saveStatus: 'error', saveError: { message: newest.message, retry: newest.retry } };
  return { saveStatus: 'saved', saveError: null };
}

let sequence = 0;

export const createSaveStatusSlice: StateCreator<Store, [], [], SaveStatusSlice> = (set, get) => ({
  saveStatus: 'saved',
  saveError: null,
  pendingSaves: 0,
  saveErrors: {},
  async trackSave(key, op, options) {
    const report = options?.report ?? true;
    set((s) => ({ pendingSaves: s.pendingSaves + 1, ...derive(s.pendingSaves + 1, s.saveErrors) }));
    let result: Awaited<ReturnType<typeof op>>;
    try {
      result = await op();
    } catch (error) {
      // The API never throws by contract; this keeps a broken bridge from wedging the status at "Saving…".
      result = { ok: false, error: { code: 'internal', message: errorMessage(error) } };
    }
    set((s) => {
      const errors = { ...s.saveErrors };
      if (result.ok || !report) delete errors[key];
      else errors[key] = { message: result.error.message, retry: () => void get().trackSave(key, op, options), at: ++sequence };
      const pending = s.pendingSaves - 1;
      return { pendingSaves: pending, saveErrors: errors, ...derive(pending, errors) };
    });
    return result;
  },
  clearSaveError(key) {
    set((s) => {
      if (!(key in s.saveErrors)) return s;
      const errors = { ...s.saveErrors };
      delete errors[key];
      return { saveErrors: errors, ...derive(s.pendingSaves, errors) };
    });
  },
});
