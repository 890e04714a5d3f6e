import { create } from 'zustand';
import { createHistorySlice, type HistorySlice } from './history-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createSaveStatusSlice, type SaveStatusSlice } from './save-status-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createTeamSlice, type TeamSlice } from './team-slice';
import { createToastSlice, type ToastSlice } from './toast-slice';
import { appTransport, type Transport } from './transport';

export type Store = SaveStatusSlice & SettingsSlice & LibrarySlice & PlanSlice & ToastSlice & HistorySlice & TeamSlice;

/**
 * One store, a slice per concern; it caches what the backend holds and changes only from its
 * answers. The plan's edits go through `transport` (a test passes its own).
 */
export function createAppStore(transport: Transport = appTransport) {
  return create<Store>()((...a) => ({
    ...createSaveStatusSlice(...a),
    ...createSettingsSlice(...a),
    ...createLibrarySlice(...a),
    ...createPlanSlice(transport)(...a),
    ...createToastSlice(...a),
    ...createHistorySlice(...a),
    ...createTeamSlice(...a),
  }));
}

export const useStore = createAppStore();
