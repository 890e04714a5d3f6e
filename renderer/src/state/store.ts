import { create } from 'zustand';
import { createHistorySlice, type HistorySlice } from './history-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createSaveStatusSlice, type SaveStatusSlice } from './save-status-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createToastSlice, type ToastSlice } from './toast-slice';

export type Store = SaveStatusSlice & SettingsSlice & LibrarySlice & PlanSlice & ToastSlice & HistorySlice;

/** One store, a slice per concern; it caches what the backend holds and changes only from its answers. */
export const useStore = create<Store>()((...a) => ({
  ...createSaveStatusSlice(...a),
  ...createSettingsSlice(...a),
  ...createLibrarySlice(...a),
  ...createPlanSlice(...a),
  ...createToastSlice(...a),
  ...createHistorySlice(...a),
}));
