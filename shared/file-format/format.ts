/** What marks a file as a Planwright plan, and which version of the format this app writes and reads. */
export const PLAN_FILE_FORMAT = 'planwright-plan';
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = 'mplan';
export const PLAN_FILE_MIME = 'application/json';

/** The largest plan file, in bytes of UTF-8 (shared/limits.ts, with every other limit). */
export { MAX_PLAN_FILE_BYTES } from '../limits';

/** At most this many problems are listed; a file with more is almost certainly not a plan. */
export const MAX_LISTED_PROBLEMS = 100;
