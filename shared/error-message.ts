/**
 * What went wrong, as one line of text: an Error's message, or whatever else was thrown turned
 * into a string (a rejected promise may carry anything).
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
