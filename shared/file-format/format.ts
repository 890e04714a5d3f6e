/** What marks a file as a Planwright plan, and which version of the format this app writes and reads. */
export const PLAN_FILE_FORMAT = 'planwright-plan';
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = 'mplan';
export const PLAN_FILE_MIME = 'application/json';

/**
 * Far above any real plan (a plan at every list's row limit is a few MB), low enough that a
 * wrong file dropped on the window is refused before it is parsed.
 */
export const MAX_PLAN_FILE_CHARS = 50 * 1024 * 1024;

/** At most this many problems are listed; a file with more is almost certainly not a plan. */
export const MAX_LISTED_PROBLEMS = 100;
