import type { PlanwrightApi } from '../../../shared/contracts/api';
import { createHttpApi, readToken } from './http-bridge';
import { rememberingIssueKeys } from './remember-issue-keys';

let api: PlanwrightApi | undefined;

/** The one way the UI reaches the Node side: the Electron preload if present, else browser mode's bridge. */
export function getApi(): PlanwrightApi {
  api ??= rememberingIssueKeys(window.planwright ?? createHttpApi(readToken()));
  return api;
}
