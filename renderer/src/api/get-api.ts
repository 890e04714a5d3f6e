import type { PlanwrightApi } from '../../../shared/contracts/api';
import { createHttpApi, readToken } from './http-bridge';

let api: PlanwrightApi | undefined;

/** The one way the UI reaches the Node side: the Electron preload if present, else browser mode's bridge. */
export function getApi(): PlanwrightApi {
  api ??= window.planwright ?? createHttpApi(readToken());
  return api;
}
