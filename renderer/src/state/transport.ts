import type { PlanwrightApi } from '../../../shared/contracts/api';
import { getApi } from '../api';

/** Timers and the time, injected so the save engine's pauses can be driven by a test's clock. */
export type Clock = {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
};

/** How the plan's editing state reaches the backend: the command call and the clock. */
export type Transport = { invoke: PlanwrightApi['invoke']; clock: Clock };

/** The app's own: the Electron preload or browser mode's bridge, and the window's timers. */
export const appTransport: Transport = {
  invoke: (name, request) => getApi().invoke(name, request),
  clock: {
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    now: () => Date.now(),
  },
};
