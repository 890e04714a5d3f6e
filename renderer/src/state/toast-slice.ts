import type { StateCreator } from 'zustand';
import type { Store } from './store';

export type Toast = { id: number; message: string; action?: { label: string; run: () => void } };

export type ToastSlice = {
  toasts: Toast[];
  showToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
};

let nextId = 1;

export const createToastSlice: StateCreator<Store, [], [], ToastSlice> = (set) => ({
  toasts: [],
  showToast(toast) {
    const id = nextId++;
    // Newest first, and only a few: a pile of toasts helps nobody.
    set((s) => ({ toasts: [{ ...toast, id }, ...s.toasts].slice(0, 3) }));
    return id;
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
});
