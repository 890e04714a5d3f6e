import { create } from 'zustand';

/** Which plan is being presented, and where focus goes back to when the presentation ends. */
type PresentState = {
  planId: string | null;
  returnFocus: HTMLElement | null;
  start(planId: string): void;
  stop(): void;
  /** Called by the presentation once its dialog has closed: focus goes back where the presenter was. */
  restoreFocus(): void;
};

export const usePresent = create<PresentState>()((set, get) => ({
  planId: null,
  returnFocus: null,
  start(planId) {
    // F5 and View → Present may both arrive for one press (a menu accelerator and the page's key).
    if (get().planId) return;
    const active = document.activeElement;
    set({ planId, returnFocus: active instanceof HTMLElement && active !== document.body ? active : null });
  },
  stop() {
    set({ planId: null });
  },
  restoreFocus() {
    // Only once the presentation has really ended (React's StrictMode also unmounts it on trial).
    if (get().planId) return;
    const { returnFocus } = get();
    set({ returnFocus: null });
    // Back where the presenter was; failing that, to the button that starts a presentation.
    const target = returnFocus?.isConnected ? returnFocus : document.querySelector<HTMLElement>('[data-present-button]');
    target?.focus();
  },
}));
