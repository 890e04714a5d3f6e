/** What marks a file as a Planwright plan, and which version of the format this app writes and reads. */
export const PLAN_FILE_FORMAT = 'planwright-plan';
export const PLAN_FILE_VERSION = 1;
/**
 * A file that carries the plan's saved versions (written only when the user asks) is version 2;
 * without them a file is written as version 1, exactly as before, so older apps still read it.
 */
export const PLAN_FILE_VERSION_WITH_VERSIONS = 2;
/**
 * A file whose plan (or a saved version of it) uses what came after version 2 — scenarios, plan
 * versus actual, KPIs linked to the forecast — is version 3; it may carry saved versions as
 * version 2 does (actuals-version.ts).
 */
export const PLAN_FILE_VERSION_WITH_ACTUALS = 3;
/** The newest format this app reads. */
export const PLAN_FILE_LATEST_VERSION = PLAN_FILE_VERSION_WITH_ACTUALS;
/** Every format this app reads. */
export const PLAN_FILE_VERSIONS: readonly number[] = [PLAN_FILE_VERSION, PLAN_FILE_VERSION_WITH_VERSIONS, PLAN_FILE_VERSION_WITH_ACTUALS];
export const PLAN_FILE_EXTENSION = 'mplan';
export const PLAN_FILE_MIME = 'application/json';

/** The largest plan file, in bytes of UTF-8 (shared/limits.ts, with every other limit). */
export { MAX_PLAN_FILE_BYTES } from '../limits';

/** At most this many problems are listed; a file with more is almost certainly not a plan. */
export const MAX_LISTED_PROBLEMS = 100;
