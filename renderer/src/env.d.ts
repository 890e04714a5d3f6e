import type { PlanwrightApi } from '../../shared/contracts/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in browser mode. */
    readonly planwright?: PlanwrightApi;
  }
}

export {};
