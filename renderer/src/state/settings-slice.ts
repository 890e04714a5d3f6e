import type { StateCreator } from 'zustand';
import type { Result } from '../../../shared/contracts/result';
import type { Settings } from '../../../shared/contracts/views';
import { getApi } from '../api';
import type { Store } from './store';

export type SettingsSlice = {
  /** What the backend holds; null until loaded. */
  settings: Settings | null;
  loadSettings(): Promise<Result<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
};

export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set, get) => ({
  settings: null,
  async loadSettings() {
    const result = await getApi().invoke('settings.get', {});
    if (result.ok) set({ settings: result.value });
    return result;
  },
  async updateSettings(patch) {
    const result = await get().trackSave('settings', () => getApi().invoke('settings.set', patch));
    if (result.ok) set({ settings: result.value });
    return result;
  },
});
